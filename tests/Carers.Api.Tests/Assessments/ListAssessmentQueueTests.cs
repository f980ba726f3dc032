using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Assessments;

/// <summary>
/// The review queues (issue #14): a support plan superseded by a later plan for the same carer, and
/// the plans of a record that is closed or merged into another, are nobody's review. Re-offers (issue 16,
/// decision 0031): a declined assessment is back on the reoffersDue queue on its date, until another is asked for.
/// </summary>
public sealed class ListAssessmentQueueTests(ApiFixture api) : ApiTest(api)
{
    private async Task<Guid> CarerAsync()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO carer (given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel, registered_by, identification_source, identified_at)
            VALUES ('Queue', 'Tester', date '1970-01-01', 'LU1 1AA', 'en', 'phone', 'staff', 'staff', now()) RETURNING id
            """);
    }

    /// <summary>A completed assessment, completed the given number of months ago, with a plan due for review in the given number of days.</summary>
    private async Task<string> PlanAsync(Guid carerId, int completedMonthsAgo, int reviewInDays)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return (await connection.ExecuteScalarAsync<Guid>("""
            WITH a AS (
                INSERT INTO assessment (carer_id, kind, status, requested_at, requested_by, completed_at, eligible)
                VALUES (@CarerId, 'adult', 'completed', now() - make_interval(months => @Months + 1), 'test', now() - make_interval(months => @Months), true)
                RETURNING id, carer_id, completed_at
            ), p AS (
                INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, next_review_on, created_at)
                SELECT id, carer_id, 'A regular break.', 'A regular break.', '[]', 0, current_date + @Days, completed_at FROM a
            )
            SELECT id FROM a
            """, new { CarerId = carerId, Months = completedMonthsAgo, Days = reviewInDays })).ToString();
    }

    private async Task<List<string>> Queue(string name) =>
        (await ReadJson(await Assessor().GetAsync($"/api/assessment-queues/{name}", Ct)))["items"]!.AsArray().Select(i => i!["assessmentId"]!.GetValue<string>()).ToList();

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync(sql, parameters);
    }

    [Fact]
    public async Task A_plan_superseded_by_a_later_plan_for_the_same_carer_is_in_neither_review_queue()
    {
        var carer = await CarerAsync();
        var oldOverdue = await PlanAsync(carer, completedMonthsAgo: 14, reviewInDays: -40);
        var oldDue = await PlanAsync(carer, completedMonthsAgo: 13, reviewInDays: 5);
        var latest = await PlanAsync(carer, completedMonthsAgo: 1, reviewInDays: 10);
        var other = await PlanAsync(await CarerAsync(), completedMonthsAgo: 12, reviewInDays: -3);

        Assert.Equal([latest], await Queue("reviewsDue"));
        Assert.Equal([other], await Queue("reviewsOverdue"));
        Assert.DoesNotContain(oldOverdue, await Queue("reviewsOverdue"));
        Assert.DoesNotContain(oldDue, await Queue("reviewsDue"));
    }

    [Fact]
    public async Task Plans_of_closed_and_merged_records_are_in_neither_review_queue()
    {
        var open = await CarerAsync();
        var closed = await CarerAsync();
        var merged = await CarerAsync();
        var due = await PlanAsync(open, 11, 10);
        var overdue = await PlanAsync(await CarerAsync(), 12, -10);
        await PlanAsync(closed, 11, 10);
        await PlanAsync(closed, 12, -10);
        await PlanAsync(merged, 11, 10);
        await PlanAsync(merged, 12, -10);
        await ExecuteAsync("UPDATE carer SET closed_at = now(), closed_reason = 'exCarer' WHERE id = @Id", new { Id = closed });
        await ExecuteAsync("UPDATE carer SET merged_into = @Into WHERE id = @Id", new { Id = merged, Into = open });

        Assert.Equal([due], await Queue("reviewsDue"));
        Assert.Equal([overdue], await Queue("reviewsOverdue"));
    }

    [Fact]
    public async Task A_declined_assessment_comes_back_on_its_reoffer_date_and_not_before_and_goes_once_another_is_asked_for()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var requested = await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct);
        var id = (await ReadJson(requested))["id"]!.GetValue<string>();
        using var decline = new HttpRequestMessage(HttpMethod.Post, $"/api/me/carer/assessments/{id}/decline") { Content = JsonContent.Create(new { reason = "Not now" }) };
        decline.Headers.TryAddWithoutValidation("If-Match", requested.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await carer.SendAsync(decline, Ct)).StatusCode);
        var reofferOn = await ScalarAsync<DateTime>($"SELECT reoffer_on FROM assessment WHERE id = '{Guid.Parse(id)}'");

        var clock = new FixedClock(new DateTimeOffset(reofferOn.AddDays(-1).AddHours(12), TimeSpan.Zero));
        await using var clocked = Api.At(clock);
        var assessor = clocked.CreateClient();
        assessor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor(Roles.Assessor, "assessor-1"));
        async Task<List<string>> ReoffersDue() =>
            (await ReadJson(await assessor.GetAsync("/api/assessment-queues/reoffersDue", Ct)))["items"]!.AsArray().Select(i => i!["assessmentId"]!.GetValue<string>()).ToList();

        Assert.DoesNotContain(id, await Queue("reoffersDue"));
        Assert.Empty(await ReoffersDue());

        clock.Now = new DateTimeOffset(reofferOn.AddHours(12), TimeSpan.Zero);
        var due = (await ReadJson(await assessor.GetAsync("/api/assessment-queues/reoffersDue", Ct)))["items"]!.AsArray();
        Assert.Equal([id], due.Select(i => i!["assessmentId"]!.GetValue<string>()));
        Assert.Equal(("declined", reofferOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), (due[0]!["status"]!.GetValue<string>(), due[0]!["reofferOn"]!.GetValue<string>()));

        clock.Now = new DateTimeOffset(reofferOn.AddDays(40).AddHours(12), TimeSpan.Zero);
        Assert.Equal([id], await ReoffersDue());

        Assert.Equal(HttpStatusCode.Created, (await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct)).StatusCode);
        Assert.Empty(await ReoffersDue());
    }

    [Fact]
    public async Task Reoffers_due_are_paged_oldest_date_first_and_leave_out_closed_merged_and_superseded_records()
    {
        var data = new CaseloadData(Api.ConnectionString);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var expected = new List<string>();
        for (var days = 9; days >= 0; days -= 2)
        {
            expected.Add((await data.DeclinedAsync(await data.CarerAsync(), today.AddDays(-days))).ToString());
        }

        await data.DeclinedAsync(await data.CarerAsync(), today.AddDays(1));
        var closed = await data.CarerAsync();
        await data.DeclinedAsync(closed, today.AddDays(-3));
        await data.ExecuteAsync("UPDATE carer SET closed_at = now(), closed_reason = 'exCarer' WHERE id = @Id", new { Id = closed });
        var merged = await data.CarerAsync();
        await data.DeclinedAsync(merged, today.AddDays(-3));
        await data.ExecuteAsync("UPDATE carer SET merged_into = @Into WHERE id = @Id", new { Id = merged, Into = await data.CarerAsync() });
        var askedAgain = await data.CarerAsync();
        await data.DeclinedAsync(askedAgain, today.AddDays(-3), requestedDaysAgo: 400);
        await data.OpenAsync(askedAgain, null, requestedDaysAgo: 10);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ReadJson(await Assessor().GetAsync("/api/assessment-queues/reoffersDue?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"), Ct));
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["assessmentId"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(expected, seen);
        Assert.Equal(3, pages);
    }
}
