using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.ServiceDirectory.DirectoryRequests;

namespace Carers.Api.Tests.ServiceDirectory;

/// <summary>The public list of local services: no sign-in, live entries only, filters, paging, and open now in London time.</summary>
public sealed class ListDirectoryServicesTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Anyone_lists_the_live_services_in_name_order_without_a_token()
    {
        await Api.AddAsync(Valid("Mind BLMK"), Ct);
        var (retired, retiredETag) = await Api.AddAsync(Valid("Healthwatch Luton"), Ct);
        await Api.AddAsync(Valid("age Concern Luton"), Ct);
        await Api.RetireAsync(retired, retiredETag, Ct);

        var anonymous = Anonymous();
        Assert.Null(anonymous.DefaultRequestHeaders.Authorization);
        var page = await anonymous.GetJsonAsync(Route, Ct);

        Assert.Equal(new[] { "age Concern Luton", "Mind BLMK" }, Names(page));
        Assert.Null(page["nextCursor"]);
        var item = page["items"]![0]!;
        Assert.Equal(new[] { "en", "ur" }, item["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(2, item["openingHours"]!.AsArray().Count);
    }

    [Fact]
    public async Task Filtering_by_who_it_is_for_includes_the_services_for_everyone()
    {
        await Api.AddAsync(Valid("CHUMS young carers", ["youngCarers"]), Ct);
        await Api.AddAsync(Valid("Carers Central", ["adultCarers", "parentCarers"]), Ct);
        await Api.AddAsync(Valid("Healthwatch Luton", ["everyone"]), Ct);

        Assert.Equal(new[] { "CHUMS young carers", "Healthwatch Luton" }, Names(await Anonymous().GetJsonAsync($"{Route}?for=youngCarers", Ct)));
        Assert.Equal(new[] { "Carers Central", "Healthwatch Luton" }, Names(await Anonymous().GetJsonAsync($"{Route}?for=parentCarers", Ct)));
        Assert.Equal(new[] { "Healthwatch Luton" }, Names(await Anonymous().GetJsonAsync($"{Route}?for=olderPeople", Ct)));
    }

    [Fact]
    public async Task Filtering_by_need_lists_the_services_that_specialise_in_it()
    {
        await Api.AddAsync(Valid("Alzheimer's Society", needs: ["dementia"]), Ct);
        await Api.AddAsync(Valid("Mind BLMK", needs: ["mentalHealth"]), Ct);
        await Api.AddAsync(Valid("Age Concern Luton", needs: ["frailty", "dementia"]), Ct);
        await Api.AddAsync(Valid("Carers Central"), Ct);

        Assert.Equal(new[] { "Age Concern Luton", "Alzheimer's Society" }, Names(await Anonymous().GetJsonAsync($"{Route}?need=dementia", Ct)));
        Assert.Equal(new[] { "Mind BLMK" }, Names(await Anonymous().GetJsonAsync($"{Route}?need=mentalHealth&for=adultCarers", Ct)));
        Assert.Empty(Names(await Anonymous().GetJsonAsync($"{Route}?need=brainInjury", Ct)));
    }

    [Fact]
    public async Task The_cursor_pages_through_every_service_once()
    {
        foreach (var name in new[] { "Echo", "Alpha", "Delta", "Bravo", "Charlie" }) await Api.AddAsync(Valid(name), Ct);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Anonymous().GetJsonAsync($"{Route}?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"), Ct);
            Assert.True(page["items"]!.AsArray().Count <= 2);
            seen.AddRange(Names(page));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(new[] { "Alpha", "Bravo", "Charlie", "Delta", "Echo" }, seen);
    }

    [Theory]
    [InlineData("for=carersOfCats", "for")]
    [InlineData("for=AdultCarers", "for")]
    [InlineData("need=boredom", "need")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_filters_are_400_naming_the_parameter(string query, string field)
    {
        var problem = await AssertProblem(await Anonymous().GetAsync($"{Route}?{query}", Ct), HttpStatusCode.BadRequest);
        Assert.Equal(new[] { field }, ErrorKeys(problem));
    }

    [Theory]
    // The last Sunday of October 2026 is the 25th: clocks go back at 01:00 UTC.
    [InlineData("2026-10-24T09:30:00Z", true)]   // Saturday 10:30 BST: open (in UTC it would be 09:30, closed)
    [InlineData("2026-10-25T09:30:00Z", false)]  // Sunday 09:30 GMT: closed (at BST it would be 10:30, open)
    [InlineData("2026-10-25T10:30:00Z", true)]   // Sunday 10:30 GMT
    [InlineData("2026-10-24T10:00:00Z", false)]  // Saturday 11:00 BST: closing time is not open
    public async Task Open_now_is_computed_in_London_time_across_the_October_clock_change(string utc, bool open)
    {
        var weekend = Valid("Weekend line");
        weekend["openingHours"] = new JsonArray(Channel("helpline", Slot("saturday", "10:00", "11:00"), Slot("sunday", "10:00", "11:00")));
        await Api.AddAsync(weekend, Ct);

        await using var clocked = Api.At(ClockAt(utc));
        var item = (await clocked.CreateClient().GetJsonAsync(Route, Ct))["items"]![0]!;

        Assert.Equal(open, item["openNow"]!.GetValue<bool>());
        Assert.Equal(open, item["openingHours"]![0]!["openNow"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("2026-12-01T18:30:00Z", true)]   // Tuesday 18:30 GMT: the late helpline
    [InlineData("2026-12-01T19:00:00Z", false)]  // Tuesday 19:00: closed
    [InlineData("2026-12-02T18:30:00Z", false)]  // Wednesday 18:30: closed since 16:00
    [InlineData("2026-07-14T17:30:00Z", true)]   // Tuesday 18:30 BST
    [InlineData("2026-07-14T18:30:00Z", false)]  // Tuesday 19:30 BST
    public async Task The_helpline_is_open_on_a_Tuesday_evening_and_not_on_other_evenings(string utc, bool open)
    {
        await Api.AddAsync(Valid(), Ct);

        await using var clocked = Api.At(ClockAt(utc));
        var item = (await clocked.CreateClient().GetJsonAsync(Route, Ct))["items"]![0]!;

        Assert.Equal(open, item["openNow"]!.GetValue<bool>());
        Assert.All(item["openingHours"]!.AsArray(), channel => Assert.Equal(open, channel!["openNow"]!.GetValue<bool>()));
    }
}
