using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Features.Webhooks;
using Carers.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Carers.Api.Tests.Webhooks;

/// <summary>
/// Deliveries follow Standard Webhooks (decision 0042): a partner verifies them with the published library, not with our
/// code, and the library refuses a tampered body, another secret and a timestamp outside its tolerance (5 minutes).
/// The dispatcher is driven by hand on the clocked API, so each delivery is signed at the time the test chooses.
/// </summary>
public sealed class WebhookSignatureTests(ApiFixture api) : ApiTest(api)
{
    internal static async Task<string> RegisterWebhook(HttpClient manager, string url, CancellationToken ct)
    {
        var response = await manager.PutAsJsonAsync("/api/partners/CarersCentral/webhook", new { url }, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadJson(response))["secret"]!.GetValue<string>();
    }

    /// <summary>Sends every event due, signed at the clock's time, from the clocked API's own dispatcher.</summary>
    internal static async Task DispatchAt(ApiFixture api, FixedClock clock, CancellationToken ct)
    {
        await using var clocked = api.At(clock);
        var dispatcher = clocked.Services.GetServices<IHostedService>().OfType<WebhookDispatcher>().Single();
        while (await dispatcher.DispatchBatchAsync(ct) > 0)
        {
        }
    }

    [Fact]
    public async Task A_delivery_verifies_with_the_Standard_Webhooks_library_and_a_tampered_body_or_another_secret_does_not()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var secret = await RegisterWebhook(Manager(), receiver.Url, Ct);
        Assert.Matches("^whsec_[A-Za-z0-9+/]{43}=$", secret);
        var carerId = await ReferAsync(Partner("CarersCentral"));

        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow), Ct);

        var delivery = Assert.Single(receiver.Requests);
        new StandardWebhook(secret).Verify(delivery.Body, delivery.Headers);
        var body = JsonNode.Parse(delivery.Body)!;
        Assert.Equal(("carer.referred", 1, "CarersCentral"), (body["type"]!.GetValue<string>(), body["version"]!.GetValue<int>(), body["partner"]!.GetValue<string>()));
        Assert.Equal(delivery.EventId, body["id"]!.GetValue<string>());
        Assert.Equal(carerId.ToString(), body["data"]!["carerId"]!.GetValue<string>());
        Assert.True(Guid.TryParse(body["data"]!["referralId"]!.GetValue<string>(), out _));

        var tampered = delivery.Body.Replace(carerId.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal);
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(secret).Verify(tampered, delivery.Headers));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(WebhookSecrets.NewSecret()).Verify(delivery.Body, delivery.Headers));
        var otherId = new Microsoft.AspNetCore.Http.HeaderDictionary
        {
            ["webhook-id"] = Guid.NewGuid().ToString(), ["webhook-timestamp"] = delivery.Timestamp, ["webhook-signature"] = delivery.Signature,
        };
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(secret).Verify(delivery.Body, otherId));
    }

    /// <summary>
    /// A partner on Node verifies with the npm standardwebhooks library (tests/standard-webhooks-node, installed by
    /// test.sh): a delivery verifies, a tampered one does not.
    /// </summary>
    [Fact]
    public async Task A_delivery_verifies_with_the_npm_standardwebhooks_library_too_and_a_tampered_one_does_not()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var secret = await RegisterWebhook(Manager(), receiver.Url, Ct);
        var carerId = await ReferAsync(Partner("CarersCentral"));
        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow), Ct);
        var delivery = Assert.Single(receiver.Requests);

        var verified = await NodeVerify(secret, delivery, delivery.Body, Ct);
        var tampered = await NodeVerify(secret, delivery, delivery.Body.Replace(carerId.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal), Ct);

        Assert.True(verified == (0, "verified"), $"Node: {verified}");
        Assert.True(tampered.ExitCode == 1 && tampered.Output.StartsWith("refused:", StringComparison.Ordinal), $"Node: {tampered}");
    }

    internal static async Task<(int ExitCode, string Output)> NodeVerify(string secret, WebhookReceiver.Received delivery, string body, CancellationToken ct)
    {
        var start = new System.Diagnostics.ProcessStartInfo("node", ["verify.mjs"])
        {
            WorkingDirectory = Path.Combine(TestDatabase.RepositoryRoot(), "tests", "standard-webhooks-node"),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var headers = new Dictionary<string, string>
        {
            ["webhook-id"] = delivery.EventId, ["webhook-timestamp"] = delivery.Timestamp, ["webhook-signature"] = delivery.Signature,
        };
        await process.StandardInput.WriteAsync(System.Text.Json.JsonSerializer.Serialize(new { secret, headers, body }));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, ((await output) + (await error)).Trim());
    }

    [Fact]
    public async Task A_delivery_signed_more_than_five_minutes_from_the_partners_clock_is_rejected_either_way()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var secret = await RegisterWebhook(Manager(), receiver.Url, Ct);

        await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Rafia"));
        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-10)), Ct);
        await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Rafib"));
        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow.AddMinutes(10)), Ct);
        await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Rafic"));
        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-4)), Ct);

        var deliveries = receiver.Requests.ToList();
        Assert.Equal(3, deliveries.Count);
        var old = Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(secret).Verify(deliveries[0].Body, deliveries[0].Headers));
        Assert.Contains("too old", old.Message, StringComparison.Ordinal);
        var early = Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(secret).Verify(deliveries[1].Body, deliveries[1].Headers));
        Assert.Contains("too new", early.Message, StringComparison.Ordinal);
        new StandardWebhook(secret).Verify(deliveries[2].Body, deliveries[2].Headers);
    }

    [Fact]
    public async Task An_outbox_payload_that_does_not_fit_its_events_schema_is_not_sent_and_the_failure_is_recorded()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterWebhook(Manager(), receiver.Url, Ct);
        await using (var connection = new Npgsql.NpgsqlConnection(Api.ConnectionString))
        {
            await Dapper.SqlMapper.ExecuteAsync(connection,
                "INSERT INTO outbox_message (event_type, partner, payload) VALUES ('carer.referred', 'CarersCentral', jsonb_build_object('carerId', gen_random_uuid()))");
        }

        await DispatchAt(Api, new FixedClock(DateTimeOffset.UtcNow), Ct);

        Assert.Empty(receiver.Requests);
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM outbox_message WHERE delivered_at IS NULL AND attempts = 1 AND last_error IS NOT NULL"));
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM webhook_delivery WHERE outcome = 'failed'"));
    }
}
