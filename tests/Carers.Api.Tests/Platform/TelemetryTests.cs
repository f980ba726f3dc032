using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Carers.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// Traces and metrics leave over OTLP (http/protobuf) when OTEL_EXPORTER_OTLP_ENDPOINT is set: a
/// real local collector (Kestrel on a loopback port) receives them. The protobuf bodies are not
/// decoded: names travel in them as plain UTF-8, which is enough to see what arrived.
/// </summary>
public sealed class TelemetryTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Traces_of_requests_and_sql_and_the_carers_metrics_arrive_at_the_otlp_endpoint()
    {
        await using var collector = await Collector.StartAsync();
        await using var factory = Api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Url,
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "300",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Api.TokenFor("Carer", NewSubject()));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/me/carer", Ct)).StatusCode);

        await collector.WaitForAsync("/v1/traces", body => body.Contains("/api/me/carer", StringComparison.Ordinal) && body.Contains("carers-api", StringComparison.Ordinal));
        await collector.WaitForAsync("/v1/traces", body => body.Contains("postgresql", StringComparison.Ordinal));
        await collector.WaitForAsync("/v1/metrics", body => body.Contains("http.server.request.duration", StringComparison.Ordinal));
        await collector.WaitForAsync("/v1/metrics", body => body.Contains("carers.outbox.lag", StringComparison.Ordinal)
            && body.Contains("carers.imports.queued", StringComparison.Ordinal));
        Assert.All(collector.Received, r => Assert.Equal("application/x-protobuf", r.ContentType));
    }

    [Fact]
    public void Without_an_endpoint_nothing_is_exported()
    {
        Assert.Null(Api.Factory.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.Null(Api.Factory.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    private sealed class Collector : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private Collector(WebApplication app) => _app = app;

        public ConcurrentQueue<(string Path, string? ContentType, string Body)> Received { get; } = new();

        public string Url { get; private set; } = "";

        public static async Task<Collector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var collector = new Collector(app);
            app.MapPost("/v1/{signal}", async (HttpRequest request) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                // Latin-1 keeps every byte as one character: the UTF-8 names inside stay findable.
                collector.Received.Enqueue((request.Path, request.ContentType, Encoding.Latin1.GetString(body.ToArray())));
                return Results.Ok();
            });
            await app.StartAsync();
            collector.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return collector;
        }

        public async Task WaitForAsync(string path, Func<string, bool> matches)
        {
            for (var i = 0; i < 150; i++)
            {
                if (Received.Any(r => r.Path == path && matches(r.Body))) return;
                await Task.Delay(100, Ct);
            }

            Assert.Fail($"Nothing matching arrived at {path}; received: {string.Join(", ", Received.Select(r => $"{r.Path} ({r.Body.Length} bytes)"))}");
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
