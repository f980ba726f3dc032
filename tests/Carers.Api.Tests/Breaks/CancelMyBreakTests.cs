using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Breaks;

/// <summary>A carer cancels a break at the version in their list: no If-Match is 428, a stale one 412, and nothing is written.</summary>
public sealed class CancelMyBreakTests(ApiFixture api) : BreakTest(api)
{
    [Fact]
    public async Task The_carers_list_gives_each_break_its_eTag_and_a_cancel_without_If_Match_is_428()
    {
        var (carer, booked) = await RequestedBreakAsync();
        var id = booked["id"]!.GetValue<string>();
        var mine = (await ReadJson(await carer.GetAsync("/api/me/carer/breaks", Ct)))["items"]![0]!;
        Assert.Equal("\"v1\"", mine["eTag"]!.GetValue<string>());

        await AssertProblem(await carer.SendIfMatchAsync(HttpMethod.Post, $"/api/me/carer/breaks/{id}/cancellation", null, null, Ct), (HttpStatusCode)428);
        Assert.Equal("requested", await StatusOfAsync(id));
        Assert.Equal(1, await ScalarAsync<int>("SELECT taken FROM provider_day_usage"));
    }

    [Fact]
    public async Task Cancelling_a_break_staff_have_moved_since_is_412_and_gives_nothing_back()
    {
        var (carer, booked) = await RequestedBreakAsync();
        var id = booked["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await Assessor().MoveBreakAsync(Api, id, new { to = "approved" }, Ct)).StatusCode);

        await AssertProblem(await carer.SendIfMatchAsync(HttpMethod.Post, $"/api/me/carer/breaks/{id}/cancellation", null, booked["eTag"]!.GetValue<string>(), Ct),
            HttpStatusCode.PreconditionFailed);

        Assert.Equal("approved", await StatusOfAsync(id));
        Assert.Equal(1, await ScalarAsync<int>("SELECT taken FROM provider_day_usage"));
        var cancelled = await carer.SendIfMatchAsync(HttpMethod.Post, $"/api/me/carer/breaks/{id}/cancellation", null, "\"v2\"", Ct);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("\"v3\"", cancelled.Headers.ETag!.ToString());
        Assert.Equal(0, await ScalarAsync<int>("SELECT taken FROM provider_day_usage"));
    }
}
