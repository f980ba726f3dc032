using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Carers.Api.Infrastructure;

/// <summary>
/// Security headers on every answer (API JSON, problems, the SPA's page and assets, 404s, health),
/// set when the answer starts so that the exception handler's and status pages' answers get them
/// too (decision 0034). The CSP allows no inline script: the SPA loads every script from a file.
/// </summary>
public static class SecurityHeaders
{
    public const string ConnectSourcesKey = "SecurityHeaders:ConnectSources";

    /// <summary>Two years, with subdomains: a council's service stays on HTTPS.</summary>
    public const int HstsMaxAgeSeconds = 63_072_000;

    public static WebApplication UseCarersSecurityHeaders(this WebApplication app)
    {
        var connectSources = ConnectSources(app.Configuration);
        var policies = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyNoReferrer()
            .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddFontSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddConnectSrc().Self().From(connectSources);
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFrameAncestors().None();
                csp.AddFormAction().Self();
            })
            .AddPermissionsPolicy(permissions =>
            {
                permissions.AddAccelerometer().None();
                permissions.AddCamera().None();
                permissions.AddDisplayCapture().None();
                permissions.AddGeolocation().None();
                permissions.AddGyroscope().None();
                permissions.AddMagnetometer().None();
                permissions.AddMicrophone().None();
                permissions.AddMidi().None();
                permissions.AddPayment().None();
                permissions.AddUsb().None();
            });
        if (!app.Environment.IsDevelopment())
        {
            // Only ever sent over HTTPS (as RFC 6797 says); behind a proxy, X-Forwarded-Proto from a known proxy says so.
            policies.AddStrictTransportSecurity(HstsMaxAgeSeconds, includeSubdomains: true, preload: false, excludedHosts: []);
        }

        app.UseSecurityHeaders(policies);
        return app;
    }

    /// <summary>
    /// Origins the SPA may call besides its own: those listed in <c>SecurityHeaders:ConnectSources</c>, and the
    /// origins of the sign-in authorities the SPA is sent to (<c>SignIn:Staff:Authority</c>, <c>SignIn:Carers:Authority</c>),
    /// so the policy follows the identity settings without a second list to keep in step.
    /// </summary>
    public static string[] ConnectSources(IConfiguration configuration) =>
        (configuration.GetSection(ConnectSourcesKey).Get<string[]>() ?? [])
            .Concat(new[] { "SignIn:Staff:Authority", "SignIn:Carers:Authority" }
                .Select(key => Uri.TryCreate(configuration[key], UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null))
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies and networks listed in
/// <c>Carers:ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c>; none by default, so a
/// caller cannot choose its own address (the rate limiter's anonymous partition) or scheme.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "Carers:ForwardedHeaders";

    public static WebApplication UseCarersForwardedHeaders(this WebApplication app)
    {
        var (proxies, networks, _) = Read(app.Configuration);
        // Without a listed proxy the middleware stays out: it would believe anyone whose address
        // the server does not know (a Unix socket).
        if (proxies.Count == 0 && networks.Count == 0) return app;

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Walks back through the chain of listed proxies and stops at the first address not listed.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
        foreach (var network in networks) options.KnownIPNetworks.Add(network);
        app.UseForwardedHeaders(options);
        return app;
    }

    /// <summary>The listed proxies and networks, and each setting that is not an address or a CIDR range.</summary>
    public static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks, List<string> Invalid) Read(IConfiguration configuration)
    {
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        var invalid = new List<string>();
        foreach (var (value, i) in Values(configuration, "KnownProxies"))
        {
            if (IPAddress.TryParse(value, out var address)) proxies.Add(address);
            else invalid.Add($"{Section}:KnownProxies:{i} (\"{value}\") is not an IP address.");
        }

        foreach (var (value, i) in Values(configuration, "KnownNetworks"))
        {
            if (System.Net.IPNetwork.TryParse(value, out var network)) networks.Add(network);
            else invalid.Add($"{Section}:KnownNetworks:{i} (\"{value}\") is not a network in CIDR form (10.0.0.0/8).");
        }

        return (proxies, networks, invalid);
    }

    private static IEnumerable<(string Value, int Index)> Values(IConfiguration configuration, string key) =>
        (configuration.GetSection($"{Section}:{key}").Get<string[]>() ?? []).Select((v, i) => (v.Trim(), i)).Where(v => v.Item1.Length > 0);
}
