using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Breaks;

/// <summary>The staff break queue: every break in a status is reached by following cursors, emergencies first (issue 16).</summary>
public sealed class ListBreakQueueTests(ApiFixture api) : BreakTest(api)
{
    private async Task<List<string>> AllPagesAsync(HttpClient staff, string status, int? limit = null)
    {
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"/api/breaks?status={status}" + (limit is null ? "" : $"&limit={limit}") + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await ReadJson(await staff.GetAsync(url, Ct));
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            Assert.True(++pages < 100, "the cursor never ends");
        } while (cursor is not null);

        return seen;
    }

    [Fact]
    public async Task Fifty_one_breaks_in_one_status_are_all_reached_by_cursor_once_each_emergencies_first()
    {
        var (_, original) = await RequestedBreakAsync();
        var ordinary = await CopiesAsync(original, 45);
        var emergencies = await CopiesAsync(original, 5, emergency: true);
        await CopiesAsync(original, 3, status: "approved"); // another status: not in this queue

        var all = await AllPagesAsync(Assessor(), "requested");

        Assert.Equal(51, all.Count);
        Assert.Equal(51, all.Distinct().Count());
        // Emergencies first, then oldest first: the copies were requested from a day ago, the original now.
        Assert.Equal(emergencies.Concat(ordinary).Select(g => g.ToString()).Append(original["id"]!.GetValue<string>()), all);
    }

    [Fact]
    public async Task Small_pages_walk_the_same_queue_and_each_item_carries_its_eTag()
    {
        var (_, original) = await RequestedBreakAsync();
        await CopiesAsync(original, 6);
        await CopiesAsync(original, 2, emergency: true);

        var byThree = await AllPagesAsync(Assessor(), "requested", limit: 3);
        var whole = await AllPagesAsync(Assessor(), "requested", limit: 100);
        Assert.Equal(whole, byThree);
        Assert.Equal(9, byThree.Count);

        var first = (await ReadJson(await Assessor().GetAsync("/api/breaks?limit=1", Ct)))["items"]![0]!;
        Assert.Equal("\"v1\"", first["eTag"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("status=Requested", "status")]
    public async Task Bad_paging_is_a_clear_400(string query, string field)
    {
        var problem = await AssertProblem(await Assessor().GetAsync($"/api/breaks?{query}", Ct), HttpStatusCode.BadRequest);
        Assert.Contains(field, ErrorKeys(problem));
    }

    [Fact]
    public async Task Every_break_shown_is_audited_and_a_carer_cannot_read_the_queue()
    {
        var (carer, original) = await RequestedBreakAsync();
        await CopiesAsync(original, 2);
        var reader = NewSubject("queue-reader");
        await ReadJson(await Assessor(reader).GetAsync("/api/breaks?limit=2", Ct));
        var audit = await AuditDetailFor(reader, "ListBreakQueue");
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal("casework", a.access_reason));
        await AssertProblem(await carer.GetAsync("/api/breaks", Ct), HttpStatusCode.Forbidden);
    }
}
