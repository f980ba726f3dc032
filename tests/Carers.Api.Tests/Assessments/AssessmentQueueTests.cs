using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Assessments;

public sealed class AssessmentQueueTests(ApiFixture api) : ApiTest(api)
{
    private async Task<string> Requested()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        return (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct)))["id"]!.GetValue<string>();
    }

    private async Task<List<string>> Queue(string name) =>
        (await ReadJson(await Assessor().GetAsync($"/api/assessment-queues/{name}", Ct)))["items"]!.AsArray().Select(i => i!["assessmentId"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task New_unallocated_and_overdue_queues()
    {
        var fresh = await Requested();
        var old = await Requested();
        var allocated = await Requested();
        await Assessor().AllocateAsync(allocated, new { assessor = "assessor-2" }, Ct);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("UPDATE assessment SET requested_at = now() - interval '29 days' WHERE id = @Id", new { Id = Guid.Parse(old) });

        Assert.Equal([old, fresh, allocated], await Queue("newRequests"));
        Assert.Equal([old, fresh], await Queue("unallocated"));
        Assert.Equal([old], await Queue("overdue"));
    }

    [Fact]
    public async Task Reviews_due_in_30_days_and_reviews_overdue()
    {
        async Task<string> Planned(int reviewInDays)
        {
            var carer = Carer(NewSubject());
            await RegisterAsync(carer);
            var id = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = true }, Ct)))["id"]!.GetValue<string>();
            await carer.SubmitAsync(id, Ct);
            await Assessor().CompleteAsync(id, AssessmentJourneyTests.Completion(), Ct);
            await Assessor().RecordPlanAsync(id, AssessmentJourneyTests.Plan(DateOnly.FromDateTime(DateTime.Today).AddMonths(3).ToString("yyyy-MM-dd")), Ct);
            await using var connection = new NpgsqlConnection(Api.ConnectionString);
            await connection.ExecuteAsync("UPDATE support_plan SET next_review_on = current_date + @Days WHERE assessment_id = @Id", new { Days = reviewInDays, Id = Guid.Parse(id) });
            return id;
        }

        var dueSoon = await Planned(10);
        var overdue = await Planned(-3);
        await Planned(60);

        Assert.Equal([dueSoon], await Queue("reviewsDue"));
        Assert.Equal([overdue], await Queue("reviewsOverdue"));
    }

    [Fact]
    public async Task An_unknown_queue_is_404_and_carers_cannot_see_queues()
    {
        await AssertProblem(await Assessor().GetAsync("/api/assessment-queues/everything", Ct), HttpStatusCode.NotFound);
        await AssertProblem(await Carer(NewSubject()).GetAsync("/api/assessment-queues/newRequests", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Api.ClientAs("Staff.Manager", "m").GetAsync("/api/assessment-queues/newRequests", Ct), HttpStatusCode.Forbidden);
    }
}
