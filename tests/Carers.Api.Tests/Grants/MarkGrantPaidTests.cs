using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Grants;

/// <summary>Marking paid needs the version the officer read: none is 428, a stale one 412, and nothing is written.</summary>
public sealed class MarkGrantPaidTests(ApiFixture api) : GrantTest(api)
{
    private static readonly object Payment = new { paidOn = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"), paymentReference = "BACS-0042" };

    [Fact]
    public async Task Paying_without_If_Match_is_428_and_at_a_stale_version_412_and_the_pot_is_untouched()
    {
        await SetBudgetAsync();
        var id = (await SubmittedAsync(1))[0];
        var approved = await StepAsync(id, "approval", new { }, "\"v1\"");
        var read = approved.Headers.ETag!.ToString();

        await AssertProblem(await StepAsync(id, "payment", Payment, null), (HttpStatusCode)428);
        await AssertProblem(await StepAsync(id, "payment", Payment, "\"v1\""), HttpStatusCode.PreconditionFailed);

        Assert.Equal("approved", await StatusOfAsync(id));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT sum(paid_pence) FROM grant_pot"));
        var paid = await StepAsync(id, "payment", Payment, read);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal("\"v3\"", paid.Headers.ETag!.ToString());
        Assert.Equal(10000L, await ScalarAsync<long>("SELECT sum(paid_pence) FROM grant_pot"));
    }
}
