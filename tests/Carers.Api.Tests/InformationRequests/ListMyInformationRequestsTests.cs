using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.InformationRequests.InformationRequestsRequests;

namespace Carers.Api.Tests.InformationRequests;

/// <summary>A carer lists their own requests, newest first, a page at a time, and never another carer's.</summary>
public sealed class ListMyInformationRequestsTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_carer_sees_only_their_own_requests_newest_first_and_paged()
    {
        var mine = Carer(NewSubject());
        var theirs = Carer(NewSubject());
        await RegisterAsync(mine);
        await RegisterAsync(theirs);
        foreach (var title in new[] { "First", "Second", "Third" })
        {
            var body = Valid();
            body["title"] = title;
            await mine.AskAsync(body, Ct);
        }

        await theirs.AskAsync(Valid(), Ct);

        var first = await ReadJson(await mine.GetAsync($"{MyRoute}?limit=2", Ct));
        var second = await ReadJson(await mine.GetAsync($"{MyRoute}?limit=2&cursor={Uri.EscapeDataString(first["nextCursor"]!.GetValue<string>())}", Ct));

        Assert.Equal(["Third", "Second"], first["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));
        Assert.Equal(["First"], second["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));
        Assert.Null(second["nextCursor"]);
    }

    [Fact]
    public async Task A_bad_cursor_is_400()
    {
        var problem = await AssertProblem(await Carer(NewSubject()).GetAsync($"{MyRoute}?cursor=not-a-cursor", Ct), HttpStatusCode.BadRequest);
        Assert.Equal(["cursor"], ErrorKeys(problem));
    }

    [Fact]
    public async Task Staff_are_refused_the_carers_list()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Manager().GetAsync(MyRoute, Ct)).StatusCode);
    }
}
