using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Breaks;

/// <summary>Staff move a break at the version they read: no If-Match is 428, a stale one 412, and nothing is written.</summary>
public sealed class MoveBreakTests(ApiFixture api) : BreakTest(api)
{
    [Fact]
    public async Task A_move_without_If_Match_is_428_and_changes_nothing()
    {
        var (_, booked) = await RequestedBreakAsync();
        var id = booked["id"]!.GetValue<string>();
        await AssertProblem(await Assessor().SendIfMatchAsync(HttpMethod.Post, $"/api/breaks/{id}/moves", new { to = "approved" }, null, Ct), (HttpStatusCode)428);
        await AssertProblem(await Assessor().SendIfMatchAsync(HttpMethod.Post, $"/api/breaks/{id}/moves", new { to = "approved" }, "W/\"v1\"", Ct), HttpStatusCode.PreconditionFailed);
        Assert.Equal("requested", await StatusOfAsync(id));
    }

    [Fact]
    public async Task A_move_at_a_version_someone_else_has_changed_is_412_and_writes_nothing()
    {
        var (_, booked) = await RequestedBreakAsync();
        var id = booked["id"]!.GetValue<string>();
        var read = booked["eTag"]!.GetValue<string>();
        var first = await Assessor("assessor-a").SendIfMatchAsync(HttpMethod.Post, $"/api/breaks/{id}/moves", new { to = "approved" }, read, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"v2\"", first.Headers.ETag!.ToString());
        var audits = await CountAsync($"audit_event WHERE action = 'MoveBreak' AND record_id = '{id}'");

        var stale = await Assessor("assessor-b").SendIfMatchAsync(HttpMethod.Post, $"/api/breaks/{id}/moves", new { to = "declined", reason = "No places" }, read, Ct);

        await AssertProblem(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("approved", await StatusOfAsync(id));
        Assert.Equal(audits, await CountAsync($"audit_event WHERE action = 'MoveBreak' AND record_id = '{id}'"));
        Assert.Equal(1, await ScalarAsync<int>("SELECT taken FROM provider_day_usage"));
        // Read again, the latest version moves.
        Assert.Equal(HttpStatusCode.OK, (await Assessor("assessor-b").SendIfMatchAsync(HttpMethod.Post, $"/api/breaks/{id}/moves", new { to = "confirmed" }, "\"v2\"", Ct)).StatusCode);
    }
}
