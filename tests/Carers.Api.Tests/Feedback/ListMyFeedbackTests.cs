using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Feedback.FeedbackRequests;

namespace Carers.Api.Tests.Feedback;

/// <summary>A carer lists their own complaints and compliments, newest first, a page at a time; never another carer's.</summary>
public sealed class ListMyFeedbackTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_carer_sees_only_their_own_newest_first_a_page_at_a_time()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var other = Carer(NewSubject());
        await RegisterAsync(other);
        await carer.SendAsync(Complaint(text: "First"), Ct);
        await carer.SendAsync(Complaint("compliment", "grant", "Second"), Ct);
        await carer.SendAsync(Complaint(text: "Third"), Ct);
        await other.SendAsync(Complaint(text: "Not mine"), Ct);

        var first = await ReadJson(await carer.GetAsync($"{MyRoute}?limit=2", Ct));
        var second = await ReadJson(await carer.GetAsync($"{MyRoute}?limit=2&cursor={Uri.EscapeDataString(first["nextCursor"]!.GetValue<string>())}", Ct));

        var texts = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => i!["text"]!.GetValue<string>());
        Assert.Equal(["Third", "Second", "First"], texts);
        Assert.Null(second["nextCursor"]);
    }

    [Fact]
    public async Task Someone_not_registered_gets_an_empty_page()
    {
        var page = await ReadJson(await Carer(NewSubject()).GetAsync(MyRoute, Ct));
        Assert.Empty(page["items"]!.AsArray());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-ours", "cursor")]
    public async Task A_bad_limit_or_cursor_is_400(string query, string field)
    {
        var problem = await AssertProblem(await Carer(NewSubject()).GetAsync($"{MyRoute}?{query}", Ct), HttpStatusCode.BadRequest);
        Assert.Equal([field], ErrorKeys(problem));
    }

    [Fact]
    public async Task Staff_use_the_queue_not_the_carers_list()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().GetAsync(MyRoute, Ct)).StatusCode);
    }
}
