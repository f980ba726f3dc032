using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Grants;

/// <summary>Declining needs the version the officer read: none is 428, a stale one 412, and nothing is written.</summary>
public sealed class DeclineGrantTests(ApiFixture api) : GrantTest(api)
{
    private static readonly object Reason = new { reason = "Not for this kind of need." };

    [Fact]
    public async Task A_decline_without_If_Match_is_428_and_changes_nothing()
    {
        var id = (await SubmittedAsync(1))[0];
        await AssertProblem(await StepAsync(id, "decline", Reason, null), (HttpStatusCode)428);
        Assert.Equal("submitted", await StatusOfAsync(id));
    }

    [Fact]
    public async Task A_decline_of_an_application_approved_since_it_was_read_is_412_and_writes_nothing()
    {
        await SetBudgetAsync();
        var id = (await SubmittedAsync(1))[0];
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(id, "approval", new { }, "\"v1\"", Officer("officer-a"))).StatusCode);

        await AssertProblem(await StepAsync(id, "decline", Reason, "\"v1\"", Officer("officer-b")), HttpStatusCode.PreconditionFailed);

        Assert.Equal("approved", await StatusOfAsync(id));
        Assert.Equal(0, await CountAsync($"audit_event WHERE action = 'DeclineGrant' AND record_id = '{id}'"));
    }
}
