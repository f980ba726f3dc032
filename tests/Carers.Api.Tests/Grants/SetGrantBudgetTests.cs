using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Grants;

/// <summary>
/// A year's budget carries a version (decision 0030): the first is set with If-Match "v0", each later one with the
/// ETag GetGrantBudget gave; none is 428, a stale one 412, and nothing is written.
/// </summary>
public sealed class SetGrantBudgetTests(ApiFixture api) : GrantTest(api)
{
    private Task<HttpResponseMessage> SetAsync(long totalPence, string? eTag, HttpClient? officer = null) =>
        (officer ?? Officer()).SendIfMatchAsync(HttpMethod.Put, $"/api/grant-budgets/{ThisYear}", new { totalPence }, eTag, Ct);

    private Task<long> TotalAsync() => ScalarAsync<long>("SELECT COALESCE(sum(budget_pence), 0) FROM grant_pot");

    [Fact]
    public async Task The_first_budget_of_a_year_is_set_at_v0_and_its_ETag_comes_back()
    {
        await AssertProblem(await SetAsync(1_000_000, null), (HttpStatusCode)428);
        Assert.Equal(0, await CountAsync("grant_pot"));

        var set = await SetAsync(1_000_000, "\"v0\"");
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("\"v1\"", set.Headers.ETag!.ToString());
        var read = await Officer().GetAsync($"/api/grant-budgets/{ThisYear}", Ct);
        Assert.Equal("\"v1\"", read.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Two_officers_setting_a_budget_from_one_read_the_second_is_412_and_writes_nothing()
    {
        Assert.Equal(HttpStatusCode.OK, (await SetAsync(1_000_000, "\"v0\"")).StatusCode);
        await AssertProblem(await SetAsync(9_000_000, "\"v0\""), HttpStatusCode.PreconditionFailed); // a first budget set twice

        var read = (await Officer().GetAsync($"/api/grant-budgets/{ThisYear}", Ct)).Headers.ETag!.ToString();
        var first = await SetAsync(2_000_000, read, Officer("officer-a"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"v2\"", first.Headers.ETag!.ToString());
        var audits = await CountAsync($"audit_event WHERE action = 'SetGrantBudget' AND record_id = '{ThisYear}'");

        await AssertProblem(await SetAsync(3_000_000, read, Officer("officer-b")), HttpStatusCode.PreconditionFailed);
        await AssertProblem(await SetAsync(3_000_000, null, Officer("officer-b")), (HttpStatusCode)428);

        Assert.Equal(2_000_000L, await TotalAsync());
        Assert.Equal(audits, await CountAsync($"audit_event WHERE action = 'SetGrantBudget' AND record_id = '{ThisYear}'"));
    }

    [Fact]
    public async Task Approvals_do_not_change_the_budgets_version()
    {
        Assert.Equal(HttpStatusCode.OK, (await SetAsync(1_000_000, "\"v0\"")).StatusCode);
        var id = (await SubmittedAsync(1))[0];
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(id, "approval", new { }, "\"v1\"")).StatusCode);
        Assert.Equal("\"v1\"", (await Officer().GetAsync($"/api/grant-budgets/{ThisYear}", Ct)).Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await SetAsync(2_000_000, "\"v1\"")).StatusCode);
    }
}
