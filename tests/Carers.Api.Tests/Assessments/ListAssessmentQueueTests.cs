using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Assessments;

/// <summary>
/// The review queues (issue #14): a support plan superseded by a later plan for the same carer, and
/// the plans of a record that is closed or merged into another, are nobody's review.
/// </summary>
public sealed class ListAssessmentQueueTests(ApiFixture api) : ApiTest(api)
{
    private async Task<Guid> CarerAsync()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO carer (given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel, registered_by, identification_source, identified_at)
            VALUES ('Queue', 'Tester', date '1970-01-01', 'LU1 1AA', 'English', 'phone', 'staff', 'staff', now()) RETURNING id
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
}
