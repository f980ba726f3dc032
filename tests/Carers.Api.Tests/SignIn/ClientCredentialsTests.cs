using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Carers.Api.Tests.GpFlags;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Infrastructure.Contract;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Carers.Api.Tests.SignIn;

/// <summary>
/// Partners' apps and GP systems sign in with OAuth2 client credentials (decision 0033): here
/// against the local OpenID Connect provider, which the API trusts through its discovery
/// document and keys, as production trusts Entra ID.
/// </summary>
public sealed class ClientCredentialsTests(ApiFixture api, LocalIdentityProvider provider) : ApiTest(api), IClassFixture<LocalIdentityProvider>
{
    private CheckedFactory TrustingApi => Api.KeptFactory(provider.ApiSettings, "Development");

    private async Task<HttpClient> SignedInAsync(string clientId)
    {
        var (status, body) = await provider.ClientCredentialsAsync(clientId, LocalIdentityProvider.SecretOf(clientId), Ct);
        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        var client = TrustingApi.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body["access_token"]!.GetValue<string>());
        return client;
    }

    [Fact]
    public async Task A_partner_signed_in_with_client_credentials_lists_its_carers()
    {
        var partner = await SignedInAsync("carers-central");

        var response = await partner.GetAsync("/api/partner/carers", Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_gp_system_signed_in_with_client_credentials_records_a_flag_for_its_own_practice()
    {
        var gp = await SignedInAsync("gp-a12345");

        var response = await gp.PostAsync("/fhir/Flag",
            new StringContent(FhirFlagTests.CarerFlag(ods: "A12345").ToJson(), Encoding.UTF8, "application/fhir+json"), Ct);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_token_the_provider_issued_for_another_api_is_refused_with_401()
    {
        var other = await SignedInAsync("another-councils-app");

        var response = await other.GetAsync("/api/partner/carers", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_partner_with_the_wrong_secret_gets_no_token()
    {
        var (status, body) = await provider.ClientCredentialsAsync("carers-central", "not-the-secret", Ct);

        // RFC 6749 §5.2: a client that fails to authenticate is answered 401 invalid_client.
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid_client", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_local_issuers_tokens_still_work_beside_the_provider()
    {
        var client = TrustingApi.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor("Partner", "chums-system", "Chums"));

        var response = await client.GetAsync("/api/partner/carers", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void The_provider_refuses_to_start_in_production()
    {
        using var production = new WebApplicationFactory<DevIdentity.Program>()
            .WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var refused = Assert.ThrowsAny<Exception>(() => production.Server);

        Assert.Contains("only in Development or Testing", refused.ToString(), StringComparison.Ordinal);
    }
}
