using System.Net;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Infrastructure.Contract;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Carers.Api.Tests.Platform;

/// <summary>Security headers on every kind of answer (decision 0034).</summary>
public sealed class SecurityHeadersTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Json_problems_health_the_contract_the_spa_page_its_assets_and_404s_all_carry_the_headers()
    {
        var dist = Directory.CreateTempSubdirectory("carers-spa-");
        Directory.CreateDirectory(Path.Combine(dist.FullName, "assets"));
        await File.WriteAllTextAsync(Path.Combine(dist.FullName, "index.html"), "<!doctype html><title>Luton Carers</title>", Ct);
        await File.WriteAllTextAsync(Path.Combine(dist.FullName, "assets", "app.js"), "console.log('spa');", Ct);
        await using var factory = Api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?>
        {
            ["Carers:SpaPath"] = dist.FullName,
            ["SecurityHeaders:ConnectSources:0"] = "https://login.carers.example",
        });
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://carers.example") });
        var carer = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://carers.example") });
        carer.DefaultRequestHeaders.Authorization = new("Bearer", Api.TokenFor("Carer", NewSubject()));

        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["json"] = await carer.GetAsync("/api/directory/services", Ct),
            ["401 problem"] = await client.GetAsync("/api/me/carer", Ct),
            ["404 problem"] = await carer.SendOutsideTheContractAsync(HttpMethod.Get, "/api/no-such-thing", "an unknown path: its 404 has the headers too", cancellationToken: Ct),
            ["400 problem"] = await carer.PostAsync("/api/me/carer", new StringContent("{", System.Text.Encoding.UTF8, "application/json"), Ct),
            ["health"] = await client.GetAsync("/health/live", Ct),
            ["contract"] = await client.GetAsync("/swagger/v1/swagger.json", Ct),
            ["index.html"] = await client.GetAsync("/", Ct),
            ["spa route"] = await client.GetAsync("/register/check-answers", Ct),
            ["asset"] = await client.GetAsync("/assets/app.js", Ct),
            ["missing asset"] = await client.GetAsync("/assets/missing.js", Ct),
        };

        Assert.Equal(HttpStatusCode.OK, answers["index.html"].StatusCode);
        Assert.Equal(HttpStatusCode.OK, answers["asset"].StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, answers["400 problem"].StatusCode);
        foreach (var (kind, response) in answers)
        {
            var csp = Header(response, "Content-Security-Policy", kind);
            foreach (var directive in new[]
                     {
                         "default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
                         "form-action 'self'", "connect-src 'self' https://login.carers.example https://login.microsoftonline.com https://lutoncarers.ciamlogin.com", "img-src 'self' data:",
                     })
            {
                Assert.True(csp.Contains(directive, StringComparison.Ordinal), $"{kind}: CSP lacks {directive}: {csp}");
            }

            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options", kind));
            Assert.Equal("no-referrer", Header(response, "Referrer-Policy", kind));
            Assert.Equal("DENY", Header(response, "X-Frame-Options", kind));
            var permissions = Header(response, "Permissions-Policy", kind);
            foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()" }) Assert.Contains(feature, permissions, StringComparison.Ordinal);
            Assert.StartsWith("max-age=63072000", Header(response, "Strict-Transport-Security", kind), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Server"), $"{kind}: Server header");
        }
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_only_and_never_in_development()
    {
        var overHttp = await Api.Factory.CreateClient().GetAsync("/health/live", Ct);
        await using var development = Api.CreateFactory("Development", localIssuer: true);
        var developmentHttps = await development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://carers.example") })
            .GetAsync("/health/live", Ct);

        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
        Assert.False(developmentHttps.Headers.Contains("Strict-Transport-Security"));
        Assert.True(developmentHttps.Headers.Contains("Content-Security-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name, string kind) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{kind} ({(int)response.StatusCode}) has no {name} header");
}
