using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.ServiceDirectory.DirectoryRequests;

namespace Carers.Api.Tests.ServiceDirectory;

/// <summary>Reading one service: public, with structured hours, open now per channel, and 404 once retired.</summary>
public sealed class GetDirectoryServiceTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Anyone_reads_a_service_with_its_hours_and_an_etag()
    {
        var (id, _) = await Api.AddAsync(Valid(needs: ["dementia"]), Ct);

        var response = await Anonymous().GetAsync($"{Route}/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v1\"", response.Headers.ETag!.ToString());
        var service = await ReadJson(response);
        Assert.Equal(("Carers Central", "01632 960001", "LU1 2AB"),
            (service["name"]!.GetValue<string>(), service["phone"]!.GetValue<string>(), service["postcode"]!.GetValue<string>()));
        Assert.Equal("dementia", service["needs"]![0]!.GetValue<string>());
        Assert.Null(service["addressLine2"]);
        var helpline = service["openingHours"]!.AsArray().Single(c => c!["channel"]!.GetValue<string>() == "helpline")!;
        var tuesday = helpline["slots"]!.AsArray().Single(s => s!["day"]!.GetValue<string>() == "tuesday")!;
        Assert.Equal(("10:00", "19:00"), (tuesday["opens"]!.GetValue<string>(), tuesday["closes"]!.GetValue<string>()));
        Assert.Equal(5, helpline["slots"]!.AsArray().Count);
    }

    [Fact]
    public async Task Each_channel_says_whether_it_is_open_now()
    {
        var body = Valid();
        body["openingHours"] = new JsonArray(CarersCentralHours("helpline"), Channel("dropIn", Slot("thursday", "10:00", "13:00")));
        var (id, _) = await Api.AddAsync(body, Ct);

        await using var clocked = Api.At(ClockAt("2026-12-01T18:30:00Z")); // a Tuesday, 18:30 GMT
        var service = await clocked.CreateClient().GetJsonAsync($"{Route}/{id}", Ct);

        var open = service["openingHours"]!.AsArray().ToDictionary(c => c!["channel"]!.GetValue<string>(), c => c!["openNow"]!.GetValue<bool>());
        Assert.Equal(2, open.Count);
        Assert.True(open["helpline"]);
        Assert.False(open["dropIn"]);
        Assert.True(service["openNow"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_service_without_opening_hours_is_never_open_now()
    {
        var body = Valid();
        body.Remove("openingHours");
        var (id, _) = await Api.AddAsync(body, Ct);

        var service = await Anonymous().GetJsonAsync($"{Route}/{id}", Ct);

        Assert.False(service["openNow"]!.GetValue<bool>());
        Assert.Empty(service["openingHours"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_service_is_404()
    {
        await AssertProblem(await Anonymous().GetAsync($"{Route}/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_retired_service_is_404_even_to_a_manager()
    {
        var (id, etag) = await Api.AddAsync(Valid(), Ct);
        await Api.RetireAsync(id, etag, Ct);

        await AssertProblem(await Anonymous().GetAsync($"{Route}/{id}", Ct), HttpStatusCode.NotFound);
        await AssertProblem(await Manager().GetAsync($"{Route}/{id}", Ct), HttpStatusCode.NotFound);
    }
}
