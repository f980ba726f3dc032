using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Grants;

/// <summary>The grants officer's queue reaches every application by cursor, with no hidden cap (issue 16).</summary>
public sealed class ListGrantApplicationsTests(ApiFixture api) : GrantTest(api)
{
    [Fact]
    public async Task One_hundred_and_one_applications_are_all_reached_by_cursor_once_each_oldest_first()
    {
        var ids = await SubmittedAsync(101);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ReadJson(await Officer().GetAsync("/api/grant-applications" + (cursor is null ? "" : $"?cursor={Uri.EscapeDataString(cursor)}"), Ct));
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
            Assert.All(page["items"]!.AsArray(), i => Assert.Equal("\"v1\"", i!["eTag"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        } while (cursor is not null && pages < 10);

        Assert.Equal(3, pages); // 50, 50 and 1
        Assert.Equal(ids, seen);
    }
}
