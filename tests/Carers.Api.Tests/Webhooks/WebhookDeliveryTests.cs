using System.Net;
using System.Net.Http.Json;
using Carers.Api.Features.Webhooks;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Webhooks;

/// <summary>Outbox events reach partners' webhooks: signed, retried with backoff, never lost.</summary>
public sealed class WebhookDeliveryTests(ApiFixture api) : ApiTest(api)
{
    private static readonly Dictionary<string, string?> FastDispatcher = new()
    {
        ["Carers:Outbox:Enabled"] = "true",
        ["Carers:Outbox:PollMilliseconds"] = "50",
        ["Carers:Outbox:FirstBackoffSeconds"] = "0.05",
        ["Carers:Outbox:MaxBackoffSeconds"] = "0.2",
        ["Carers:Outbox:BatchSize"] = "2",
    };

    private async Task<string> RegisterWebhook(string partner, string url)
    {
        var response = await Manager().PutAsJsonAsync($"/api/partners/{partner}/webhook", new { url }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadJson(response))["secret"]!.GetValue<string>();
    }

    private async Task<long> Undelivered()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox_message WHERE delivered_at IS NULL");
    }

    private async Task WaitUntilAllDelivered(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (await Undelivered() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Events still undelivered after {limit}.");
            await Task.Delay(100, Ct);
        }
    }

    [Fact]
    public async Task Every_event_arrives_signed_even_when_the_partner_fails_the_first_attempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.FailFirst = 7;
        var secret = await RegisterWebhook("CarersCentral", receiver.Url);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++) ids.Add(await ReferAsync(Partner("CarersCentral"), Referral(givenName: $"Rafi{(char)('a' + i)}")));

        await using (var running = Api.CreateFactory("Testing", localIssuer: true, FastDispatcher))
        {
            _ = running.Server;
            await WaitUntilAllDelivered(TimeSpan.FromSeconds(30));
        }

        var accepted = receiver.Requests.Where(r => !r.Refused).ToList();
        Assert.True(receiver.Requests.Count(r => r.Refused) == 7);
        Assert.All(receiver.Requests, r => new StandardWebhooks.StandardWebhook(secret).Verify(r.Body, r.Headers));
        Assert.All(accepted, r => Assert.Equal("carer.referred", r.EventType));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var eventIds = (await connection.QueryAsync<Guid>("SELECT id FROM outbox_message")).Select(g => g.ToString()).ToHashSet();
        Assert.Equal(eventIds, accepted.Select(r => r.EventId).ToHashSet());
        Assert.All(ids, id => Assert.Contains(accepted, r => r.Body.Contains(id.ToString(), StringComparison.Ordinal)));
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM webhook_delivery WHERE outcome = 'failed'") >= 1);
    }

    [Fact]
    public async Task A_dispatcher_stopped_mid_delivery_and_started_again_loses_nothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        // The receiver holds each request for 2 seconds, and the first dispatcher is stopped as soon as
        // one has arrived: on a busy machine a shorter hold let all eight finish before the stop.
        receiver.Delay = TimeSpan.FromSeconds(2);
        await RegisterWebhook("CarersCentral", receiver.Url);
        for (var i = 0; i < 8; i++) await ReferAsync(Partner("CarersCentral"), Referral(givenName: $"Rafi{(char)('a' + i)}"));

        await using (var first = Api.CreateFactory("Testing", localIssuer: true, FastDispatcher))
        {
            _ = first.Server;
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (receiver.Arrived == 0 && DateTime.UtcNow < deadline) await Task.Delay(20, Ct);
            Assert.True(receiver.Arrived > 0, "The first dispatcher never delivered.");
        }

        Assert.True(await Undelivered() > 0, "The first dispatcher should have been stopped before it finished.");
        receiver.Delay = TimeSpan.Zero;
        await using (var second = Api.CreateFactory("Testing", localIssuer: true, FastDispatcher))
        {
            _ = second.Server;
            await WaitUntilAllDelivered(TimeSpan.FromSeconds(30));
        }

        var distinct = receiver.Requests.Where(r => !r.Refused).Select(r => r.EventId).Distinct().Count();
        Assert.Equal(8, distinct);
    }

    [Fact]
    public async Task Two_dispatchers_side_by_side_deliver_each_event_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(20);
        await RegisterWebhook("CarersCentral", receiver.Url);
        for (var i = 0; i < 10; i++) await ReferAsync(Partner("CarersCentral"), Referral(givenName: $"Rafi{(char)('a' + i)}"));

        await using (var one = Api.CreateFactory("Testing", localIssuer: true, FastDispatcher))
        await using (var two = Api.CreateFactory("Testing", localIssuer: true, FastDispatcher))
        {
            _ = one.Server;
            _ = two.Server;
            await WaitUntilAllDelivered(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(10, receiver.Requests.Count);
        Assert.Equal(10, receiver.Requests.Select(r => r.EventId).Distinct().Count());
    }

    [Fact]
    public async Task An_event_another_instance_holds_is_not_sent_until_its_lease_runs_out_and_then_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterWebhook("CarersCentral", receiver.Url);
        await ReferAsync(Partner("CarersCentral"), Referral());
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("UPDATE outbox_message SET claimed_by = 'other/1/x', lease_until = now() + interval '5 minutes'");

        await using (var running = Api.CreateFactory("Testing", localIssuer: true, FastDispatcher))
        {
            _ = running.Server;
            // Thirty polls of the dispatcher while the other instance's lease lasts: nothing goes out.
            await Task.Delay(1500, Ct);
            Assert.Equal(0, receiver.Arrived);
            await connection.ExecuteAsync("UPDATE outbox_message SET lease_until = now() - interval '1 second'");
            await WaitUntilAllDelivered(TimeSpan.FromSeconds(30));
        }

        Assert.Single(receiver.Requests);
        Assert.Null(await connection.ExecuteScalarAsync<string>("SELECT claimed_by FROM outbox_message"));
    }

    [Fact]
    public async Task Staff_see_the_delivery_log_and_replay_an_event_with_the_same_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterWebhook("CarersCentral", receiver.Url);
        await ReferAsync(Partner("CarersCentral"));
        await using (var running = Api.CreateFactory("Testing", localIssuer: true, FastDispatcher))
        {
            _ = running.Server;
            await WaitUntilAllDelivered(TimeSpan.FromSeconds(30));

            var log = await ReadJson(await Manager().GetAsync("/api/partners/CarersCentral/deliveries", Ct));
            Assert.Equal(receiver.Url, log["url"]!.GetValue<string>());
            var delivery = log["deliveries"]!["items"]![0]!;
            Assert.Equal("delivered", delivery["outcome"]!.GetValue<string>());
            var eventId = delivery["eventId"]!.GetValue<string>();

            Assert.Equal(HttpStatusCode.Accepted, (await Manager().PostAsync($"/api/partners/CarersCentral/events/{eventId}/replay", null, Ct)).StatusCode);
            await WaitUntilAllDelivered(TimeSpan.FromSeconds(30));
            Assert.Equal(2, receiver.Requests.Count(r => r.EventId == eventId));
        }
    }

    [Fact]
    public async Task Events_wait_for_a_partner_with_no_webhook_and_are_not_lost()
    {
        await ReferAsync(Partner("CarersCentral"));
        await using (var running = Api.CreateFactory("Testing", localIssuer: true, FastDispatcher))
        {
            _ = running.Server;
            await Task.Delay(500, Ct);
        }

        Assert.Equal(1, await Undelivered());
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM webhook_delivery WHERE outcome = 'noSubscription'") >= 1);
    }

    [Theory]
    [InlineData("http://partner.example.org/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://192.168.0.5/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://user:pass@partner.example.org/hook")]
    [InlineData("not a url")]
    public async Task Outside_development_only_public_https_addresses_are_accepted(string url)
    {
        var strict = Api.KeptFactory(new Dictionary<string, string?> { ["Carers:Outbox:AllowPrivateAddresses"] = "false" });
        var client = strict.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Api.TokenFor("Staff.Manager", "manager-1"));

        var response = await client.PutAsJsonAsync("/api/partners/CarersCentral/webhook", new { url }, Ct);

        Assert.Contains("url", ErrorKeys(await AssertProblem(response, HttpStatusCode.BadRequest)));
        Assert.Equal(0, await CountAsync("webhook_subscription"));
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/partners/CarersCentral/webhook", new { url = "https://partner.example.org/hook" }, Ct)).StatusCode);
    }

    [Fact]
    public void Private_and_loopback_addresses_are_recognised()
    {
        foreach (var address in new[] { "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "::1", "fd00::1", "::ffff:10.0.0.1" })
        {
            Assert.True(WebhookAddress.IsPrivate(IPAddress.Parse(address)), address);
        }

        Assert.False(WebhookAddress.IsPrivate(IPAddress.Parse("51.140.1.1")));
    }

    [Theory]
    [InlineData("Carer")]
    [InlineData("Staff.Assessor")]
    [InlineData("Partner")]
    public async Task Only_managers_register_webhooks_or_read_deliveries(string role)
    {
        var client = Api.ClientAs(role, NewSubject("x"), role == "Partner" ? "CarersCentral" : null);
        await AssertProblem(await client.PutAsJsonAsync("/api/partners/CarersCentral/webhook", new { url = "https://partner.example.org/hook" }, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await client.GetAsync("/api/partners/CarersCentral/deliveries", Ct), HttpStatusCode.Forbidden);
        Assert.Equal(0, await CountAsync("webhook_subscription"));
    }

    [Fact]
    public async Task An_unknown_partner_is_404()
    {
        await AssertProblem(await Manager().GetAsync("/api/partners/Acme/deliveries", Ct), HttpStatusCode.NotFound);
    }
}
