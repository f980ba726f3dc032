using System.Net;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Assessments;

/// <summary>The managers' team view (issue 16, decision 0031): counts per assessor and of the unallocated work, no carer's data.</summary>
public sealed class GetTeamCaseloadTests(ApiFixture api) : ApiTest(api)
{
    private CaseloadData Data => new(Api.ConnectionString);

    [Fact]
    public async Task Counts_each_assessors_work_and_the_unallocated_work()
    {
        // assessor-a: three open (one overdue), a review due in 10 days, one overdue, one far off.
        await Data.OpenAsync(await Data.CarerAsync(), "assessor-a", 1);
        await Data.OpenAsync(await Data.CarerAsync(), "assessor-a", 10, "inProgress");
        await Data.OpenAsync(await Data.CarerAsync(), "assessor-a", 40, "offered");
        await Data.PlannedAsync(await Data.CarerAsync(), "assessor-a", 10);
        await Data.PlannedAsync(await Data.CarerAsync(), "assessor-a", -5);
        await Data.PlannedAsync(await Data.CarerAsync(), "assessor-a", 200);
        // assessor-b: one open, overdue; a review due in 30 days.
        await Data.OpenAsync(await Data.CarerAsync(), "assessor-b", 29);
        await Data.PlannedAsync(await Data.CarerAsync(), "assessor-b", 30);
        // Nobody's: two open (one overdue), a review overdue.
        await Data.OpenAsync(await Data.CarerAsync(), null, 2);
        await Data.OpenAsync(await Data.CarerAsync(), null, 35);
        await Data.PlannedAsync(await Data.CarerAsync(), null, -1);
        // Not counted: a closed record's work, and a plan superseded by a later one.
        var closed = await Data.CarerAsync();
        await Data.OpenAsync(closed, "assessor-a", 50);
        await Data.ExecuteAsync("UPDATE carer SET closed_at = now(), closed_reason = 'exCarer' WHERE id = @Id", new { Id = closed });
        var moved = await Data.CarerAsync();
        await Data.PlannedAsync(moved, "assessor-b", -20);
        await Data.ExecuteAsync("UPDATE support_plan SET created_at = now() - interval '1 year' WHERE carer_id = @Id", new { Id = moved });
        await Data.PlannedAsync(moved, "assessor-b", 100);

        var response = await Manager("manager-team").GetAsync("/api/caseload/team", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var team = await ReadJson(response);
        var rows = team["assessors"]!.AsArray().Select(r => (
            r!["assessor"]!.GetValue<string>(), r["openAssessments"]!.GetValue<int>(), r["overdue"]!.GetValue<int>(),
            r["reviewsDueIn30Days"]!.GetValue<int>(), r["reviewsOverdue"]!.GetValue<int>())).ToList();
        Assert.Equal([("assessor-a", 3, 1, 1, 1), ("assessor-b", 1, 1, 1, 0)], rows);
        var nobody = team["unallocated"]!;
        Assert.Equal((2, 1, 0, 1, "/api/assessment-queues/unallocated"), (nobody["openAssessments"]!.GetValue<int>(), nobody["overdue"]!.GetValue<int>(),
            nobody["reviewsDueIn30Days"]!.GetValue<int>(), nobody["reviewsOverdue"]!.GetValue<int>(), nobody["queue"]!.GetValue<string>()));
        Assert.DoesNotContain("Case", team.ToJsonString(), StringComparison.Ordinal);
        var audit = Assert.Single(await AuditDetailFor("manager-team", "GetTeamCaseload"));
        Assert.Equal(("teamCaseload", (Guid?)null), (audit.record_type, audit.carer_id));
    }

    [Fact]
    public async Task Only_managers_see_the_team_view()
    {
        await AssertProblem(await Assessor().GetAsync("/api/caseload/team", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Carer(NewSubject()).GetAsync("/api/caseload/team", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Api.ClientAs(Roles.GrantsOfficer, "officer-1").GetAsync("/api/caseload/team", Ct), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await Manager().GetAsync("/api/caseload/team", Ct)).StatusCode);
    }
}
