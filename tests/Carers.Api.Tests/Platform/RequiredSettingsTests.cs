using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Platform;

/// <summary>Production refuses to start without its settings, and names every one at fault in one message.</summary>
public sealed class RequiredSettingsTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public void Production_without_its_settings_refuses_to_start_naming_each_missing_or_invalid_setting_at_once()
    {
        using var production = Api.CreateFactory("Production", localIssuer: false, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Carers"] = "",
            ["GpFlags:SubjectHashKey"] = "",
            ["AzureAd:Instance"] = "http://login.invalid/",
            ["AzureAdExternal:ClientId"] = "not-a-guid",
            ["Carers:ForwardedHeaders:KnownProxies:0"] = "not-an-address",
            ["SecurityHeaders:ConnectSources:0"] = "http://login.invalid/path",
            ["SignIn:Carers:Authority"] = "http://login.invalid/tenant/v2.0",
        });

        var error = Assert.ThrowsAny<Exception>(() => production.Server).ToString();

        foreach (var named in new[]
                 {
                     "ConnectionStrings:Carers is missing", "GpFlags:SubjectHashKey is missing", "AzureAd:Instance is not an https URL",
                     "AzureAd:TenantId is missing", "AzureAd:ClientId is missing", "AzureAdExternal:TenantId is missing",
                     "AzureAdExternal:ClientId is not a client id", "Partners:CarersCentral:ClientId is missing", "Partners:Chums:ClientId is missing",
                     "Carers:ForwardedHeaders:KnownProxies:0", "SecurityHeaders:ConnectSources:0",
                     "SignIn:Staff:ClientId is missing", "SignIn:Carers:ClientId is missing", "SignIn:Carers:Authority is not an https URL",
                     "Notify:ApiKey is missing", "Notify:Templates:Email is missing", "Notify:Templates:Sms is missing",
                     "Notify:Templates:Letter is missing", "Notify:Templates:LargePrintLetter is missing",
                     "DataProtection:KeyRingPath is missing",
                 })
        {
            Assert.Contains(named, error, StringComparison.Ordinal);
        }

        Assert.Contains("20 setting(s) missing or invalid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_local_Notify_servers_key_is_not_accepted_in_production()
    {
        var settings = new Dictionary<string, string?>(ProductionTests.Settings)
        {
            ["Notify:ApiKey"] = "carers_local_development-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0",
        };
        using var production = Api.CreateFactory("Production", localIssuer: false, settings);

        var error = Assert.ThrowsAny<Exception>(() => production.Server).ToString();

        Assert.Contains("1 setting(s) missing or invalid", error, StringComparison.Ordinal);
        Assert.Contains("Notify:ApiKey is not a GOV.UK Notify API key for production", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_development_secret_is_not_accepted_in_production()
    {
        var settings = new Dictionary<string, string?>(ProductionTests.Settings) { ["GpFlags:SubjectHashKey"] = "local-development-subject-hash-key-not-a-secret" };
        using var production = Api.CreateFactory("Production", localIssuer: false, settings);

        var error = Assert.ThrowsAny<Exception>(() => production.Server).ToString();

        Assert.Contains("1 setting(s) missing or invalid", error, StringComparison.Ordinal);
        Assert.Contains("GpFlags:SubjectHashKey is not a production secret", error, StringComparison.Ordinal);
    }
}
