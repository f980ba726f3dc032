using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Features.Retention;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Reports;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.Retention.RetentionRecords;

namespace Carers.Api.Tests.Retention;

/// <summary>
/// Retention runs (decision 0027): a live run queues records past their date and anonymises only approved ones, one
/// transaction each; a dry run changes nothing; past indicators and SALT LTS003 stay exactly the same; a failure part-way
/// leaves the record untouched and the next run completes it; nothing that says who the person was is left.
/// </summary>
public sealed class RunRetentionTests(ApiFixture api) : ApiTest(api)
{
    private const string Secret = "Zephyrine";
    private const string SecretSurname = "Quillfeather";
    private const string NhsNumber = "9434765919";

    private static readonly string[] Identifying =
        [Secret, SecretSurname, NhsNumber, "zephyrine@example.com", "07700 900123", "12 Lark Rise", "LU1 3AB", "1975-03-14", "Marigold", "Thistlewood",
         "LU2 7XY", "secret answer text", "plan needs text", "complaint body text", "request title text", "helps with text", "partner note text",
         "Uncle Bartholomew", "07700 900999", "takes warfarin"];

    /// <summary>A registered carer with a sign-in, contact details, an NHS number, someone they care for and free text in every kind of record.</summary>
    private async Task<(Guid Id, string Subject)> RichCarerAsync(string nhsNumber = NhsNumber)
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        var registration = new
        {
            registeringAs = "self", givenName = Secret, familyName = SecretSurname, dateOfBirth = "1975-03-14", postcode = "LU1 3AB",
            preferredLanguage = "en", preferredContactChannel = "email", email = "zephyrine@example.com", phone = "07700 900123",
            addressLine1 = "12 Lark Rise", town = "Luton", reasonableAdjustments = Array.Empty<string>(), nhsNumber, ethnicity = "whiteIrish",
        };
        var (record, _) = await RegisterAsync(carer, registration);
        var id = Guid.Parse(record["id"]!.GetValue<string>());
        var added = await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", new
        {
            givenName = "Marigold", familyName = "Thistlewood", postcode = "LU2 7XY", dateOfBirth = "1940-09-20", relationship = "parent",
            mainNeed = "dementia", hoursPerWeek = 35, livesWithCarer = true, startedOn = "2012-01-01",
        }, Ct);
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Ct));
        await ExecuteAsync(Api.ConnectionString, """
            WITH a AS (
                INSERT INTO assessment (carer_id, kind, status, requested_at, requested_by, answers, assessor_notes, completed_at, eligible, decision)
                VALUES (@Id, 'adult', 'completed', '2013-02-01T10:00:00Z', 'staff-1',
                        '{"workEducationTrainingLeisure": "secret answer text", "outcomes": [{"outcome": "nutrition", "able": false, "reason": "secret answer text"}]}',
                        'secret answer text', '2013-02-20T10:00:00Z', true, '{"eligible": true, "reasons": "secret answer text"}')
                RETURNING id)
            INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, next_review_on)
            SELECT a.id, @Id, 'plan needs text', 'plan needs text', '[{"need": "plan needs text", "how": "plan needs text"}]', 0, '2014-02-20' FROM a;
            INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status)
            VALUES (@Id, 'compliment', 'staff', 'complaint body text', 'online', '2013-05-01T10:00:00Z', '2013-05-01', 'carer', 'recorded');
            INSERT INTO information_request (carer_id, subject, title, description, format, requested_on, due_on)
            VALUES (@Id, 'leaflet', 'request title text', 'request title text', 'largePrint', '2013-06-01', '2013-06-14');
            INSERT INTO partner_support (carer_id, partner, support_type, given_on, duration_minutes, notes, recorded_by)
            VALUES (@Id, 'CarersCentral', 'benefitsAdvice', '2013-07-01', 30, 'partner note text', 'cc-1');
            INSERT INTO emergency_plan (carer_id, relationship_id, content, reviewed_on, next_review_on)
            SELECT @Id, r.id, '{"contacts": [{"name": "Uncle Bartholomew", "phone": "07700 900999", "agreedToBeNamed": true}], "medication": "takes warfarin"}',
                   '2013-08-01', '2014-08-01'
            FROM caring_relationship r WHERE r.carer_id = @Id;
            """, new { Id = id });
        var grant = await new ReportRecords(Api.ConnectionString).AssessmentAsync(id, "2013-09-01T10:00:00Z", "2013-09-10T10:00:00Z");
        await ExecuteAsync(Api.ConnectionString, """
            INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id, submitted_at, approved_on, paid_on, decided_at)
            VALUES (@Id, 2013, 'adults', 'equipment', 30000, 'helps with text', 'paid', @Assessment, '2013-09-12T10:00:00Z', '2013-09-15', '2013-09-20', '2013-09-15T10:00:00Z')
            """, new { Id = id, Assessment = grant });
        return (id, subject);
    }

    [Fact]
    public async Task Only_approved_records_are_anonymised_rejected_and_undecided_ones_are_untouched()
    {
        var approved = await RichCarerAsync();
        var rejected = await RichCarerAsync("9990000018");
        var undecided = await RichCarerAsync("9990000026");
        foreach (var id in new[] { approved.Id, rejected.Id, undecided.Id }) await CloseLongAgoAsync(Api.ConnectionString, id);
        var dpo = Api.Dpo();

        var listing = await RunAsync(dpo, dryRun: false);
        Assert.Equal((3, 0, 0), (listing["listed"]!.GetValue<int>(), listing["toAnonymise"]!.GetValue<int>(), listing["anonymised"]!.GetValue<int>()));
        await ApproveAsync(dpo, approved.Id);
        var review = (await ReviewOfAsync(dpo, rejected.Id))!;
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(dpo, review, "rejection", new { reason = "Legal hold: an open claim" })).StatusCode);
        var before = (await EverythingAboutAsync(Api.ConnectionString, rejected.Id), await EverythingAboutAsync(Api.ConnectionString, undecided.Id));

        var run = await RunAsync(dpo, dryRun: false);

        Assert.Equal(("live", "finished", 0, 1, 1, 0), (run["mode"]!.GetValue<string>(), run["status"]!.GetValue<string>(), run["listed"]!.GetValue<int>(),
            run["toAnonymise"]!.GetValue<int>(), run["anonymised"]!.GetValue<int>(), run["failed"]!.GetValue<int>()));
        Assert.Equal("anonymised", (await ReviewOfAsync(dpo, approved.Id))!["status"]!.GetValue<string>());
        Assert.Equal(before, (await EverythingAboutAsync(Api.ConnectionString, rejected.Id), await EverythingAboutAsync(Api.ConnectionString, undecided.Id)));
        Assert.NotNull(await DbScalarAsync<DateTime?>(Api.ConnectionString, "SELECT anonymised_at FROM carer WHERE id = @Id", new { approved.Id }));
        Assert.Equal(2, await DbScalarAsync<int>(Api.ConnectionString, "SELECT count(*)::int FROM carer WHERE anonymised_at IS NULL"));
    }

    [Fact]
    public async Task An_anonymised_record_keeps_nothing_that_says_who_the_person_was_and_its_sign_in_no_longer_finds_it()
    {
        var (id, subject) = await RichCarerAsync();
        await CloseLongAgoAsync(Api.ConnectionString, id);
        var dpo = Api.Dpo();
        await RunAsync(dpo, dryRun: false);
        await ApproveAsync(dpo, id);
        var everything = await EverythingAboutAsync(Api.ConnectionString, id);
        Assert.Contains(Secret, everything, StringComparison.Ordinal);

        await RunAsync(dpo, dryRun: false);

        everything = await EverythingAboutAsync(Api.ConnectionString, id);
        foreach (var value in Identifying) Assert.DoesNotContain(value, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(subject, everything, StringComparison.Ordinal);
        var carer = await DbScalarAsync<string>(Api.ConnectionString, "SELECT row_to_json(c)::text FROM carer c WHERE id = @Id", new { Id = id });
        var row = JsonNode.Parse(carer)!.AsObject();
        Assert.Equal(("LU1", "whiteIrish", "exCarer"), (row["postcode"]!.GetValue<string>(), row["ethnicity"]!.GetValue<string>(), row["closed_reason"]!.GetValue<string>()));
        Assert.StartsWith("1975-", row["date_of_birth"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Removed", await DbScalarAsync<string>(Api.ConnectionString,
            "SELECT answers ->> 'workEducationTrainingLeisure' FROM assessment WHERE carer_id = @Id AND answers ? 'workEducationTrainingLeisure'", new { Id = id }));
        Assert.Equal(HttpStatusCode.NotFound, (await Carer(subject).GetAsync("/api/me/carer", Ct)).StatusCode);
        // Audit rows stay and point at the record.
        Assert.True(await DbScalarAsync<long>(Api.ConnectionString,
            "SELECT count(*) FROM audit_event WHERE carer_id = @Id AND action = 'AnonymiseCarerRecord'", new { Id = id }) == 1);
    }

    [Fact]
    public async Task Anonymising_twice_changes_nothing_more()
    {
        var (id, _) = await RichCarerAsync();
        await CloseLongAgoAsync(Api.ConnectionString, id);
        var dpo = Api.Dpo();
        await RunAsync(dpo, dryRun: false);
        await ApproveAsync(dpo, id);
        await RunAsync(dpo, dryRun: false);
        var once = await EverythingAboutAsync(Api.ConnectionString, id);

        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var transaction = await connection.BeginTransactionAsync(Ct);
            await RetentionAnonymiser.AnonymiseAsync(connection, transaction, id, Ct);
            await transaction.CommitAsync(Ct);
        }

        Assert.Equal(once, await EverythingAboutAsync(Api.ConnectionString, id));
    }

    [Fact]
    public async Task A_dry_run_changes_nothing_and_is_logged()
    {
        var (id, _) = await RichCarerAsync();
        await CloseLongAgoAsync(Api.ConnectionString, id);
        var before = await EverythingAboutAsync(Api.ConnectionString, id);

        var run = await RunAsync(Api.Dpo(), dryRun: true);

        Assert.Equal(("dryRun", "finished", 1, 0), (run["mode"]!.GetValue<string>(), run["status"]!.GetValue<string>(), run["listed"]!.GetValue<int>(),
            run["anonymised"]!.GetValue<int>()));
        Assert.Equal(0L, await CountAsync("retention_review"));
        Assert.Equal(before, await EverythingAboutAsync(Api.ConnectionString, id));
        Assert.Equal(1L, await CountAsync("retention_run WHERE mode = 'dryRun' AND finished_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_record_still_within_its_period_is_not_listed()
    {
        var (id, _) = await RichCarerAsync();
        await CloseLongAgoAsync(Api.ConnectionString, id, closedOn: DateTime.UtcNow.AddYears(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var run = await RunAsync(Api.Dpo(), dryRun: false);

        Assert.Equal(0, run["listed"]!.GetValue<int>());
        Assert.Equal(0L, await CountAsync("retention_review"));
    }

    [Fact]
    public async Task A_failure_part_way_leaves_that_record_untouched_records_why_without_personal_data_and_the_next_run_completes_it()
    {
        var failing = await RichCarerAsync();
        var other = await RichCarerAsync("9990000018");
        await CloseLongAgoAsync(Api.ConnectionString, failing.Id);
        await CloseLongAgoAsync(Api.ConnectionString, other.Id);
        var dpo = Api.Dpo();
        await RunAsync(dpo, dryRun: false);
        await ApproveAsync(dpo, failing.Id);
        await ApproveAsync(dpo, other.Id);
        var before = await EverythingAboutAsync(Api.ConnectionString, failing.Id);
        // support_plan is changed after caring_relationship, consent and assessment: the failure comes part-way through.
        await ExecuteAsync(Api.ConnectionString, $"""
            CREATE FUNCTION retention_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.carer_id = '{failing.Id}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER retention_test_refuse BEFORE UPDATE ON support_plan FOR EACH ROW EXECUTE FUNCTION retention_test_refuse();
            """);
        try
        {
            var run = await RunAsync(dpo, dryRun: false);

            Assert.Equal(("finished", 1, 1), (run["status"]!.GetValue<string>(), run["anonymised"]!.GetValue<int>(), run["failed"]!.GetValue<int>()));
            Assert.Equal(before, await EverythingAboutAsync(Api.ConnectionString, failing.Id));
            var review = (await ReviewOfAsync(dpo, failing.Id))!;
            Assert.Equal(("failed", 1), (review["status"]!.GetValue<string>(), review["attempts"]!.GetValue<int>()));
            var (reason, detail) = await FailureOfAsync(failing.Id);
            Assert.Contains("P0001", reason, StringComparison.Ordinal);
            Assert.Contains("RetentionAnonymiser", detail, StringComparison.Ordinal);
            foreach (var value in Identifying) Assert.DoesNotContain(value, reason + detail, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("anonymised", (await ReviewOfAsync(dpo, other.Id))!["status"]!.GetValue<string>());
        }
        finally
        {
            await ExecuteAsync(Api.ConnectionString, "DROP TRIGGER IF EXISTS retention_test_refuse ON support_plan; DROP FUNCTION IF EXISTS retention_test_refuse();");
        }

        var again = await RunAsync(dpo, dryRun: false);

        Assert.Equal((1, 1, 0), (again["toAnonymise"]!.GetValue<int>(), again["anonymised"]!.GetValue<int>(), again["failed"]!.GetValue<int>()));
        Assert.Equal("anonymised", (await ReviewOfAsync(dpo, failing.Id))!["status"]!.GetValue<string>());
        Assert.DoesNotContain(Secret, await EverythingAboutAsync(Api.ConnectionString, failing.Id), StringComparison.Ordinal);
    }

    private async Task<(string Reason, string Detail)> FailureOfAsync(Guid carerId)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.QuerySingleAsync<(string, string)>("SELECT failure_reason, failure_detail FROM retention_review WHERE carer_id = @carerId", new { carerId });
    }

    [Fact]
    public async Task A_second_run_while_one_runs_is_409()
    {
        await using var holder = new NpgsqlConnection(Api.ConnectionString);
        await holder.OpenAsync(Ct);
        await holder.ExecuteAsync("SELECT pg_advisory_lock(@Key)", new { Key = 0x5245_5445_4E54L });

        await AssertProblem(await Api.Dpo().PostAsJsonAsync(Runs, new { dryRun = true }, Ct), HttpStatusCode.Conflict);

        await holder.ExecuteAsync("SELECT pg_advisory_unlock(@Key)", new { Key = 0x5245_5445_4E54L });
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"dryRun":"yes"}""")]
    [InlineData("""{"dryRun":true,"extra":1}""")]
    public async Task Bad_input_is_400_and_starts_no_run(string body)
    {
        await AssertProblem(await Api.Dpo().PostAsync(Runs, Json(body), Ct), HttpStatusCode.BadRequest);
        Assert.Equal(0L, await CountAsync("retention_run"));
    }

    [Fact]
    public async Task Only_data_protection_staff_may_run_it()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Manager().PostAsJsonAsync(Runs, new { dryRun = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).PostAsJsonAsync(Runs, new { dryRun = true }, Ct)).StatusCode);
        Assert.Equal(0L, await CountAsync("retention_run"));
    }

    [Fact]
    public async Task Every_past_years_indicators_and_salt_lts003_are_exactly_the_same_after_anonymising()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var ids = new List<Guid>();
        // Birthdays on each side of the events' days, young carers turning 18, carers turning 70, across three financial years.
        var births = new[] { "1998-06-15", "1998-06-14", "1998-06-16", "1996-12-31", "1997-01-01", "1946-03-31", "1946-04-01", "1945-09-10", "1960-02-29", "2000-11-05" };
        var n = 0;
        foreach (var dob in births)
        {
            n++;
            var identified = $"201{4 + n % 3}-0{1 + n % 9}-15T23:30:00Z";
            var id = await records.CarerAsync(identified, source: n % 2 == 0 ? "staff" : "selfRegistration", dateOfBirth: dob, ethnicity: n % 3 == 0 ? "asianPakistani" : "whiteBritish",
                employment: n % 2 == 0 ? "employedFullTime" : null);
            var relationship = await records.RelationshipAsync(id, mainNeed: n % 2 == 0 ? "learningDisability" : "dementia");
            await ExecuteAsync(Api.ConnectionString, "UPDATE cared_for_person SET date_of_birth = @Dob::date, given_name = 'Marigold' WHERE id = (SELECT cared_for_person_id FROM caring_relationship WHERE id = @R)",
                new { Dob = $"19{40 + n}-06-15", R = relationship });
            await records.AssessmentAsync(id, $"2015-06-{10 + n}T10:00:00Z", $"2015-06-{14 + n}T22:30:00Z", kind: n < 5 ? "youngCarer" : "adult",
                answers: n % 2 == 0 ? """{"workEducationTrainingLeisure": "Works nights"}""" : "{}");
            await records.GrantAsync(id, "paid", "2016-01-05T10:00:00Z", approvedOn: "2016-01-10", paidOn: "2016-01-20", year: 2015);
            await records.BreakAsync(id, "shortBreak", "2016-06-14", "2016-06-16");
            await records.PartnerSupportAsync(id, n % 2 == 0 ? "Chums" : "CarersCentral", "benefitsAdvice", $"2016-0{1 + n % 9}-14");
            ids.Add(id);
        }

        foreach (var id in ids) await CloseLongAgoAsync(Api.ConnectionString, id, closedOn: "2017-03-15");
        var years = new[] { 2014, 2015, 2016, 2017 };
        var before = await ReadFiguresAsync(years);
        var dpo = Api.Dpo();
        await RunAsync(dpo, dryRun: false);
        foreach (var id in ids) await ApproveAsync(dpo, id);

        var run = await RunAsync(dpo, dryRun: false);

        Assert.Equal(ids.Count, run["anonymised"]!.GetValue<int>());
        Assert.Equal(0, await DbScalarAsync<int>(Api.ConnectionString, "SELECT count(*)::int FROM carer WHERE given_name <> 'Removed'"));
        var after = await ReadFiguresAsync(years);
        foreach (var year in years) Assert.Equal(before[year], after[year]);
        Assert.Contains("\"value\":", before[2015], StringComparison.Ordinal);
    }

    /// <summary>Each year's indicators (without the time they were generated) and SALT LTS003, as the JSON text the API answers.</summary>
    private async Task<Dictionary<int, string>> ReadFiguresAsync(int[] years)
    {
        var manager = Manager();
        var figures = new Dictionary<int, string>();
        foreach (var year in years)
        {
            var indicators = await ReportRecords.ReadAsync(manager, year);
            indicators.Remove("generatedAt");
            var lts003 = await manager.GetAsync($"/api/statutory-returns/salt-lts003?year={year}", Ct);
            Assert.Equal(HttpStatusCode.OK, lts003.StatusCode);
            figures[year] = indicators.ToJsonString() + "\n" + await lts003.Content.ReadAsStringAsync(Ct);
        }

        return figures;
    }

    // The columns that can hold words or numbers written about a person: text, character, JSON and arrays of text.
    private const string TextColumnsSql = """
        SELECT table_name::text, column_name::text FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ANY(@Tables)
          AND (data_type IN ('text', 'character', 'character varying', 'jsonb', 'json', 'bytea') OR (data_type = 'ARRAY' AND udt_name = '_text'))
        """;

    [Fact]
    public async Task Every_table_that_refers_to_a_carer_and_every_text_column_in_it_has_an_anonymising_rule()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var tables = (await connection.QueryAsync<string>(CarerReferences.TablesSql)).ToList();
        var parts = RetentionAnonymiser.Parts.ToDictionary(p => p.Table);

        var missingTables = tables.Where(t => !parts.ContainsKey(t)).ToList();
        Assert.True(missingTables.Count == 0, "These tables refer to a carer but RetentionAnonymiser.Parts (api/Features/Retention/RetentionAnonymiser.cs) "
            + "says nothing of them, so anonymising would leave personal data there: " + string.Join(", ", missingTables) + ". Add each with its rule, and to decision 0027.");
        var columns = (await connection.QueryAsync<(string Table, string Column)>(TextColumnsSql, new { Tables = tables.Append("cared_for_person").ToArray() })).ToList();
        var unruled = columns.Where(c => parts.TryGetValue(c.Table, out var p) && !p.Removes.Contains(c.Column) && !p.Keeps.Contains(c.Column))
            .Select(c => $"{c.Table}.{c.Column}").ToList();
        Assert.True(unruled.Count == 0, "These text columns of tables that refer to a carer are neither removed nor kept by a rule in RetentionAnonymiser.Parts: "
            + string.Join(", ", unruled));
        var stale = parts.Values.SelectMany(p => p.Removes.Concat(p.Keeps).Select(c => (p.Table, c)))
            .Where(pc => !columns.Contains(pc) && !(pc.Table, pc.c).Equals(("carer", "date_of_birth")) && !(pc.Table, pc.c).Equals(("cared_for_person", "date_of_birth")))
            .Select(pc => $"{pc.Table}.{pc.c}").ToList();
        Assert.True(stale.Count == 0, "RetentionAnonymiser.Parts names text columns the schema does not have: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task The_guard_names_a_new_table_that_refers_to_a_carer()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await connection.ExecuteAsync("CREATE TABLE retention_guard_probe (id int PRIMARY KEY, carer_id uuid REFERENCES carer (id), note text)", transaction: transaction);

        var tables = (await connection.QueryAsync<string>(CarerReferences.TablesSql, transaction: transaction)).ToList();

        Assert.Contains("retention_guard_probe", tables);
        Assert.DoesNotContain(RetentionAnonymiser.Parts, p => p.Table == "retention_guard_probe");
        await transaction.RollbackAsync(Ct);
    }
}
