using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// The local OpenID Connect provider (dev/Carers.DevIdentity) on a free port of this machine, in
/// this process, with its development clients: the API fetches its discovery document and keys
/// over real HTTP, as it does Entra ID's.
/// </summary>
public sealed class LocalIdentityProvider : IAsyncDisposable
{
    private readonly WebApplicationFactory<DevIdentity.Program> _factory;
    private readonly HttpClient _http = new();

    public LocalIdentityProvider()
    {
        Port = FreePort();
        _factory = new WebApplicationFactory<DevIdentity.Program>()
            .WithWebHostBuilder(b => b.UseEnvironment("Development").UseUrls(Authority));
        _factory.UseKestrel();
        _factory.StartServer();
    }

    public int Port { get; }

    public string Authority => $"http://127.0.0.1:{Port}/";

    /// <summary>Settings for an API (in Development) that trusts this provider.</summary>
    public Dictionary<string, string?> ApiSettings => new()
    {
        ["Authentication:LocalProvider:Authority"] = Authority,
        ["Authentication:LocalProvider:Audience"] = "api://luton-carers-local",
    };

    /// <summary>A client-credentials token, or the provider's error answer.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> ClientCredentialsAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        var response = await _http.PostAsync($"{Authority}connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "carers-api",
        }), cancellationToken);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!);
    }

    /// <summary>The development secret of a client, as in dev/Carers.DevIdentity/appsettings.Development.json.</summary>
    public static string SecretOf(string clientId) => $"{clientId}-development-secret-not-a-secret";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
    }
}
