using System.Net;
using System.Net.Http.Json;
using Carers.Api.Domain;
using Carers.Api.Tests.Assessments;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Grants;

/// <summary>Carers grants and the grant budget (SPEC §4): never overspent, paid on time, exported for finance.</summary>
public sealed class GrantTests(ApiFixture api) : ApiTest(api)
{
    private static int ThisYear => FinancialYear.Of(DateOnly.FromDateTime(DateTime.Today));

    private HttpClient Officer(string subject = "grants-officer-1") => Api.ClientAs("Staff.GrantsOfficer", subject);

    private async Task SetBudget(long totalPence, int? childrenPercent = null)
    {
        var response = await Officer().SetBudgetAsync(Api, ThisYear, new { totalPence, childrenPercent }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A carer with an eligible, completed assessment, through the API.</summary>
    private async Task<HttpClient> EligibleCarer(string dateOfBirth = "1975-03-14", string registeringAs = "self", string? nhsNumber = null)
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer, ValidRegistration(dateOfBirth: dateOfBirth, registeringAs: registeringAs, nhsNumber: nhsNumber));
        var id = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = true }, Ct)))["id"]!.GetValue<string>();
        await carer.SubmitAsync(id, Ct);
        Assert.Equal(HttpStatusCode.OK, (await Assessor().CompleteAsync(id, AssessmentJourneyTests.Completion(), Ct)).StatusCode);
        return carer;
    }

    private async Task<string> Apply(HttpClient carer, int amountPence = 30000, string purpose = "break")
    {
        var response = await carer.PostAsJsonAsync("/api/me/carer/grants", new { purpose, amountPence, helpsWith = "A weekend away to rest." }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJson(response))["id"]!.GetValue<string>();
    }

    private async Task<(long Committed, long Paid)> Pot(string pot)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.QuerySingleAsync<(long, long)>("SELECT committed_pence, paid_pence FROM grant_pot WHERE financial_year = @Year AND pot = @Pot", new { Year = ThisYear, Pot = pot });
    }

    [Fact]
    public async Task Two_hundred_approvals_at_once_on_a_pot_that_fits_one_hundred_approve_exactly_one_hundred()
    {
        // Set up 200 submitted applications of £100 directly (the approvals are what is under test).
        await SetBudget(1_250_000, childrenPercent: 20); // adults' pot: £10,000 = 100 grants of £100
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.ExecuteAsync("""
                WITH carers AS (
                    INSERT INTO carer (given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel, registered_by, identification_source, identified_at)
                    SELECT 'Race', 'Tester' || g, date '1970-01-01', 'LU1 1AA', 'en', 'phone', 'staff', 'staff', now() FROM generate_series(1, 200) g RETURNING id
                ), assessed AS (
                    INSERT INTO assessment (carer_id, kind, status, requested_by, completed_at, eligible) SELECT id, 'adult', 'completed', 'test', now(), true FROM carers RETURNING id, carer_id
                )
                INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id)
                SELECT carer_id, @Year, 'adults', 'break', 10000, 'A break', 'submitted', id FROM assessed
                """, new { Year = ThisYear });
        }

        var ids = await ReadIds();
        var officers = Enumerable.Range(0, 8).Select(i => Officer($"officer-{i}")).ToArray();
        var answers = await Task.WhenAll(ids.Select((id, i) => officers[i % officers.Length].SendIfMatchAsync(HttpMethod.Post, $"/api/grant-applications/{id}/approval", new { }, IfMatch.For(1), Ct)));

        Assert.Equal(100, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(100, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict).Take(3)) await AssertProblem(refused, HttpStatusCode.Conflict);
        var (committed, _) = await Pot("adults");
        Assert.Equal(1_000_000, committed);
        Assert.Equal(100, await CountAsync("grant_application WHERE status = 'approved'"));
        Assert.Equal(100, await CountAsync("grant_application WHERE status = 'submitted'"));

        async Task<List<Guid>> ReadIds()
        {
            await using var connection = new NpgsqlConnection(Api.ConnectionString);
            return (await connection.QueryAsync<Guid>("SELECT id FROM grant_application")).ToList();
        }
    }

    [Fact]
    public async Task Approvals_sent_together_each_get_their_own_answer()
    {
        // Approvals that arrive together are approved in one batch; the ones the batch cannot take
        // (a second grant this year without a reason, one not found) must still get their own answer,
        // and their failure must not take the others down with them.
        await SetBudget(10_000_000);
        var applications = new List<string>();
        for (var i = 0; i < 6; i++) applications.Add(await Apply(await EligibleCarer()));
        var repeat = await EligibleCarer();
        var earlier = await Apply(repeat);
        Assert.Equal(HttpStatusCode.OK, (await Officer().GrantStepAsync(Api, earlier, "approval", new { }, Ct)).StatusCode);
        var second = await Apply(repeat, 20000, "equipment");

        var ids = applications.Append(second).Append(Guid.NewGuid().ToString()).Append(applications[0]).ToList();
        // Each officer read the application before any of them approved it.
        var read = new List<string>();
        foreach (var id in ids) read.Add(await Api.ETagAsync("grant_application", id));
        var answers = await Task.WhenAll(ids.Select((id, i) =>
            Officer().SendIfMatchAsync(HttpMethod.Post, $"/api/grant-applications/{id}/approval", new { }, read[i], Ct)));

        var codes = answers.Select(a => a.StatusCode).ToList();
        Assert.All(codes.Skip(1).Take(5), c => Assert.Equal(HttpStatusCode.OK, c));
        // The same application twice, both read at one version: approved once, and the other answer says it changed since (412).
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], new[] { codes[0], codes[8] }.Order());
        Assert.Contains("overrideReason", ErrorKeys(await AssertProblem(answers[6], HttpStatusCode.Conflict)));
        await AssertProblem(answers[7], HttpStatusCode.NotFound);
        Assert.Equal((30000L * 7, 0L), await Pot("adults"));
        Assert.Equal(7, await CountAsync("grant_application WHERE status = 'approved'"));
    }

    [Fact]
    public async Task No_application_without_an_eligible_assessment_in_the_last_12_months()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        await AssertProblem(await carer.PostAsJsonAsync("/api/me/carer/grants", new { purpose = "break", amountPence = 30000, helpsWith = "Rest" }, Ct), HttpStatusCode.Conflict);

        // Eligible, but more than 12 months ago.
        var old = await EligibleCarer();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("UPDATE assessment SET completed_at = now() - interval '13 months'");
        await AssertProblem(await old.PostAsJsonAsync("/api/me/carer/grants", new { purpose = "break", amountPence = 30000, helpsWith = "Rest" }, Ct), HttpStatusCode.Conflict);
        Assert.Equal(0, await CountAsync("grant_application"));
    }

    [Fact]
    public async Task One_grant_a_financial_year_unless_an_officer_overrides_with_a_reason()
    {
        await SetBudget(10_000_000);
        var carer = await EligibleCarer();
        var first = await Apply(carer);
        Assert.Equal(HttpStatusCode.OK, (await Officer().GrantStepAsync(Api, first, "approval", new { }, Ct)).StatusCode);
        var second = await Apply(carer, 20000, "equipment");

        var refused = await Officer().GrantStepAsync(Api, second, "approval", new { }, Ct);
        Assert.Contains("overrideReason", ErrorKeys(await AssertProblem(refused, HttpStatusCode.Conflict)));
        Assert.Equal((30000L, 0L), await Pot("adults"));

        var overridden = await Officer().GrantStepAsync(Api, second, "approval", new { overrideReason = "Washing machine broke; exceptional need." }, Ct);
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        Assert.Equal("Washing machine broke; exceptional need.", (await ReadJson(overridden))["overrideReason"]!.GetValue<string>());
        Assert.Equal((50000L, 0L), await Pot("adults"));
    }

    [Fact]
    public async Task A_young_carers_grant_comes_from_the_childrens_pot()
    {
        await SetBudget(10_000_000);
        var dateOfBirth = DateOnly.FromDateTime(DateTime.Today).AddYears(-15).ToString("yyyy-MM-dd");
        // A young carer's needs assessment is decided on its own rules (decision 0029): support needs make them eligible.
        var carer = Carer(NewSubject());
        await RegisterAsync(carer, ValidRegistration(dateOfBirth: dateOfBirth, registeringAs: "parentOfYoungCarer"));
        var assessment = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = true }, Ct)))["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await carer.SubmitAsync(assessment, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Assessments.CompleteYoungCarerAssessmentTests.DecideAsync(Assessor(), assessment)).StatusCode);
        var id = await Apply(carer, 15000, "leisure");
        var approved = await ReadJson(await Officer().GrantStepAsync(Api, id, "approval", new { }, Ct));
        Assert.Equal("children", approved["pot"]!.GetValue<string>());
        Assert.Equal((15000L, 0L), await Pot("children"));
        Assert.Equal((0L, 0L), await Pot("adults"));
    }

    [Fact]
    public async Task Paying_and_cancelling_move_the_pot_and_a_carer_sees_the_paid_date()
    {
        await SetBudget(10_000_000);
        var carer = await EligibleCarer();
        var id = await Apply(carer);
        await Officer().GrantStepAsync(Api, id, "approval", new { }, Ct);
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.OK, (await Officer().GrantStepAsync(Api, id, "payment", new { paidOn = today, paymentReference = "BACS-0042" }, Ct)).StatusCode);
        Assert.Equal((30000L, 30000L), await Pot("adults"));
        var mine = (await ReadJson(await carer.GetAsync("/api/me/carer/grants", Ct)))["items"]![0]!;
        Assert.Equal("paid", mine["status"]!.GetValue<string>());
        Assert.Equal(today, mine["paidOn"]!.GetValue<string>());
        await AssertProblem(await Officer().GrantStepAsync(Api, id, "cancellation", null, Ct), HttpStatusCode.Conflict);

        var other = await EligibleCarer();
        var second = await Apply(other, 20000);
        await Officer().GrantStepAsync(Api, second, "approval", new { }, Ct);
        Assert.Equal((50000L, 30000L), await Pot("adults"));
        Assert.Equal(HttpStatusCode.OK, (await Officer().GrantStepAsync(Api, second, "cancellation", null, Ct)).StatusCode);
        Assert.Equal((30000L, 30000L), await Pot("adults"));
    }

    [Fact]
    public async Task An_approval_the_pot_cannot_cover_commits_nothing()
    {
        await SetBudget(20000, childrenPercent: 0);
        var carer = await EligibleCarer(nhsNumber: "9000000009");
        await ReferKnownCarerAsync(Partner("CarersCentral"), carer, Referral(nhsNumber: "9000000009")); // a partner that would get grant.approved
        var id = await Apply(carer, 30000);
        await AssertProblem(await Officer().GrantStepAsync(Api, id, "approval", new { }, Ct), HttpStatusCode.Conflict);
        Assert.Equal((0L, 0L), await Pot("adults"));
        Assert.Equal(1, await CountAsync("grant_application WHERE status = 'submitted'"));
        // The approval's other writes went with it: no success in the audit, no event for partners.
        Assert.Equal(0, await CountAsync($"audit_event WHERE action = 'ApproveGrant' AND record_id = '{id}' AND outcome = 'success'"));
        Assert.Equal(0, await CountAsync("outbox_message WHERE event_type = 'grant.approved'"));
    }

    [Fact]
    public async Task An_approval_before_the_years_budget_is_set_is_409_and_commits_nothing()
    {
        var id = await Apply(await EligibleCarer(), 30000);
        var problem = await AssertProblem(await Officer().GrantStepAsync(Api, id, "approval", new { }, Ct), HttpStatusCode.Conflict);
        Assert.Contains("pot", problem["title"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync("grant_application WHERE status = 'submitted'"));
        Assert.Equal(0, await CountAsync("grant_pot"));
    }

    [Fact]
    public async Task A_budget_cannot_be_set_below_what_is_committed()
    {
        await SetBudget(10_000_000);
        var id = await Apply(await EligibleCarer(), 30000);
        await Officer().GrantStepAsync(Api, id, "approval", new { }, Ct);
        await AssertProblem(await Officer().SetBudgetAsync(Api, ThisYear, new { totalPence = 10000 }, Ct), HttpStatusCode.Conflict);
        var budget = await ReadJson(await Officer().GetAsync($"/api/grant-budgets/{ThisYear}", Ct));
        var adults = budget["pots"]!.AsArray().Single(p => p!["pot"]!.GetValue<string>() == "adults")!;
        Assert.Equal(8_000_000, adults["budgetPence"]!.GetValue<long>());
        Assert.Equal(7_970_000, adults["remainingPence"]!.GetValue<long>());
    }

    [Fact]
    public async Task Approved_and_unpaid_after_ten_working_days_shows_as_late_counting_bank_holidays()
    {
        await SetBudget(10_000_000);
        var late = await Apply(await EligibleCarer());
        var onTime = await Apply(await EligibleCarer());
        await Officer().GrantStepAsync(Api, late, "approval", new { }, Ct);
        await Officer().GrantStepAsync(Api, onTime, "approval", new { }, Ct);
        var days = WorkingDays.EnglandAndWales();
        var today = DateOnly.FromDateTime(DateTime.Today);
        // Approved exactly 11 and exactly 10 working days ago.
        DateOnly Back(int n) { var d = today; while (days.Between(d, today) < n) d = d.AddDays(-1); return d; }
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("UPDATE grant_application SET approved_on = @On WHERE id = @Id", new { On = Back(11), Id = Guid.Parse(late) });
        await connection.ExecuteAsync("UPDATE grant_application SET approved_on = @On WHERE id = @Id", new { On = Back(10), Id = Guid.Parse(onTime) });

        var lateList = await ReadJson(await Officer().GetAsync("/api/grant-applications?late=true", Ct));
        Assert.Equal([late], lateList["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        var approved = await ReadJson(await Officer().GetAsync("/api/grant-applications?status=approved", Ct));
        Assert.Contains("status", ErrorKeys(await AssertProblem(await Officer().GetAsync("/api/grant-applications?status=Approved", Ct), HttpStatusCode.BadRequest)));
        Assert.Equal(1, approved["items"]!.AsArray().Count(i => i!["late"]!.GetValue<bool>()));
    }

    [Fact]
    public void Working_days_skip_weekends_and_England_and_Wales_bank_holidays()
    {
        var days = WorkingDays.EnglandAndWales();
        // Thursday 18 December 2025: 10 working days on, skipping 25 and 26 December and 1 January 2026.
        Assert.Equal(new DateOnly(2026, 1, 6), days.Add(new DateOnly(2025, 12, 18), 10));
        Assert.False(days.IsWorkingDay(new DateOnly(2026, 12, 28))); // Boxing Day's substitute
        Assert.True(days.IsWorkingDay(new DateOnly(2026, 12, 29)));
        Assert.Equal(0, days.Between(new DateOnly(2025, 12, 24), new DateOnly(2025, 12, 28)));
        Assert.Equal(2027, days.LastCoveredYear);
    }

    [Fact]
    public async Task The_payment_file_lists_approved_unpaid_grants_once_and_re_export_gives_the_same_file()
    {
        await SetBudget(10_000_000);
        var a = await Apply(await EligibleCarer(), 12345);
        var b = await Apply(await EligibleCarer(), 20000);
        await Officer().GrantStepAsync(Api, a, "approval", new { }, Ct);
        await Officer().GrantStepAsync(Api, b, "approval", new { }, Ct);

        var export = await Officer().PostAsync("/api/grant-payment-batches", null, Ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var csv = await export.Content.ReadAsStringAsync(Ct);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("batch_reference,grant_id,payee_name,payee_postcode,amount_pence,amount_pounds,purpose,approved_on", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains(a, StringComparison.Ordinal) && l.Contains(",12345,123.45,break,", StringComparison.Ordinal));
        var batch = lines[1].Split(',')[0];

        var again = await Officer().GetAsync($"/api/grant-payment-batches/{batch}", Ct);
        Assert.Equal(csv, await again.Content.ReadAsStringAsync(Ct));
        await AssertProblem(await Officer().PostAsync("/api/grant-payment-batches", null, Ct), HttpStatusCode.Conflict);
    }

    public static TheoryData<string, string> BadApplications => new()
    {
        { """{"purpose":"break","amountPence":-100,"helpsWith":"Rest"}""", "amountPence" },
        { """{"purpose":"break","amountPence":0,"helpsWith":"Rest"}""", "amountPence" },
        { """{"purpose":"break","amountPence":12.5,"helpsWith":"Rest"}""", "amountPence" },
        { """{"purpose":"break","amountPence":50001,"helpsWith":"Rest"}""", "amountPence" },
        { """{"purpose":"holiday","amountPence":100,"helpsWith":"Rest"}""", "purpose" },
        { """{"purpose":"break","amountPence":"100","helpsWith":"Rest"}""", "amountPence" },
        { """{"purpose":"break","amountPence":100,"helpsWith":"<script>x</script>"}""", "helpsWith" },
    };

    [Theory]
    [MemberData(nameof(BadApplications))]
    public async Task Bad_applications_are_400_and_write_nothing(string body, string field)
    {
        var carer = await EligibleCarer();
        var problem = await AssertProblem(await carer.PostAsync("/api/me/carer/grants", Json(body), Ct), HttpStatusCode.BadRequest);
        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("grant_application"));
    }

    [Fact]
    public async Task Only_grants_officers_decide_and_a_carer_sees_only_their_own_grants()
    {
        await SetBudget(10_000_000);
        var alice = await EligibleCarer();
        var id = await Apply(alice);
        var bob = await EligibleCarer();

        Assert.Empty((await ReadJson(await bob.GetAsync("/api/me/carer/grants", Ct)))["items"]!.AsArray());
        foreach (var client in new[] { alice, Assessor(), Api.ClientAs("Staff.Manager", "m"), Partner("CarersCentral") })
        {
            await AssertProblem(await client.GrantStepAsync(Api, id, "approval", new { }, Ct), HttpStatusCode.Forbidden);
            await AssertProblem(await client.GetAsync("/api/grant-applications", Ct), HttpStatusCode.Forbidden);
            await AssertProblem(await client.SetBudgetAsync(Api, ThisYear, new { totalPence = 1 }, Ct), HttpStatusCode.Forbidden);
        }

        Assert.Equal((0L, 0L), await Pot("adults"));
    }

    [Fact]
    public async Task Approval_queues_grant_approved_for_partners_with_consent()
    {
        await SetBudget(10_000_000);
        var carer = Carer(NewSubject());
        await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        await ReferKnownCarerAsync(Partner("CarersCentral"), carer, Referral(nhsNumber: "9000000009"));
        var assessment = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = true }, Ct)))["id"]!.GetValue<string>();
        await carer.SubmitAsync(assessment, Ct);
        await Assessor().CompleteAsync(assessment, AssessmentJourneyTests.Completion(), Ct);
        var id = await Apply(carer);
        await Officer().GrantStepAsync(Api, id, "approval", new { }, Ct);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM outbox_message WHERE event_type = 'grant.approved' AND partner = 'CarersCentral'"));
    }
}
