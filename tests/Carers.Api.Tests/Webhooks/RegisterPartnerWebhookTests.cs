using System.Net;
using System.Net.Http.Json;
using Carers.Api.Features.Webhooks;
using Carers.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Carers.Api.Tests.Webhooks;

/// <summary>
/// A manager registers a partner's webhook without If-Match the first time; replacing it needs the
/// registration's eTag from the delivery log (none 428, stale 412), so two managers cannot overwrite
/// each other's address and secret unseen.
/// </summary>
public sealed class RegisterPartnerWebhookTests(ApiFixture api) : ApiTest(api)
{
    private const string Route = "/api/partners/CarersCentral/webhook";

    private static HttpRequestMessage Put(string url, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Route) { Content = JsonContent.Create(new { url }) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private async Task<(string? Url, string? ETag)> Registered()
    {
        var log = await ReadJson(await Manager().GetAsync("/api/partners/CarersCentral/deliveries", Ct));
        return (log["url"]?.GetValue<string>(), log["eTag"]?.GetValue<string>());
    }

    [Fact]
    public async Task The_first_registration_needs_no_if_match_and_answers_the_etag_the_delivery_log_shows()
    {
        Assert.Equal((null, null), await Registered());

        var response = await Manager().SendAsync(Put("https://partner.example.org/hook", null), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v1\"", response.Headers.ETag!.ToString());
        Assert.Equal(("https://partner.example.org/hook", "\"v1\""), await Registered());
    }

    [Fact]
    public async Task Replacing_needs_the_current_etag_and_a_refused_replacement_changes_nothing()
    {
        var first = await Manager().SendAsync(Put("https://partner.example.org/hook", null), Ct);
        var secret = (await ReadJson(first))["secret"]!.GetValue<string>();
        var etag = first.Headers.ETag!.ToString();

        await AssertProblem(await Manager("manager-2").SendAsync(Put("https://other.example.org/hook", null), Ct), (HttpStatusCode)428);
        await AssertProblem(await Manager("manager-2").SendAsync(Put("https://other.example.org/hook", "\"v7\""), Ct), HttpStatusCode.PreconditionFailed);
        await AssertProblem(await Manager("manager-2").SendAsync(Put("https://other.example.org/hook", "not-an-etag"), Ct), HttpStatusCode.PreconditionFailed);
        Assert.Equal(("https://partner.example.org/hook", etag), await Registered());
        var kept = await ScalarAsync<string>("SELECT protected_secret FROM webhook_subscription WHERE partner = 'CarersCentral'");
        Assert.Equal(secret, Api.Factory.Services.GetRequiredService<WebhookSecrets>().Unprotect(kept!));

        var replaced = await Manager("manager-2").SendAsync(Put("https://other.example.org/hook", etag), Ct);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"v2\"", replaced.Headers.ETag!.ToString());
        Assert.NotEqual(secret, (await ReadJson(replaced))["secret"]!.GetValue<string>());
        await AssertProblem(await Manager().SendAsync(Put("https://partner.example.org/hook", etag), Ct), HttpStatusCode.PreconditionFailed);
        Assert.Equal(("https://other.example.org/hook", "\"v2\""), await Registered());
        Assert.Equal(["RegisterPartnerWebhook"], (await AuditFor("manager-2")).Select(a => a.action));
    }

    [Fact]
    public async Task An_if_match_for_a_registration_that_does_not_exist_is_412_and_registers_nothing()
    {
        await AssertProblem(await Manager().SendAsync(Put("https://partner.example.org/hook", "\"v1\""), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal(0, await CountAsync("webhook_subscription"));
    }

    [Fact]
    public async Task Two_first_registrations_at_once_make_one_registration_and_one_412()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Manager($"manager-{i}").SendAsync(Put($"https://partner{i}.example.org/hook", null), Ct)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.True(a.StatusCode is HttpStatusCode.PreconditionFailed or (HttpStatusCode)428, a.StatusCode.ToString()));
        Assert.Equal(1, await CountAsync("webhook_subscription"));
    }
}
