using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// A partner's webhook receiver, for real: Kestrel on a loopback port. It can refuse the first
/// requests (503) and answer slowly, and it keeps every request it was sent with its Standard Webhooks headers.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public int FailFirst { get; set; }

    public TimeSpan Delay { get; set; }

    /// <summary>Requests that have arrived, counted before any <see cref="Delay"/>: a test can act while one is held.</summary>
    public int Arrived => Volatile.Read(ref _requests);

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/webhooks/carers", receiver.Receive);
        await app.StartAsync();
        receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/webhooks/carers";
        return receiver;
    }

    private async Task<IResult> Receive(HttpRequest request)
    {
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        var number = Interlocked.Increment(ref _requests);
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay);
        string type;
        try
        {
            type = System.Text.Json.Nodes.JsonNode.Parse(body)?["type"]?.GetValue<string>() ?? "";
        }
        catch (System.Text.Json.JsonException)
        {
            type = "";
        }

        Requests.Enqueue(new Received(
            request.Headers["webhook-id"].ToString(),
            type,
            request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(),
            body,
            number <= FailFirst));
        return number <= FailFirst ? Results.StatusCode(503) : Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One request: the Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature), the type from the body.</summary>
    public sealed record Received(string EventId, string EventType, string Timestamp, string Signature, string Body, bool Refused)
    {
        /// <summary>The headers as a partner's framework would hand them to a Standard Webhooks verifier.</summary>
        public HeaderDictionary Headers => new()
        {
            ["webhook-id"] = EventId,
            ["webhook-timestamp"] = Timestamp,
            ["webhook-signature"] = Signature,
        };
    }
}
