using System.Net;
using System.Net.Http.Json;
using Carers.Api.Domain;
using Carers.Api.Features.EmergencyPlans;
using Carers.Api.Features.Grants;
using Carers.Api.Features.Matching;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Matching;

/// <summary>
/// A merge moves everything the carer holds (issue 14, decision 0021), and the schema guard: a
/// table or carer column the merge does not handle fails here, by name.
/// </summary>
public sealed class ResolveMatchCandidateTests(ApiFixture api) : ApiTest(api)
{
    private static int ThisYear => FinancialYear.Of(DateOnly.FromDateTime(DateTime.Today));

    [Fact]
    public async Task Every_table_that_refers_to_a_carer_is_handled_by_the_merge()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var references = await connection.QueryAsync<(string Table, string Column)>(CarerReferences.Sql);
        var handled = CarerMerge.Parts.Select(p => (p.Table, p.Column)).ToHashSet();

        var missing = references.Where(r => !handled.Contains(r)).Select(r => $"{r.Table}.{r.Column}").ToList();

        Assert.True(missing.Count == 0,
            "These columns refer to a carer but a merge does not say what becomes of them, so a merge would leave them on the closed record: "
            + string.Join(", ", missing) + ". Add each to CarerMerge.Parts (api/Features/Matching/CarerMerge.cs) with its rule, and to decision 0021.");
        var stale = handled.Where(h => !references.Contains(h)).Select(h => $"{h.Table}.{h.Column}").ToList();
        Assert.True(stale.Count == 0, "CarerMerge.Parts names columns the schema does not have: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task The_guard_names_a_new_table_that_refers_to_a_carer_with_or_without_a_foreign_key()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await connection.ExecuteAsync("""
            CREATE TABLE merge_guard_probe (id int PRIMARY KEY, carer_id uuid REFERENCES carer (id), helper uuid REFERENCES carer (id));
            CREATE TABLE merge_guard_loose (id int PRIMARY KEY, previous_carer_id uuid);
            """, transaction: transaction);

        var references = (await connection.QueryAsync<(string Table, string Column)>(CarerReferences.Sql, transaction: transaction)).ToList();

        Assert.Contains(("merge_guard_probe", "carer_id"), references);
        Assert.Contains(("merge_guard_probe", "helper"), references);
        Assert.Contains(("merge_guard_loose", "previous_carer_id"), references);
        await transaction.RollbackAsync(Ct);
    }

    [Fact]
    public async Task Every_column_of_the_carer_row_has_a_merge_rule()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var columns = await connection.QueryAsync<string>(
            "SELECT column_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'carer' ORDER BY ordinal_position");

        var missing = columns.Where(c => !CarerMerge.CarerColumns.ContainsKey(c)).ToList();

        Assert.True(missing.Count == 0, "These carer columns have no merge rule (which record's value survives?): "
            + string.Join(", ", missing) + ". Add each to CarerMerge.CarerColumns and to the merge's SQL.");
    }

    [Fact]
    public async Task A_merge_moves_one_of_every_kind_of_row_keeps_both_histories_and_the_earliest_identification_with_its_source()
    {
        var (candidate, incoming, existing) = await ProbableMatch();
        var keepCard = EmergencyCard.NewNumber();
        var dropCard = EmergencyCard.NewNumber();
        await SeedEverything(existing, "keep", keepCard, approvedOn: DateOnly.FromDateTime(DateTime.Today), sittingMinutes: 150);
        await SeedEverything(incoming, "drop", dropCard, approvedOn: DateOnly.FromDateTime(DateTime.Today).AddDays(-1), sittingMinutes: 150);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        // The referred record was known first (a partner referred them years ago).
        await connection.ExecuteAsync("UPDATE carer SET identified_at = '2019-05-01T09:00:00Z' WHERE id = @Id", new { Id = incoming });
        var openOther = await OpenMatchWith(incoming);
        var merger = NewSubject("assessor");

        var response = await Assessor(merger).PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "merge", keep = existing }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        foreach (var table in new[] { "caring_relationship", "partner_referral", "partner_support", "gp_flag", "assessment", "support_plan",
            "grant_application", "emergency_plan", "break_booking", "information_request", "feedback", "historic_person" })
        {
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table} WHERE carer_id = @Id", new { Id = incoming }));
            Assert.True(await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table} WHERE carer_id = @Id", new { Id = existing }) >= 2, table);
        }

        // Both consent histories on the kept record; of the purpose in force on both, the kept record's stands.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM consent WHERE carer_id = @Id", new { Id = incoming }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM consent WHERE carer_id = @Id AND purpose = 'contactMe' AND withdrawn_at IS NULL", new { Id = existing }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM consent WHERE carer_id = @Id AND purpose = 'contactMe' AND withdrawn_by LIKE 'merge:%'", new { Id = existing }));

        // The earliest identification, with its own source and registrar.
        var identified = await connection.QuerySingleAsync<(DateTime IdentifiedAt, string Source, string RegisteredBy)>(
            "SELECT identified_at, identification_source, registered_by FROM carer WHERE id = @Id", new { Id = existing });
        Assert.Equal(new DateTime(2019, 5, 1, 9, 0, 0, DateTimeKind.Utc), identified.IdentifiedAt.ToUniversalTime());
        Assert.Equal(("partnerReferral", "partner"), (identified.Source, identified.RegisteredBy));

        // The dropped record stays, closed, pointing at the kept one.
        var dropped = await connection.QuerySingleAsync<(Guid? MergedInto, DateTime? ClosedAt)>("SELECT merged_into, closed_at FROM carer WHERE id = @Id", new { Id = incoming });
        Assert.Equal(existing, dropped.MergedInto);
        Assert.NotNull(dropped.ClosedAt);

        // Seen through the API: both people cared for and both referrals on the kept record.
        var kept = await ReadJson(await Assessor().GetAsync($"/api/carers/{existing}", Ct));
        Assert.Equal(3, kept["caredForPeople"]!.AsArray().Count);
        Assert.Equal(3, kept["referrals"]!.AsArray().Count);

        // One card: the kept record's stands, and the dropped record's card still finds the kept record's plans.
        Assert.Equal(keepCard, await connection.ExecuteScalarAsync<string>("SELECT card_number FROM emergency_card WHERE carer_id = @Id", new { Id = existing }));
        var lookup = await ReadJson(await Api.ClientAs("Staff.EmergencyDuty", "duty-1").GetAsync($"/api/emergency-cards/{dropCard}", Ct));
        Assert.Equal(2, lookup["plans"]!.AsArray().Count);

        // Sitting minutes of the same week add up to the weekly cap; the other week moves whole.
        Assert.Equal(240, await connection.ExecuteScalarAsync<int>(
            "SELECT minutes FROM sitting_week_usage WHERE carer_id = @Id AND week_start = @Week", new { Id = existing, Week = ThisWeek }));
        Assert.Equal(3, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sitting_week_usage WHERE carer_id = @Id", new { Id = existing }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sitting_week_usage WHERE carer_id = @Id", new { Id = incoming }));

        // The survey: one participation a year survives.
        Assert.Equal(new[] { ThisYear - 2, ThisYear - 1 }, (await connection.QueryAsync<int>(
            "SELECT financial_year FROM survey_participation WHERE carer_id = @Id ORDER BY 1", new { Id = existing })).ToArray());
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM survey_participation WHERE carer_id = @Id", new { Id = incoming }));

        // Events already written stay as history on the record they named. Carers Central's consent came
        // only from its referral of a person nobody knew: on the merged record it awaits the carer
        // (decision 0024), so Carers Central hears nothing of the kept record until the carer confirms.
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM outbox_message WHERE carer_id = @Id AND event_type = 'carer.referred'", new { Id = incoming }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM reported_consent WHERE carer_id = @Id AND partner = 'CarersCentral' AND status = 'awaiting'", new { Id = existing }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM outbox_message WHERE carer_id = @Id AND partner = 'CarersCentral'", new { Id = existing }));

        // The other open match naming the dropped record now names the kept one.
        var moved = await connection.QuerySingleAsync<(string Status, Guid CarerId, Guid CandidateId)>(
            "SELECT status, carer_id, candidate_id FROM match_candidate WHERE id = @Id", new { Id = openOther });
        Assert.Equal("open", moved.Status);
        Assert.Contains(existing, new[] { moved.CarerId, moved.CandidateId });

        // One audit event, with counts and no personal data.
        var audit = (await connection.QueryAsync<(string Record, string Reason)>(
            "SELECT record_id, reason FROM audit_event WHERE action = 'ResolveMatchCandidate' AND actor_subject = @Merger", new { Merger = merger })).ToList();
        var (record, reason) = Assert.Single(audit);
        Assert.Equal(existing.ToString(), record);
        Assert.Contains("assessments 1", reason, StringComparison.Ordinal);
        Assert.Contains("sittingMinutesOverCap 60", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Testcarer", reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Approved_grants_of_the_same_year_on_both_records_merge_and_a_further_application_that_year_is_a_second_grant()
    {
        var (candidate, incoming, existing) = await ProbableMatch();
        await SeedEverything(existing, "keep", EmergencyCard.NewNumber(), approvedOn: DateOnly.FromDateTime(DateTime.Today), sittingMinutes: 30);
        await SeedEverything(incoming, "drop", EmergencyCard.NewNumber(), approvedOn: DateOnly.FromDateTime(DateTime.Today).AddDays(-3), sittingMinutes: 30);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("INSERT INTO grant_pot (financial_year, pot, budget_pence, committed_pence) VALUES (@Year, 'adults', 10000000, 20000)", new { Year = ThisYear });

        Assert.Equal(HttpStatusCode.NoContent, (await Assessor().PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "merge", keep = existing }, Ct)).StatusCode);

        // The kept record's grant stays the year's first; the moved one (approved earlier, on the dropped
        // record) becomes later in the year, with the merge's reason (OneGrantAYear).
        var grants = (await connection.QueryAsync<(DateOnly ApprovedOn, string? OverrideReason, bool LaterInYear)>(
            "SELECT approved_on, override_reason, later_in_year FROM grant_application WHERE carer_id = @Id ORDER BY approved_on", new { Id = existing })).ToList();
        Assert.Equal(2, grants.Count);
        Assert.True(grants[0].LaterInYear);
        Assert.Equal(OneGrantAYear.MergedReason, grants[0].OverrideReason);
        Assert.False(grants[1].LaterInYear);
        Assert.Null(grants[1].OverrideReason);

        var further = await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id)
            SELECT carer_id, financial_year, pot, purpose, 5000, 'A new cooker', 'submitted', assessment_id FROM grant_application WHERE carer_id = @Id LIMIT 1
            RETURNING id
            """, new { Id = existing });
        var officer = Api.ClientAs("Staff.GrantsOfficer", "grants-officer-1");
        var refused = await officer.GrantStepAsync(Api, further.ToString(), "approval", new { }, Ct);
        Assert.Contains("overrideReason", ErrorKeys(await AssertProblem(refused, HttpStatusCode.Conflict)));
        Assert.Equal(HttpStatusCode.OK, (await officer.GrantStepAsync(Api, further.ToString(),
            "approval", new { overrideReason = "Cooker failed; exceptional need." }, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_kept_record_takes_the_GP_status_with_the_later_flag_date()
    {
        var (candidate, incoming, existing) = await ProbableMatch();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("""
            UPDATE carer SET gp_carer_status = 'identifiedAsCarer', gp_status_on = '2026-01-10', gp_status_ods_code = 'E81001' WHERE id = @Existing;
            UPDATE carer SET gp_carer_status = 'noLongerACarer', gp_status_on = '2026-06-01', gp_status_ods_code = 'E81002' WHERE id = @Incoming;
            """, new { Existing = existing, Incoming = incoming });

        Assert.Equal(HttpStatusCode.NoContent, (await Assessor().PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "merge", keep = existing }, Ct)).StatusCode);

        var status = await connection.QuerySingleAsync<(string Status, DateOnly On, string Ods)>(
            "SELECT gp_carer_status, gp_status_on, gp_status_ods_code FROM carer WHERE id = @Existing", new { Existing = existing });
        Assert.Equal(("noLongerACarer", new DateOnly(2026, 6, 1), "E81002"), status);
    }

    [Fact]
    public async Task The_dropped_records_card_moves_when_the_kept_record_has_none()
    {
        var (candidate, incoming, existing) = await ProbableMatch();
        var card = EmergencyCard.NewNumber();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("INSERT INTO emergency_card (carer_id, card_number) VALUES (@Id, @Card)", new { Id = incoming, Card = card });

        Assert.Equal(HttpStatusCode.NoContent, (await Assessor().PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "merge", keep = existing }, Ct)).StatusCode);

        Assert.Equal(existing, await connection.ExecuteScalarAsync<Guid>("SELECT carer_id FROM emergency_card WHERE card_number = @Card", new { Card = card }));
    }

    [Fact]
    public async Task Merging_twice_in_a_row_moves_everything_to_the_last_record_kept()
    {
        var (first, a, b) = await ProbableMatch();
        await SeedEverything(a, "a", EmergencyCard.NewNumber(), approvedOn: DateOnly.FromDateTime(DateTime.Today), sittingMinutes: 60);
        // A third record of the same person, matched against both.
        var c = await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Amara", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB"));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM match_candidate WHERE status = 'open' AND carer_id = @C", new { C = c }));

        Assert.Equal(HttpStatusCode.NoContent, (await Assessor().PostAsJsonAsync($"/api/match-candidates/{first}/decision", new { decision = "merge", keep = b }, Ct)).StatusCode);

        // (C, A) would repeat (C, B): superseded. One match remains, C against B.
        var queue = (await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct)))["items"]!.AsArray();
        var second = Assert.Single(queue)!;
        Assert.Equal(1, await CountAsync("match_candidate WHERE status = 'superseded'"));

        Assert.Equal(HttpStatusCode.NoContent, (await Assessor().PostAsJsonAsync($"/api/match-candidates/{second["id"]}/decision", new { decision = "merge", keep = c }, Ct)).StatusCode);

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM assessment WHERE carer_id <> @C", new { C = c }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM assessment WHERE carer_id = @C", new { C = c }));
        // Both earlier records point at the live one.
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM carer WHERE merged_into = @C AND closed_at IS NOT NULL", new { C = c }));
        Assert.Equal(1, await CountAsync("carer WHERE merged_into IS NULL"));
    }

    [Fact]
    public async Task Concurrent_decisions_on_the_same_match_leave_one_merge_and_a_consistent_record()
    {
        var (candidate, incoming, existing) = await ProbableMatch();
        await SeedEverything(incoming, "drop", EmergencyCard.NewNumber(), approvedOn: DateOnly.FromDateTime(DateTime.Today), sittingMinutes: 60);

        // The audit log outlives the reset between tests (it is append-only), so these assessors are new.
        var assessors = Enumerable.Range(0, 3).Select(_ => NewSubject("assessor")).ToArray();
        var answers = await Task.WhenAll(
            Assessor(assessors[0]).PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "merge", keep = existing }, Ct),
            Assessor(assessors[1]).PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "merge", keep = incoming }, Ct),
            Assessor(assessors[2]).PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "keepApart" }, Ct));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.NoContent);
        Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.True(await CountAsync("carer WHERE merged_into IS NOT NULL") <= 1);
        Assert.Equal(1, await CountAsync("assessment WHERE carer_id IN (SELECT id FROM carer WHERE merged_into IS NULL)"));
        Assert.Single((await Task.WhenAll(assessors.Select(AuditFor))).SelectMany(rows => rows), row => row.action == "ResolveMatchCandidate");
    }

    [Fact]
    public async Task Two_merges_at_once_that_share_a_record_do_not_both_take_it()
    {
        var (first, a, b) = await ProbableMatch();
        var c = await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Amara", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB"));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var second = await connection.ExecuteScalarAsync<Guid>(
            "SELECT id FROM match_candidate WHERE status = 'open' AND @A IN (carer_id, candidate_id) AND @C IN (carer_id, candidate_id)", new { A = a, C = c });

        // A into B and A into C at the same moment: one wins; the other finds the match changed.
        var answers = await Task.WhenAll(
            Assessor("assessor-1").PostAsJsonAsync($"/api/match-candidates/{first}/decision", new { decision = "merge", keep = b }, Ct),
            Assessor("assessor-2").PostAsJsonAsync($"/api/match-candidates/{second}/decision", new { decision = "merge", keep = c }, Ct));

        Assert.Single(answers, r => r.StatusCode == HttpStatusCode.NoContent);
        await AssertProblem(Assert.Single(answers, r => r.StatusCode != HttpStatusCode.NoContent), HttpStatusCode.Conflict);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM carer WHERE id = @A AND merged_into IS NOT NULL", new { A = a }));
        Assert.Equal(2, await CountAsync("carer WHERE merged_into IS NULL"));
    }

    // Decision 0023: a signer's claimed (unverified) NHS number is settled by the merge, whichever record is kept.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_merge_settles_a_claimed_nhs_number(bool keepTheKnownRecord)
    {
        var known = await ReferAsync(Partner("CarersCentral"), Referral(nhsNumber: "9000000009"));
        var signer = Carer(NewSubject("signer"));
        var (own, _) = await RegisterAsync(signer, ValidRegistration(givenName: "Rafi", familyName: "Referredson", dateOfBirth: "1980-06-01",
            postcode: "LU3 2CD", nhsNumber: "9000000009"));
        var ownId = Guid.Parse(own["id"]!.GetValue<string>());
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var claim = await connection.ExecuteScalarAsync<Guid>("SELECT id FROM match_candidate WHERE carer_id = @Own AND candidate_id = @Known", new { Own = ownId, Known = known });

        var keep = keepTheKnownRecord ? known : ownId;
        var decided = await Assessor().PostAsJsonAsync($"/api/match-candidates/{claim}/decision", new { decision = "merge", keep }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, decided.StatusCode);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM carer WHERE id = @Keep AND nhs_number = '9000000009' AND claimed_nhs_number IS NULL", new { Keep = keep }));
        Assert.Equal(0, await CountAsync("carer WHERE claimed_nhs_number IS NOT NULL"));
        var record = await ReadJson(await signer.GetAsync("/api/me/carer", Ct));
        Assert.Equal("9000000009", record["nhsNumber"]!.GetValue<string>());
        Assert.Null((await ReadJson(await Assessor().GetAsync($"/api/carers/{keep}", Ct)))["claimedNhsNumber"]?.GetValue<string>());
    }

    private static DateOnly ThisWeek
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.Today);
            return today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        }
    }

    /// <summary>A self-registered carer and a partner's referral of the same person: (match id, the referred record, the registered record).</summary>
    private async Task<(Guid CandidateId, Guid Incoming, Guid Existing)> ProbableMatch()
    {
        var carer = Carer(NewSubject());
        var (existing, _) = await RegisterAsync(carer, ValidRegistration(givenName: "Amara", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB"));
        await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct);
        var incoming = await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Amy", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB", nhsNumber: "9000000009"));
        var queue = await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct));
        return (Guid.Parse(queue["items"]![0]!["id"]!.GetValue<string>()), incoming, Guid.Parse(existing["id"]!.GetValue<string>()));
    }

    /// <summary>An open match of this record with a fourth carer, who differs (so only a direct insert queues it).</summary>
    private async Task<Guid> OpenMatchWith(Guid carerId)
    {
        var other = await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Other", familyName: "Person", dateOfBirth: "1990-01-01", postcode: "LU4 9AA"));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.ExecuteScalarAsync<Guid>(
            "INSERT INTO match_candidate (carer_id, candidate_id, reason) VALUES (@Other, @Id, 'Test') RETURNING id", new { Other = other, Id = carerId });
    }

    /// <summary>One row of every kind a carer can hold, written directly (the merge is what is under test).</summary>
    private async Task SeedEverything(Guid carerId, string tag, string card, DateOnly approvedOn, int sittingMinutes)
    {
        const string Sql = """
            WITH p AS (
                INSERT INTO cared_for_person (given_name, family_name, date_of_birth, postcode) VALUES ('Cared', 'For' || @Tag, '1940-01-01', 'LU1 1AA') RETURNING id
            ), r AS (
                INSERT INTO caring_relationship (carer_id, cared_for_person_id, relationship, main_need, hours_per_week, lives_with_carer, started_on)
                SELECT @Carer, id, 'parent', 'frailty', 20, true, '2020-01-01' FROM p RETURNING id
            ), a AS (
                INSERT INTO assessment (carer_id, kind, status, requested_by, completed_at, eligible) VALUES (@Carer, 'adult', 'completed', 'test', now(), true) RETURNING id
            ), s AS (
                INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, next_review_on)
                SELECT id, @Carer, 'Needs', 'Eligible needs', '[]', 0, current_date + 300 FROM a
            ), g AS (
                INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id, decided_at, decided_by, approved_on)
                SELECT @Carer, @Year, 'adults', 'break', 10000, 'Rest', 'approved', id, now(), 'officer', @ApprovedOn FROM a
            ), e AS (
                INSERT INTO emergency_plan (carer_id, relationship_id, content, reviewed_on, next_review_on) SELECT @Carer, id, '{}', current_date, current_date + 365 FROM r
            ), b AS (
                INSERT INTO break_booking (carer_id, relationship_id, break_type, starts_on, ends_on, status, source)
                SELECT @Carer, id, 'sitting', current_date, current_date, 'completed', 'imported' FROM r
            ), h AS (
                INSERT INTO historic_import (uploaded_by, file_sha256, status, finished_at) VALUES ('test', sha256(convert_to(@Tag || @Carer::text, 'UTF8')), 'completed', now()) RETURNING id
            ), hp AS (
                INSERT INTO historic_person (source_person_id, carer_id, import_id, matched_by) SELECT @Tag || @Carer::text, @Carer, id, 'new' FROM h
            )
            SELECT 1;
            INSERT INTO emergency_card (carer_id, card_number) VALUES (@Carer, @Card);
            INSERT INTO sitting_week_usage (carer_id, week_start, minutes) VALUES (@Carer, @Week, @Minutes), (@Carer, @Week - (7 * CASE WHEN @Tag = 'keep' THEN 1 ELSE 2 END), 30);
            INSERT INTO consent (carer_id, purpose, basis, given_on, given_by) VALUES (@Carer, 'contactMe', 'self', current_date, 'test');
            INSERT INTO partner_referral (carer_id, partner, referred_by, matched_by) VALUES (@Carer, 'Chums', 'chums-system', 'new');
            INSERT INTO partner_support (carer_id, partner, support_type, given_on, duration_minutes, recorded_by) VALUES (@Carer, 'Chums', 'advice', current_date, 30, 'chums');
            INSERT INTO gp_flag (ods_code, subject_hash, carer_id, snomed_code, is_carer, status, recorded_on, consent_to_contact, source)
            VALUES ('A12345', decode(md5(@Tag || @Carer::text), 'hex'), @Carer, '224484003', true, 'active', current_date, true, 'fhir');
            INSERT INTO information_request (carer_id, subject, title, format, requested_on, due_on) VALUES (@Carer, 'leaflet', 'A leaflet', 'largePrint', current_date, current_date + 10);
            INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status)
            VALUES (@Carer, 'compliment', 'other', 'Thank you', 'online', now(), current_date, 'test', 'recorded');
            INSERT INTO survey_year (financial_year, status, closes_on, opened_by, closed_by, closed_at)
            SELECT y, 'closed', make_date(y + 1, 3, 31), 'test', 'test', now() FROM unnest(ARRAY[@Year - 2, @Year - 1]) AS y ON CONFLICT DO NOTHING;
            INSERT INTO survey_participation (financial_year, carer_id)
            SELECT y, @Carer FROM unnest(CASE WHEN @Tag = 'keep' THEN ARRAY[@Year - 1] ELSE ARRAY[@Year - 2, @Year - 1] END) AS y;
            """;
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync(Sql, new { Carer = carerId, Tag = tag, Card = card, Year = ThisYear, ApprovedOn = approvedOn, Week = ThisWeek, Minutes = sittingMinutes });
    }
}
