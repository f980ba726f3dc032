using System.Net;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Infrastructure.Contract;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// X-Forwarded-For is believed only from a listed proxy: the rate limiter's anonymous partition (the
/// caller's address) shows which address the API took.
/// </summary>
public sealed class ForwardedHeadersTests(ApiFixture api) : ApiTest(api)
{
    private const string Proxy = "10.20.30.40";

    [Fact]
    public async Task An_unlisted_senders_forwarded_for_is_ignored()
    {
        await using var factory = WithPeer(new Dictionary<string, string?> { ["Carers:ForwardedHeaders:KnownProxies:0"] = "10.99.99.99" });
        var client = factory.CreateClient();

        var first = await SendAsync(client, forwardedFor: "203.0.113.1");
        var second = await SendAsync(client, forwardedFor: "203.0.113.2");

        // Both came from the sender's own address, whatever they claimed: one partition, one permit.
        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task A_listed_proxys_forwarded_for_and_proto_are_used()
    {
        await using var factory = WithPeer(new Dictionary<string, string?> { ["Carers:ForwardedHeaders:KnownNetworks:0"] = "10.20.0.0/16" });
        var client = factory.CreateClient();

        var first = await SendAsync(client, forwardedFor: "203.0.113.1", proto: "https");
        var other = await SendAsync(client, forwardedFor: "203.0.113.2");
        var firstAgain = await SendAsync(client, forwardedFor: "203.0.113.1");

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
        // The proxy said the caller used https: HSTS (sent over https only) says the API believed it.
        Assert.True(first.Headers.Contains("Strict-Transport-Security"));
        Assert.False(other.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task By_default_no_proxy_is_believed()
    {
        await using var factory = WithPeer([]);
        var client = factory.CreateClient();

        var first = await SendAsync(client, forwardedFor: "203.0.113.1", proto: "https");
        var second = await SendAsync(client, forwardedFor: "203.0.113.2");

        Assert.False(first.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string forwardedFor, string? proto = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/carer");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (proto is not null) request.Headers.Add("X-Forwarded-Proto", proto);
        return await client.SendAsync(request, Ct);
    }

    /// <summary>The test server has no socket: every request arrives from <see cref="Proxy"/>, one permit a caller.</summary>
    private CheckedFactory WithPeer(Dictionary<string, string?> settings)
    {
        settings["Carers:RateLimit:PermitLimit"] = "1";
        settings["Carers:RateLimit:WindowSeconds"] = "60";
        return Api.CreateFactory("Testing", localIssuer: true, settings).WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FromProxy>()));
    }

    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
