using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Assessments;

/// <summary>
/// My caseload (issue 16, decision 0031): an assessor sees their own open assessments and the reviews of the plans
/// on assessments allocated to them, soonest due first, a page at a time; never a colleague's, never unallocated work.
/// </summary>
public sealed class ListMyCaseloadTests(ApiFixture api) : ApiTest(api)
{
    private CaseloadData Data => new(Api.ConnectionString);

    private async Task<JsonArray> Mine(string assessor, string query = "") =>
        (await ReadJson(await Assessor(assessor).GetAsync($"/api/caseload/mine{query}", Ct)))["items"]!.AsArray();

    private static List<string> Ids(JsonArray items) => items.Select(i => i!["assessmentId"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task An_assessor_sees_only_their_own_work_soonest_due_first_with_what_is_due()
    {
        var overdue = await Data.OpenAsync(await Data.CarerAsync(), "assessor-a", requestedDaysAgo: 30);
        var fresh = await Data.OpenAsync(await Data.CarerAsync(), "assessor-a", requestedDaysAgo: 1, status: "scheduled");
        var review = await Data.PlannedAsync(await Data.CarerAsync(), "assessor-a", reviewInDays: 10);
        var colleagues = await Data.OpenAsync(await Data.CarerAsync(), "assessor-b", requestedDaysAgo: 5);
        var colleaguesReview = await Data.PlannedAsync(await Data.CarerAsync(), "assessor-b", reviewInDays: -2);
        var nobodys = await Data.OpenAsync(await Data.CarerAsync(), null, requestedDaysAgo: 3);
        var nobodysReview = await Data.PlannedAsync(await Data.CarerAsync(), null, reviewInDays: 3);
        var closedCarer = await Data.CarerAsync();
        await Data.OpenAsync(closedCarer, "assessor-a", requestedDaysAgo: 2);
        await Data.ExecuteAsync("UPDATE carer SET closed_at = now(), closed_reason = 'exCarer' WHERE id = @Id", new { Id = closedCarer });

        var mine = await Mine("assessor-a");

        Assert.Equal([overdue.ToString(), review.ToString(), fresh.ToString()], Ids(mine));
        var today = DateOnly.FromDateTime(DateTime.Today);
        Assert.Equal(("decision", true, "requested"), (mine[0]!["due"]!.GetValue<string>(), mine[0]!["overdue"]!.GetValue<bool>(), mine[0]!["status"]!.GetValue<string>()));
        Assert.Equal(("review", false, today.AddDays(10).ToString("yyyy-MM-dd")),
            (mine[1]!["due"]!.GetValue<string>(), mine[1]!["overdue"]!.GetValue<bool>(), mine[1]!["dueOn"]!.GetValue<string>()));
        Assert.Equal(("decision", false, "scheduled"), (mine[2]!["due"]!.GetValue<string>(), mine[2]!["overdue"]!.GetValue<bool>(), mine[2]!["status"]!.GetValue<string>()));

        var theirItems = await Mine("assessor-b");
        var theirs = Ids(theirItems);
        Assert.Equal([colleaguesReview.ToString(), colleagues.ToString()], theirs);
        Assert.True(theirItems[0]!["overdue"]!.GetValue<bool>());
        foreach (var unallocated in new[] { nobodys, nobodysReview })
        {
            Assert.DoesNotContain(unallocated.ToString(), Ids(mine));
            Assert.DoesNotContain(unallocated.ToString(), theirs);
        }
    }

    [Fact]
    public async Task Pages_follow_one_another_past_the_first_with_nothing_missed_or_repeated()
    {
        var expected = new List<string>();
        for (var days = 40; days > 33; days--)
        {
            expected.Add((await Data.OpenAsync(await Data.CarerAsync(), "assessor-paged", requestedDaysAgo: days)).ToString());
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ReadJson(await Assessor("assessor-paged").GetAsync(
                "/api/caseload/mine?limit=3" + (cursor is null ? "" : $"&cursor={cursor}"), Ct));
            seen.AddRange(Ids(page["items"]!.AsArray()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Each_item_shown_is_audited_against_its_carer_for_casework()
    {
        var carer = await Data.CarerAsync();
        var assessment = await Data.OpenAsync(carer, "assessor-audited", requestedDaysAgo: 2);

        await Mine("assessor-audited");

        var rows = await AuditDetailFor("assessor-audited", "ListMyCaseload");
        var row = Assert.Single(rows);
        Assert.Equal(("assessment", assessment.ToString(), carer, "casework"), (row.record_type, row.record_id, row.carer_id!.Value, row.access_reason));
    }

    [Fact]
    public async Task Carers_grants_officers_and_managers_are_refused_and_a_bad_cursor_is_400()
    {
        await AssertProblem(await Carer(NewSubject()).GetAsync("/api/caseload/mine", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Api.ClientAs(Roles.GrantsOfficer, "officer-1").GetAsync("/api/caseload/mine", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Manager().GetAsync("/api/caseload/mine", Ct), HttpStatusCode.Forbidden);
        var problem = await AssertProblem(await Assessor().GetAsync("/api/caseload/mine?cursor=not-ours", Ct), HttpStatusCode.BadRequest);
        Assert.Contains("Cursor", ErrorKeys(problem), StringComparer.OrdinalIgnoreCase);
        await AssertProblem(await Assessor().GetAsync("/api/caseload/mine?limit=0", Ct), HttpStatusCode.BadRequest);
    }
}
