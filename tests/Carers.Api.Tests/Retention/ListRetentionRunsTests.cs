using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Retention.RetentionRecords;

namespace Carers.Api.Tests.Retention;

/// <summary>The run log, newest first, a page at a time.</summary>
public sealed class ListRetentionRunsTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Runs_are_listed_newest_first_with_their_mode_and_counts()
    {
        var dpo = Api.Dpo();
        await RunAsync(dpo, dryRun: true);
        await RunAsync(dpo, dryRun: false);

        var page = await ReadJson(await dpo.GetAsync($"{Runs}?limit=1", Ct));

        Assert.Equal(("live", "finished", "dpo-1"), (page["items"]![0]!["mode"]!.GetValue<string>(), page["items"]![0]!["status"]!.GetValue<string>(),
            page["items"]![0]!["startedBy"]!.GetValue<string>()));
        var next = await ReadJson(await dpo.GetAsync($"{Runs}?limit=1&cursor={page["nextCursor"]!.GetValue<string>()}", Ct));
        Assert.Equal("dryRun", next["items"]![0]!["mode"]!.GetValue<string>());
        Assert.Null(next["nextCursor"]);
    }

    [Fact]
    public async Task Bad_input_is_400_and_other_staff_are_refused()
    {
        await AssertProblem(await Api.Dpo().GetAsync($"{Runs}?limit=0", Ct), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Forbidden, (await Manager().GetAsync(Runs, Ct)).StatusCode);
    }
}
