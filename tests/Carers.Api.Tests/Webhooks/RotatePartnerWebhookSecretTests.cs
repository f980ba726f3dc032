using System.Net;
using System.Net.Http.Json;
using Carers.Api.Features.Webhooks;
using Carers.Api.Tests.Infrastructure;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;
using static Carers.Api.Tests.Webhooks.WebhookSignatureTests;

namespace Carers.Api.Tests.Webhooks;

/// <summary>
/// A manager rotates a partner's secret (If-Match required); for the overlap (24 hours) each delivery carries a
/// signature with the new and with the old secret, so the partner's verifier accepts either; after it, only the new.
/// </summary>
public sealed class RotatePartnerWebhookSecretTests(ApiFixture api) : ApiTest(api)
{
    private const string Route = "/api/partners/CarersCentral/webhook/secret/rotate";

    private static HttpRequestMessage Rotate(string? ifMatch, string route = Route)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, route);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private async Task<string> CurrentETag() =>
        (await ReadJson(await Manager().GetAsync("/api/partners/CarersCentral/deliveries", Ct)))["eTag"]!.GetValue<string>();

    [Fact]
    public async Task Rotating_needs_the_current_etag_answers_a_new_secret_once_and_a_refused_rotation_changes_nothing()
    {
        var old = await RegisterWebhook(Manager(), "https://partner.example.org/hook", Ct);
        var protectedBefore = await ScalarAsync<string>("SELECT protected_secret FROM webhook_subscription");

        await AssertProblem(await Manager().SendAsync(Rotate(null), Ct), (HttpStatusCode)428);
        await AssertProblem(await Manager().SendAsync(Rotate("\"v7\""), Ct), HttpStatusCode.PreconditionFailed);
        Assert.Equal(protectedBefore, await ScalarAsync<string>("SELECT protected_secret FROM webhook_subscription"));
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM webhook_subscription WHERE previous_protected_secret IS NOT NULL"));

        var before = DateTimeOffset.UtcNow;
        var rotated = await Manager("manager-2").SendAsync(Rotate(await CurrentETag()), Ct);

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal("\"v2\"", rotated.Headers.ETag!.ToString());
        Assert.Equal("\"v2\"", await CurrentETag());
        var answer = await ReadJson(rotated);
        var secret = answer["secret"]!.GetValue<string>();
        Assert.Matches("^whsec_[A-Za-z0-9+/]{43}=$", secret);
        Assert.NotEqual(old, secret);
        var until = answer["previousSecretValidUntil"]!.GetValue<DateTimeOffset>();
        Assert.InRange(until, before.AddHours(24).AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(24).AddMinutes(1));
        Assert.Equal(["RotatePartnerWebhookSecret"], (await AuditFor("manager-2")).Select(a => a.action));
        await AssertProblem(await Manager().SendAsync(Rotate("\"v1\""), Ct), HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_partner_with_no_webhook_or_no_such_partner_is_404()
    {
        await AssertProblem(await Manager().SendAsync(Rotate("\"v1\""), Ct), HttpStatusCode.NotFound);
        await AssertProblem(await Manager().SendAsync(Rotate("\"v1\"", "/api/partners/Acme/webhook/secret/rotate"), Ct), HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("webhook_subscription"));
    }

    [Theory]
    [InlineData("Carer")]
    [InlineData("Staff.Assessor")]
    [InlineData("Partner")]
    public async Task Only_managers_rotate_secrets(string role)
    {
        await RegisterWebhook(Manager(), "https://partner.example.org/hook", Ct);
        var client = Api.ClientAs(role, NewSubject("x"), role == "Partner" ? "CarersCentral" : null);

        await AssertProblem(await client.SendAsync(Rotate("\"v1\""), Ct), HttpStatusCode.Forbidden);

        Assert.Equal("\"v1\"", await CurrentETag());
    }

    [Fact]
    public async Task During_the_overlap_each_delivery_verifies_with_either_secret_and_after_it_only_with_the_new_one()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var old = await RegisterWebhook(Manager(), receiver.Url, Ct);
        var rotation = await ReadJson(await Manager().SendAsync(Rotate("\"v1\""), Ct));
        var secret = rotation["secret"]!.GetValue<string>();
        var until = rotation["previousSecretValidUntil"]!.GetValue<DateTimeOffset>();

        await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Rafia"));
        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow), Ct);
        var during = Assert.Single(receiver.Requests);
        // Two signatures, the new secret's first, repeated at the end for the .NET library's verifier (WebhookSecrets.Signatures).
        var signatures = during.Signature.Split(' ');
        Assert.Equal(3, signatures.Length);
        Assert.Equal(signatures[0], signatures[2]);
        Assert.NotEqual(signatures[0], signatures[1]);
        new StandardWebhook(secret).Verify(during.Body, during.Headers);
        new StandardWebhook(old).Verify(during.Body, during.Headers);
        Assert.Throws<StandardWebhooks.Diagnostics.WebhookVerificationException>(() =>
            new StandardWebhook(WebhookSecrets.NewSecret()).Verify(during.Body, during.Headers));
        foreach (var either in new[] { secret, old })
        {
            var node = await NodeVerify(either, during, during.Body, Ct);
            Assert.True(node == (0, "verified"), $"Node: {node}");
        }

        // A minute after the overlap: the partner's clock is then too, so the signature is checked as its library would.
        await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Rafib"));
        await DispatchAt(Api, new FixedClock(until.AddMinutes(1)), Ct);
        var after = receiver.Requests.Last();
        Assert.NotEqual(during.EventId, after.EventId);
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(after.Timestamp, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(until.AddMinutes(1).ToUnixTimeSeconds(), signedAt.ToUnixTimeSeconds());
        Assert.Equal(new StandardWebhook(secret).Sign(after.EventId, signedAt, after.Body), after.Signature);
        Assert.DoesNotContain(new StandardWebhook(old).Sign(after.EventId, signedAt, after.Body), after.Signature, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_the_address_again_ends_the_overlap_at_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterWebhook(Manager(), receiver.Url, Ct);
        var rotated = await Manager().SendAsync(Rotate("\"v1\""), Ct);
        var rotatedSecret = (await ReadJson(rotated))["secret"]!.GetValue<string>();
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/partners/CarersCentral/webhook") { Content = JsonContent.Create(new { url = receiver.Url }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"v2\"");
        var registered = await Manager().SendAsync(request, Ct);
        var secret = (await ReadJson(registered))["secret"]!.GetValue<string>();

        await ReferAsync(Partner("CarersCentral"));
        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow), Ct);

        var delivery = Assert.Single(receiver.Requests);
        Assert.Single(delivery.Signature.Split(' '));
        new StandardWebhook(secret).Verify(delivery.Body, delivery.Headers);
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(rotatedSecret).Verify(delivery.Body, delivery.Headers));
    }

    [Fact]
    public async Task Rotations_racing_with_one_etag_let_exactly_one_through_and_its_secret_is_the_one_that_signs()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterWebhook(Manager(), receiver.Url, Ct);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Manager().SendAsync(Rotate("\"v1\""), Ct)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        Assert.Equal("\"v2\"", await CurrentETag());
        var secret = (await ReadJson(responses.Single(r => r.StatusCode == HttpStatusCode.OK)))["secret"]!.GetValue<string>();
        await ReferAsync(Partner("CarersCentral"));
        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow), Ct);
        var delivery = Assert.Single(receiver.Requests);
        new StandardWebhook(secret).Verify(delivery.Body, delivery.Headers);
    }

    [Fact]
    public async Task Rotating_again_during_the_overlap_keeps_only_the_secret_it_replaces()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var first = await RegisterWebhook(Manager(), receiver.Url, Ct);
        var second = (await ReadJson(await Manager().SendAsync(Rotate("\"v1\""), Ct)))["secret"]!.GetValue<string>();
        var third = (await ReadJson(await Manager().SendAsync(Rotate("\"v2\""), Ct)))["secret"]!.GetValue<string>();

        await ReferAsync(Partner("CarersCentral"));
        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow), Ct);

        var delivery = Assert.Single(receiver.Requests);
        new StandardWebhook(third).Verify(delivery.Body, delivery.Headers);
        new StandardWebhook(second).Verify(delivery.Body, delivery.Headers);
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(first).Verify(delivery.Body, delivery.Headers));
    }

    [Fact]
    public async Task Rotating_one_partners_secret_leaves_the_other_partners_alone()
    {
        await RegisterWebhook(Manager(), "https://partner.example.org/hook", Ct);
        Assert.Equal(HttpStatusCode.OK,
            (await Manager().PutAsJsonAsync("/api/partners/Chums/webhook", new { url = "https://chums.example.org/hook" }, Ct)).StatusCode);
        var chumsBefore = await ScalarAsync<string>("SELECT protected_secret || version FROM webhook_subscription WHERE partner = 'Chums'");

        Assert.Equal(HttpStatusCode.OK, (await Manager().SendAsync(Rotate("\"v1\""), Ct)).StatusCode);

        Assert.Equal(chumsBefore, await ScalarAsync<string>("SELECT protected_secret || version FROM webhook_subscription WHERE partner = 'Chums'"));
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM webhook_subscription WHERE partner = 'Chums' AND previous_protected_secret IS NOT NULL"));
    }
}
