using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Carers.Api.Domain;
using Carers.Api.Features.Grants;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Assessments;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Grants;

/// <summary>
/// The one-grant-a-year rule and the year a grant is charged to (issue #14): every second and later
/// approved grant of a carer in a financial year needs an override reason, whatever the first had;
/// a grant is charged to the pot of the year in which it is approved.
/// </summary>
public sealed class ApproveGrantTests(ApiFixture api) : ApiTest(api)
{
    private static int ThisYear => FinancialYear.Of(DateOnly.FromDateTime(DateTime.Today));

    private HttpClient Officer(string subject = "grants-officer-1") => Api.ClientAs(Roles.GrantsOfficer, subject);

    private async Task SetBudgetAsync(HttpClient officer, int year, long totalPence = 100_000_000)
    {
        var response = await officer.SetBudgetAsync(Api, year, new { totalPence, childrenPercent = 20 }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A carer with an eligible assessment completed today (the real today), through the API.</summary>
    private async Task<string> EligibleCarerAsync()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);
        var id = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = true }, Ct)))["id"]!.GetValue<string>();
        await carer.SubmitAsync(id, Ct);
        Assert.Equal(HttpStatusCode.OK, (await Assessor().CompleteAsync(id, AssessmentJourneyTests.Completion(), Ct)).StatusCode);
        return subject;
    }

    private static async Task<string> ApplyAsync(HttpClient carer, int amountPence = 30000)
    {
        var response = await carer.PostAsJsonAsync("/api/me/carer/grants", new { purpose = "break", amountPence, helpsWith = "A weekend away to rest." }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJson(response))["id"]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> ApproveAsync(HttpClient officer, string id, string? overrideReason = null) =>
        officer.GrantStepAsync(Api, id, "approval", new { overrideReason }, Ct);

    private async Task<long> CommittedAsync(int year, string pot = "adults")
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.ExecuteScalarAsync<long>("SELECT committed_pence FROM grant_pot WHERE financial_year = @Year AND pot = @Pot", new { Year = year, Pot = pot });
    }

    [Fact]
    public async Task Each_approval_is_counted_in_the_carers_meter_and_a_refused_one_is_not()
    {
        long approvals = 0;
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == global::Carers.Api.Infrastructure.CarersMetrics.MeterName && instrument.Name == "carers.grants.approved") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref approvals, value));
        listener.Start();
        await SetBudgetAsync(Officer(), ThisYear);
        var id = await ApplyAsync(Carer(await EligibleCarerAsync()));

        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(Officer(), id)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Officer().SendIfMatchAsync(HttpMethod.Post, $"/api/grant-applications/{id}/approval", new { }, "\"v2\"", Ct)).StatusCode);

        Assert.Equal(1L, Interlocked.Read(ref approvals));
    }

    [Fact]
    public async Task An_approval_without_If_Match_is_428_and_at_a_stale_version_412_and_commits_nothing()
    {
        await SetBudgetAsync(Officer(), ThisYear);
        var id = await ApplyAsync(Carer(await EligibleCarerAsync()));
        var url = $"/api/grant-applications/{id}/approval";

        await AssertProblem(await Officer().SendIfMatchAsync(HttpMethod.Post, url, new { }, null, Ct), (HttpStatusCode)428);
        await AssertProblem(await Officer().SendIfMatchAsync(HttpMethod.Post, url, new { }, "\"v2\"", Ct), HttpStatusCode.PreconditionFailed);
        await AssertProblem(await Officer().SendIfMatchAsync(HttpMethod.Post, url, new { }, "*", Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal(0L, await CommittedAsync(ThisYear));
        Assert.Equal(0, await CountAsync($"audit_event WHERE action = 'ApproveGrant' AND record_id = '{id}'"));
        var approved = await Officer().SendIfMatchAsync(HttpMethod.Post, url, new { }, "\"v1\"", Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("\"v2\"", approved.Headers.ETag!.ToString());
        Assert.Equal("\"v2\"", (await ReadJson(approved))["eTag"]!.GetValue<string>());
        Assert.Equal(30000L, await CommittedAsync(ThisYear));
    }

    [Fact]
    public async Task An_override_reason_on_the_first_grant_of_the_year_does_not_let_a_second_through_without_one()
    {
        await SetBudgetAsync(Officer(), ThisYear);
        var carer = Carer(await EligibleCarerAsync());
        var first = await ApplyAsync(carer);
        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(Officer(), first, "Given a reason though none was needed.")).StatusCode);
        var second = await ApplyAsync(carer, 20000);

        var refused = await ApproveAsync(Officer(), second);

        Assert.Contains("overrideReason", ErrorKeys(await AssertProblem(refused, HttpStatusCode.Conflict)));
        Assert.Equal(30000, await CommittedAsync(ThisYear));
        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(Officer(), second, "The cooker broke; exceptional need.")).StatusCode);
        Assert.Equal(50000, await CommittedAsync(ThisYear));
    }

    [Fact]
    public async Task A_grant_cancelled_frees_the_year_but_a_later_one_still_needs_a_reason_while_another_stands()
    {
        await SetBudgetAsync(Officer(), ThisYear);
        var carer = Carer(await EligibleCarerAsync());
        var first = await ApplyAsync(carer);
        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(Officer(), first)).StatusCode);
        var second = await ApplyAsync(carer, 20000);
        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(Officer(), second, "Exceptional need.")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Officer().GrantStepAsync(Api, first, "cancellation", null, Ct)).StatusCode);

        // The overridden grant still stands, so a third is a second grant this year.
        var third = await ApplyAsync(carer, 10000);
        Assert.Contains("overrideReason", ErrorKeys(await AssertProblem(await ApproveAsync(Officer(), third), HttpStatusCode.Conflict)));

        // With every grant of the year cancelled, the next is a first again.
        Assert.Equal(HttpStatusCode.OK, (await Officer().GrantStepAsync(Api, second, "cancellation", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(Officer(), third)).StatusCode);
    }

    [Fact]
    public async Task Two_hundred_approvals_at_once_without_a_reason_approve_only_a_first_grant_of_the_year()
    {
        // 40 carers with 5 submitted applications each; 20 of them already have a grant this year,
        // approved with a reason it did not need. All 200 approvals, none with a reason, go at once.
        await SetBudgetAsync(Officer(), ThisYear);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var carers = (await connection.QueryAsync<Guid>("""
            WITH carers AS (
                INSERT INTO carer (given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel, registered_by, identification_source, identified_at)
                SELECT 'Race', 'Tester' || g, date '1970-01-01', 'LU1 1AA', 'en', 'phone', 'staff', 'staff', now() FROM generate_series(1, 40) g RETURNING id
            )
            INSERT INTO assessment (carer_id, kind, status, requested_by, completed_at, eligible) SELECT id, 'adult', 'completed', 'test', now(), true FROM carers RETURNING carer_id
            """)).ToList();
        var withEarlier = carers.Take(20).ToHashSet();
        var earlier = (await connection.QueryAsync<Guid>("""
            INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id)
            SELECT a.carer_id, @Year, 'adults', 'break', 10000, 'A break', 'submitted', a.id FROM assessment a WHERE a.carer_id = ANY(@Ids) RETURNING id
            """, new { Year = ThisYear, Ids = withEarlier.ToArray() })).ToList();
        foreach (var id in earlier) Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(Officer(), id.ToString(), "A reason it did not need.")).StatusCode);
        var ids = (await connection.QueryAsync<Guid>("""
            INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id)
            SELECT a.carer_id, @Year, 'adults', 'equipment', 10000, 'A washing machine', 'submitted', a.id FROM assessment a CROSS JOIN generate_series(1, 5)
            RETURNING id
            """, new { Year = ThisYear })).ToList();

        var officers = Enumerable.Range(0, 8).Select(i => Officer($"officer-{i}")).ToArray();
        var answers = await Task.WhenAll(ids.Select((id, i) => ApproveAsync(officers[i % officers.Length], id.ToString())));

        Assert.Equal(20, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(180, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict).Take(3))
        {
            Assert.Contains("overrideReason", ErrorKeys(await AssertProblem(refused, HttpStatusCode.Conflict)));
        }

        var perCarer = (await connection.QueryAsync<(Guid CarerId, long Approved, long WithoutReason)>("""
            SELECT carer_id, count(*), count(*) FILTER (WHERE override_reason IS NULL) FROM grant_application
            WHERE status IN ('approved', 'paid') AND financial_year = @Year GROUP BY carer_id
            """, new { Year = ThisYear })).ToList();
        Assert.Equal(40, perCarer.Count);
        Assert.All(perCarer, c => Assert.Equal(1, c.Approved)); // nobody got a second grant without a reason
        Assert.All(perCarer.Where(c => withEarlier.Contains(c.CarerId)), c => Assert.Equal(0, c.WithoutReason));
        Assert.Equal((20 + 20) * 10000L, await CommittedAsync(ThisYear));
    }

    [Fact]
    public async Task A_grant_applied_for_on_30_March_and_approved_on_2_April_is_charged_to_the_new_years_pot_and_counted_in_that_year()
    {
        var clock = new FixedClock(DateTimeOffset.Parse("2027-03-10T10:00:00Z", CultureInfo.InvariantCulture));
        await using var clocked = Api.At(clock);
        HttpClient As(string role, string subject)
        {
            var client = clocked.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor(role, subject));
            return client;
        }

        var officer = As(Roles.GrantsOfficer, "grants-officer-1");
        await SetBudgetAsync(officer, 2026);
        await SetBudgetAsync(officer, 2027);
        // One carer already has a grant in 2026-27 (approved on 10 March 2027); another has none.
        var repeat = As(Roles.Carer, await EligibleCarerAsync());
        var fresh = As(Roles.Carer, await EligibleCarerAsync());
        var march = await ApplyAsync(repeat, 10000);
        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(officer, march)).StatusCode);

        clock.Now = DateTimeOffset.Parse("2027-03-30T10:00:00Z", CultureInfo.InvariantCulture);
        var second = await ApplyAsync(repeat, 20000);
        var first = await ApplyAsync(fresh, 30000);
        clock.Now = DateTimeOffset.Parse("2027-04-02T10:00:00Z", CultureInfo.InvariantCulture);

        var approvedFirst = await ApproveAsync(officer, first);
        var approvedSecond = await ApproveAsync(officer, second); // the first grant of 2027-28 for this carer: no reason needed

        Assert.Equal(HttpStatusCode.OK, approvedFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approvedSecond.StatusCode);
        Assert.Equal("2027/28", (await ReadJson(approvedFirst))["financialYear"]!.GetValue<string>());
        Assert.Equal("2027/28", (await ReadJson(approvedSecond))["financialYear"]!.GetValue<string>());
        Assert.Equal(10000, await CommittedAsync(2026));
        Assert.Equal(50000, await CommittedAsync(2027));
        var budget = await ReadJson(await officer.GetAsync("/api/grant-budgets/2027", Ct));
        Assert.Equal(50000, budget["pots"]!.AsArray().Single(p => p!["pot"]!.GetValue<string>() == "adults")!["committedPence"]!.GetValue<long>());
    }

    [Fact]
    public async Task Two_records_merged_keep_one_first_grant_a_year_and_the_next_still_needs_a_reason()
    {
        // The merge (another part of issue #14) moves grants with OneGrantAYear.BeforeMergeAsync first.
        await SetBudgetAsync(Officer(), ThisYear);
        var intoSubject = await EligibleCarerAsync();
        var into = Carer(intoSubject);
        var from = Carer(await EligibleCarerAsync());
        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(Officer(), await ApplyAsync(into))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ApproveAsync(Officer(), await ApplyAsync(from, 20000))).StatusCode);

        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            var ids = (await connection.QueryAsync<(Guid Id, string Subject)>("SELECT id, account_subject FROM carer WHERE account_subject IS NOT NULL")).ToList();
            var intoId = ids.Single(c => c.Subject == intoSubject).Id;
            var fromId = ids.Single(c => c.Subject != intoSubject).Id;
            await using var transaction = await connection.BeginTransactionAsync(Ct);
            Assert.Equal(1, await OneGrantAYear.BeforeMergeAsync(connection, transaction, fromId, intoId, Ct));
            await connection.ExecuteAsync("UPDATE grant_application SET carer_id = @Into WHERE carer_id = @From", new { Into = intoId, From = fromId }, transaction);
            await transaction.CommitAsync(Ct);
        }

        Assert.Equal(1, await CountAsync($"grant_application WHERE later_in_year AND override_reason = '{OneGrantAYear.MergedReason}' AND amount_pence = 20000"));
        var third = await ApplyAsync(into, 10000);
        Assert.Contains("overrideReason", ErrorKeys(await AssertProblem(await ApproveAsync(Officer(), third), HttpStatusCode.Conflict)));
    }
}
