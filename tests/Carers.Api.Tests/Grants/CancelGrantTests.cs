using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Grants;

/// <summary>Cancelling needs the version the officer read: none is 428, a stale one 412, and nothing is written.</summary>
public sealed class CancelGrantTests(ApiFixture api) : GrantTest(api)
{
    [Fact]
    public async Task Cancelling_without_If_Match_is_428_and_at_a_stale_version_412_and_the_commitment_stays()
    {
        await SetBudgetAsync();
        var id = (await SubmittedAsync(1))[0];
        await AssertProblem(await StepAsync(id, "cancellation", null, null), (HttpStatusCode)428);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(id, "approval", new { }, "\"v1\"")).StatusCode);

        await AssertProblem(await StepAsync(id, "cancellation", null, "\"v1\""), HttpStatusCode.PreconditionFailed);

        Assert.Equal("approved", await StatusOfAsync(id));
        Assert.Equal(10000L, await ScalarAsync<long>("SELECT sum(committed_pence) FROM grant_pot"));
        Assert.Equal(0, await CountAsync($"audit_event WHERE action = 'CancelGrant' AND record_id = '{id}'"));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(id, "cancellation", null, "\"v2\"")).StatusCode);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT sum(committed_pence) FROM grant_pot"));
    }

    [Fact]
    public async Task An_unknown_application_is_still_404()
    {
        await AssertProblem(await StepAsync(Guid.NewGuid().ToString(), "cancellation", null, "\"v1\""), HttpStatusCode.NotFound);
    }
}
