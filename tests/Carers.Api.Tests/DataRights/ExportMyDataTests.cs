using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Features.DataRights;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.DataRights;

/// <summary>
/// A carer downloads everything held about them (issue 15, decision 0026): every kind of record, the records
/// merged into theirs, every access, and nothing of anyone else; and the schema guard that keeps it so.
/// </summary>
public sealed class ExportMyDataTests(ApiFixture api) : ApiTest(api)
{
    private const string Route = "/api/me/data-export";
    private const string AlphaNhs = "9434765919";
    private const string BetaNhs = "9000000009";

    // The merge guard's query: every foreign key to carer, and every column named *carer_id with or without one.

    [Fact]
    public async Task Every_table_that_refers_to_a_carer_is_in_the_export_or_left_out_with_a_reason()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var references = (await connection.QueryAsync<(string Table, string Column)>(CarerReferences.Sql)).Select(r => $"{r.Table}.{r.Column}").ToList();

        var missing = references.Where(r => !SubjectAccessExportBuilder.Covered.ContainsKey(r) && !SubjectAccessExportBuilder.LeftOut.ContainsKey(r)).ToList();

        Assert.True(missing.Count == 0,
            "These columns refer to a carer but the subject access export neither shows what they hold nor says why not: " + string.Join(", ", missing)
            + ". Add the table to SubjectAccessExportBuilder's SQL and Covered list (api/Features/DataRights/SubjectAccessExportBuilder.cs), "
            + "or to LeftOut with the reason, and to decision 0026.");
        var stale = SubjectAccessExportBuilder.Covered.Keys.Concat(SubjectAccessExportBuilder.LeftOut.Keys).Where(k => !references.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "The export's lists name columns the schema does not have: " + string.Join(", ", stale));
        Assert.All(SubjectAccessExportBuilder.LeftOut.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public async Task The_guard_names_a_new_table_that_refers_to_a_carer_with_or_without_a_foreign_key()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await connection.ExecuteAsync("""
            CREATE TABLE export_guard_probe (id int PRIMARY KEY, helper uuid REFERENCES carer (id));
            CREATE TABLE export_guard_loose (id int PRIMARY KEY, other_carer_id uuid);
            """, transaction: transaction);

        var references = (await connection.QueryAsync<(string Table, string Column)>(CarerReferences.Sql, transaction: transaction))
            .Select(r => $"{r.Table}.{r.Column}").ToList();

        Assert.Contains("export_guard_probe.helper", references);
        Assert.Contains("export_guard_loose.other_carer_id", references);
        Assert.DoesNotContain("export_guard_probe.helper", SubjectAccessExportBuilder.Covered.Keys);
        await transaction.RollbackAsync(Ct);
    }

    [Fact]
    public async Task The_export_holds_every_kind_of_record_the_merged_record_and_every_access_and_nothing_of_another_carer()
    {
        var (alpha, alphaSubject, beta) = await TwoCarersSharingACaredForPerson();

        var response = await Carer(alphaSubject).GetAsync(Route, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"luton-carers-data-{DateTime.UtcNow:yyyy-MM-dd}.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = await response.Content.ReadAsStringAsync(Ct);
        var export = JsonNode.Parse(text)!.AsObject();
        foreach (var section in DataRightsRecords.Sections)
        {
            Assert.True(export.ContainsKey(section), $"no section {section}");
            if (export[section] is JsonArray list) Assert.True(list.Count > 0, $"section {section} is empty");
        }

        Assert.Equal(alpha.ToString(), export["carer"]!["id"]!.GetValue<string>());
        Assert.Equal("Alpha", export["carer"]!["givenName"]!.GetValue<string>());
        foreach (var held in new[] { "GivenAlphaTag", "NotesAlphaTag", "AnswerAlphaTag", "StepAlphaTag", "NeedsAlphaTag", "HelpsAlphaTag", "PlanAlphaTag",
            "BreakAlphaTag", "OldAlphaTag", "OldEventAlphaTag", "ReferralAlphaTag", "SupportAlphaTag", "AttemptAlphaTag", "LeafletAlphaTag", "ThanksAlphaTag",
            "CheckedAlphaTag", "ThanksMergedTag", "Mergedperson" })
        {
            Assert.Contains(held, text, StringComparison.Ordinal);
        }

        // Nothing of the other carer, nor what the other carer (or anyone else) told us about the person both care for.
        foreach (var foreign in new[] { "BetaTag", beta.ToString(), "Betty", "Otherperson", BetaNhs, "PersonAlphaTag", "1940-01-01", "officer-x" })
        {
            Assert.DoesNotContain(foreign, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("Mergedperson", export["mergedRecords"]![0]!["familyName"]!.GetValue<string>());
        Assert.Equal(2, export["surveyParticipation"]!.AsArray().Count);
        var lookUp = export["accesses"]!.AsArray().Single(a => a!["action"]!.GetValue<string>() == "LookUpEmergencyPlan")!;
        Assert.Equal(("duty", Roles.EmergencyDuty, false), (lookUp["accessReason"]!.GetValue<string>(), lookUp["actorRole"]!.GetValue<string>(), lookUp["byYou"]!.GetValue<bool>()));
        Assert.Contains(export["recordChanges"]!.AsArray(), a => a!["action"]!.GetValue<string>() == "ChangeCarerDetails");
        Assert.Contains(export["accesses"]!.AsArray(), a => a!["action"]!.GetValue<string>() == "ExportMyData" && a["byYou"]!.GetValue<bool>());
        Assert.Equal("Same surname, date of birth and postcode", export["possibleDuplicateRecords"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal("Rest", export["supportPlans"]![0]!["actions"]![0]!["need"]!.GetValue<string>());

        var audit = await AuditFor(alphaSubject);
        Assert.Contains(audit, a => a.action == "ExportMyData" && a.record_id == alpha.ToString() && a.outcome == AuditOutcome.Success);
        Assert.Equal(alpha, await ScalarAsync<Guid>($"SELECT carer_id FROM audit_event WHERE action = 'ExportMyData' AND actor_subject = '{alphaSubject}'"));
    }

    [Fact]
    public async Task The_printable_page_has_the_same_sections_and_encodes_every_value()
    {
        var (alpha, alphaSubject, _) = await TwoCarersSharingACaredForPerson();
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.ExecuteAsync("UPDATE feedback SET body = '<script>alert(\"x\")</script> & more' WHERE carer_id = @Id", new { Id = alpha });
        }

        var response = await Carer(alphaSubject).GetAsync(Route + "?format=html", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"luton-carers-data-{DateTime.UtcNow:yyyy-MM-dd}.html", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var html = await response.Content.ReadAsStringAsync(Ct);
        foreach (var section in DataRightsRecords.Sections.Where(s => s != "about"))
        {
            Assert.Contains($"<section id=\"{section}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("data.protection@luton.gov.uk", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("BetaTag", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_without_a_record_gets_404_and_the_attempt_is_audited()
    {
        var subject = NewSubject();

        var response = await Carer(subject).GetAsync(Route, Ct);

        await AssertProblem(response, HttpStatusCode.NotFound);
        Assert.Contains(await AuditFor(subject), a => a.action == "ExportMyData" && a.outcome == AuditOutcome.NotFound);
    }

    [Fact]
    public async Task An_unknown_format_is_bad_input()
    {
        var subject = NewSubject();
        await RegisterAsync(Carer(subject));

        var problem = await AssertProblem(await Carer(subject).GetAsync(Route + "?format=pdf", Ct), HttpStatusCode.BadRequest);

        Assert.Contains("format", ErrorKeys(problem));
    }

    [Fact]
    public async Task Staff_and_partners_cannot_use_the_carers_export()
    {
        await AssertProblem(await Assessor().GetAsync(Route, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner(PartnerNames.Chums).GetAsync(Route, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Api.DataProtection().GetAsync(Route, Ct), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync(Route, Ct)).StatusCode);
    }

    /// <summary>
    /// Alpha (one of everything, a record merged into theirs, accesses) and Beta (one of everything too, caring for
    /// the same person, and named by a possible-duplicate match with Alpha).
    /// </summary>
    private async Task<(Guid Alpha, string AlphaSubject, Guid Beta)> TwoCarersSharingACaredForPerson()
    {
        var alphaSubject = NewSubject();
        var (alphaRecord, _) = await RegisterAsync(Carer(alphaSubject), ValidRegistration("Alpha", "Exportson", nhsNumber: AlphaNhs, postcode: "LU1 3AB"));
        var alpha = Guid.Parse(alphaRecord["id"]!.GetValue<string>());
        var betaSubject = NewSubject();
        var (betaRecord, _) = await RegisterAsync(Carer(betaSubject), ValidRegistration("Betty", "Otherperson", "1960-07-07", BetaNhs, postcode: "LU4 9ZZ"));
        var beta = Guid.Parse(betaRecord["id"]!.GetValue<string>());
        var mergedSubject = NewSubject();
        var (mergedRecord, _) = await RegisterAsync(Carer(mergedSubject), ValidRegistration("Alpha", "Mergedperson", "1975-03-14", postcode: "LU5 1AA"));
        var merged = Guid.Parse(mergedRecord["id"]!.GetValue<string>());

        await DataRightsRecords.SeedEverythingAsync(Api.ConnectionString, alpha, "AlphaTag", AlphaNhs, "100000000001");
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var shared = await connection.ExecuteScalarAsync<Guid>("SELECT cared_for_person_id FROM caring_relationship WHERE carer_id = @Id", new { Id = alpha });
        await DataRightsRecords.SeedEverythingAsync(Api.ConnectionString, beta, "BetaTag", BetaNhs, "200000000002", shared);
        await connection.ExecuteAsync("""
            UPDATE carer SET account_subject = NULL, merged_into = @Alpha, closed_at = now(), closed_reason = 'merged' WHERE id = @Merged;
            INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status)
            VALUES (@Merged, 'compliment', 'other', 'ThanksMergedTag', 'online', now(), current_date, 'test', 'recorded');
            INSERT INTO survey_year (financial_year, status, closes_on, opened_by, closed_by, closed_at) VALUES (2019, 'closed', '2020-03-31', 'test', 'test', now()) ON CONFLICT DO NOTHING;
            INSERT INTO survey_participation (financial_year, carer_id) VALUES (2019, @Merged);
            INSERT INTO match_candidate (carer_id, candidate_id, reason, status) VALUES (@Beta, @Alpha, 'Same surname, date of birth and postcode', 'keptApart');
            """, new { Alpha = alpha, Beta = beta, Merged = merged });
        await DataRightsRecords.AuditAboutAsync(Api.ConnectionString, alpha, "LookUpEmergencyPlan", Roles.EmergencyDuty, AccessReason.Duty);
        await DataRightsRecords.AuditAboutAsync(Api.ConnectionString, alpha, "ChangeCarerDetails", Roles.Assessor, AccessReason.Casework);
        await DataRightsRecords.AuditAboutAsync(Api.ConnectionString, beta, "GetCarer", Roles.Assessor, AccessReason.Casework);
        return (alpha, alphaSubject, beta);
    }
}
