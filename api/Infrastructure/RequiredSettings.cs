using Carers.Api.Infrastructure.Auth;
using Npgsql;

namespace Carers.Api.Infrastructure;

/// <summary>
/// Outside Development and Testing the API refuses to start unless every identity, database and
/// secret setting it needs is present and well formed, and it says so once, naming every setting
/// at fault (decision 0034), rather than failing on the first one or at the first request.
/// Settings that have a safe default in appsettings.json are not listed here.
/// </summary>
public static class RequiredSettings
{
    public static WebApplicationBuilder CheckRequiredSettings(this WebApplicationBuilder builder)
    {
        var problems = Problems(builder.Configuration, builder.Environment);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The API cannot start in {builder.Environment.EnvironmentName}: {problems.Count} setting(s) missing or invalid:"
                + string.Concat(problems.Select(p => "\n - " + p)));
        }

        return builder;
    }

    public static List<string> Problems(IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = new List<string>();
        problems.AddRange(ForwardedHeadersSetup.Read(configuration).Invalid);
        if (AuthSetup.LocalIssuerAllowed(environment)) return problems;

        if (configuration.GetValue<bool>("Authentication:LocalIssuer:Enabled"))
        {
            problems.Add("Authentication:LocalIssuer:Enabled: the local token issuer is for Development and tests only; set it to false.");
        }

        ConnectionString(configuration, "Carers", required: true, problems);
        ConnectionString(configuration, "CarersReports", required: false, problems);

        foreach (var section in new[] { "AzureAd", "AzureAdExternal" })
        {
            HttpsUrl(configuration, $"{section}:Instance", problems);
            Required(configuration, $"{section}:TenantId", problems);
            ClientId(configuration, $"{section}:ClientId", problems);
        }

        // What the SPA signs people in with (GetSignInSettings) and where partners get their tokens (the contract).
        foreach (var audience in new[] { "Staff", "Carers" })
        {
            HttpsUrl(configuration, $"SignIn:{audience}:Authority", problems);
            ClientId(configuration, $"SignIn:{audience}:ClientId", problems);
        }

        HttpsUrl(configuration, "SignIn:Machines:TokenUrl", problems);

        foreach (var partner in PartnerNames.All)
        {
            ClientId(configuration, $"Partners:{partner}:ClientId", problems);
        }

        var hashKey = configuration["GpFlags:SubjectHashKey"];
        if (string.IsNullOrWhiteSpace(hashKey)) problems.Add("GpFlags:SubjectHashKey is missing (a secret of 32 characters or more, from the vault).");
        else if (hashKey.Length < 32 || hashKey.Contains("not-a-secret", StringComparison.OrdinalIgnoreCase))
            problems.Add("GpFlags:SubjectHashKey is not a production secret (32 characters or more, not a development value).");

        // The key ring that encrypts partners' webhook secrets (decision 0042).
        KeyRing.Check(configuration, problems);

        // GOV.UK Notify (decision 0037): the API key from the vault and the four generic templates, each a GUID.
        HttpsUrl(configuration, "Notify:BaseUrl", problems);
        var notifyKey = configuration["Notify:ApiKey"];
        if (string.IsNullOrWhiteSpace(notifyKey)) problems.Add("Notify:ApiKey is missing (the GOV.UK Notify live API key, from the vault).");
        else if (!IsNotifyKey(notifyKey) || notifyKey.StartsWith(DevelopmentNotifyKeyPrefix, StringComparison.Ordinal))
            problems.Add("Notify:ApiKey is not a GOV.UK Notify API key for production (name-serviceid-secret, not the local development key).");
        foreach (var template in new[] { "Email", "Sms", "Letter", "LargePrintLetter" })
        {
            var value = configuration[$"Notify:Templates:{template}"];
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"Notify:Templates:{template} is missing (a template id, a GUID).");
            else if (!Guid.TryParse(value, out _)) problems.Add($"Notify:Templates:{template} is not a template id (a GUID).");
        }

        foreach (var (source, i) in (configuration.GetSection(SecurityHeaders.ConnectSourcesKey).Get<string[]>() ?? []).Select((s, i) => (s, i)))
        {
            if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.PathAndQuery != "/")
                problems.Add($"{SecurityHeaders.ConnectSourcesKey}:{i} (\"{source}\") is not an https origin (https://host[:port]).");
        }

        if (configuration[TelemetrySetup.EndpointKey] is { Length: > 0 } otlp && !Uri.TryCreate(otlp, UriKind.Absolute, out _))
        {
            problems.Add($"{TelemetrySetup.EndpointKey} (\"{otlp}\") is not an absolute URL.");
        }

        return problems;
    }

    /// <summary>The name the local Notify server's key has (dev/Carers.DevNotify): never accepted outside Development and tests.</summary>
    public const string DevelopmentNotifyKeyPrefix = "carers_local_development-";

    /// <summary>A Notify API key ends with the service id and the secret, two GUIDs (its client reads them from there).</summary>
    private static bool IsNotifyKey(string key) =>
        key.Length >= 74 && !key.Contains(' ', StringComparison.Ordinal)
        && Guid.TryParse(key.AsSpan(key.Length - 73, 36), out _) && key[^37] == '-' && Guid.TryParse(key.AsSpan(key.Length - 36), out _);

    private static void Required(IConfiguration configuration, string key, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(configuration[key])) problems.Add($"{key} is missing.");
    }

    private static void ClientId(IConfiguration configuration, string key, List<string> problems)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value)) problems.Add($"{key} is missing (the application's client id, a GUID).");
        else if (!Guid.TryParse(value, out _)) problems.Add($"{key} is not a client id (a GUID).");
    }

    private static void HttpsUrl(IConfiguration configuration, string key, List<string> problems)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value)) problems.Add($"{key} is missing (an https URL).");
        else if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) problems.Add($"{key} is not an https URL.");
    }

    private static void ConnectionString(IConfiguration configuration, string name, bool required, List<string> problems)
    {
        var key = $"ConnectionStrings:{name}";
        var value = configuration.GetConnectionString(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) problems.Add($"{key} is missing.");
            return;
        }

        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(value);
            if (string.IsNullOrWhiteSpace(parsed.Host)) problems.Add($"{key} names no Host.");
        }
        catch (ArgumentException)
        {
            // The message would quote the connection string, password and all: only the key is named.
            problems.Add($"{key} is not a valid PostgreSQL connection string.");
        }
    }
}
