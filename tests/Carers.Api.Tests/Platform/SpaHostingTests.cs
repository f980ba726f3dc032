using System.Net;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Infrastructure.Contract;

namespace Carers.Api.Tests.Platform;

/// <summary>The API serves the built SPA on its own origin: files as files, client routes as index.html, API paths never.</summary>
public sealed class SpaHostingTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Assets_are_served_as_themselves_and_client_routes_get_index_html()
    {
        var dist = Directory.CreateTempSubdirectory("carers-spa-");
        Directory.CreateDirectory(Path.Combine(dist.FullName, "assets"));
        await File.WriteAllTextAsync(Path.Combine(dist.FullName, "index.html"), "<!doctype html><title>Luton Carers</title>", Ct);
        await File.WriteAllTextAsync(Path.Combine(dist.FullName, "assets", "app.js"), "console.log('spa');", Ct);
        await using var factory = Api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?> { ["Carers:SpaPath"] = dist.FullName });
        var client = factory.CreateClient();

        var script = await client.GetAsync("/assets/app.js", Ct);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("console.log('spa');", await script.Content.ReadAsStringAsync(Ct));

        var route = await client.GetAsync("/register/check-answers", Ct);
        Assert.Equal("text/html", route.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Luton Carers", await route.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        client.DefaultRequestHeaders.Authorization = new("Bearer", Api.TokenFor("Carer", NewSubject()));
        await AssertProblem(await client.SendOutsideTheContractAsync(HttpMethod.Get, "/api/no-such-thing", "an unknown API path is not the SPA's", cancellationToken: Ct), HttpStatusCode.NotFound);
        dist.Delete(recursive: true);
    }
}
