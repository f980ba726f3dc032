using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.SignIn;

/// <summary>GetSignInSettings: the SPA learns where to sign people in from the API's configuration (decision 0033).</summary>
public sealed class GetSignInSettingsTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Anyone_reads_the_staff_and_carers_authorities_client_ids_and_scopes_from_configuration()
    {
        var configured = Api.KeptFactory(new Dictionary<string, string?>
        {
            ["SignIn:Staff:Authority"] = "https://login.example.test/staff-tenant/v2.0",
            ["SignIn:Staff:ClientId"] = "staff-spa",
            ["SignIn:Carers:Authority"] = "https://carers.example.test/carers-tenant/v2.0",
            ["SignIn:Carers:ClientId"] = "carers-spa",
        });

        var response = await configured.CreateClient().GetAsync("/api/sign-in-settings", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("https://login.example.test/staff-tenant/v2.0", body["staff"]!["authority"]!.GetValue<string>());
        Assert.Equal("staff-spa", body["staff"]!["clientId"]!.GetValue<string>());
        Assert.Equal("https://carers.example.test/carers-tenant/v2.0", body["carers"]!["authority"]!.GetValue<string>());
        Assert.Equal("carers-spa", body["carers"]!["clientId"]!.GetValue<string>());
        Assert.Contains("offline_access", body["carers"]!["scope"]!.GetValue<string>().Split(' '));
    }
}
