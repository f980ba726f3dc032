using Microsoft.AspNetCore;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Carers.DevIdentity;

/// <summary>
/// A real OpenID Connect provider for Development and the tests (decision 0033): the SPA signs in
/// through it exactly as it signs in to Entra ID in production (authorization code with PKCE,
/// refresh tokens, end session), and partners' and GP systems' clients get client-credentials
/// tokens from it. No database: OpenIddict's degraded mode, with the clients checked here from
/// configuration, and keys made afresh at each start.
/// </summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (!builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"Carers.DevIdentity signs anyone in as anyone: it runs only in Development or Testing, not in {builder.Environment.EnvironmentName}.");
        }

        var settings = builder.Configuration.GetSection(DevIdentityOptions.Section).Get<DevIdentityOptions>() ?? new DevIdentityOptions();
        builder.Services.AddSingleton(settings);
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .SetIsOriginAllowed(ClientChecks.IsLoopbackOrigin).AllowAnyHeader().AllowAnyMethod()));

        builder.Services.AddOpenIddict().AddServer(options =>
        {
            if (settings.Issuer.Length > 0) options.SetIssuer(new Uri(settings.Issuer));
            options.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetEndSessionEndpointUris("connect/endsession");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                .AllowRefreshTokenFlow()
                .AllowClientCredentialsFlow();
            options.RegisterScopes("openid", "profile", "offline_access", settings.ApiScope);
            options.SetAccessTokenLifetime(TimeSpan.FromMinutes(settings.AccessTokenMinutes));
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            // The API validates access tokens as signed JWTs, as it does Entra ID's.
            options.DisableAccessTokenEncryption();
            options.EnableDegradedMode();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(context => ClientChecks.Authorization(context, settings)));
            options.AddEventHandler<ValidateTokenRequestContext>(h => h.UseInlineHandler(context => ClientChecks.Token(context, settings)));
            options.AddEventHandler<ValidateEndSessionRequestContext>(h => h.UseInlineHandler(ClientChecks.EndSession));
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                // Plain http on the loopback address, in Development only.
                .DisableTransportSecurityRequirement();
        });

        var app = builder.Build();
        // CORS first: OpenIddict answers discovery, keys and tokens inside the authentication middleware,
        // which the SPA calls from its own origin.
        app.UseCors();
        app.UseAuthentication();
        app.MapMethods("connect/authorize", ["GET", "POST"], SignInEndpoints.Authorize);
        app.MapPost("connect/token", SignInEndpoints.Token);
        app.MapMethods("connect/endsession", ["GET", "POST"], SignInEndpoints.EndSession);
        app.MapGet("/", () => Results.Redirect("/.well-known/openid-configuration"));
        app.MapGet("/health", () => Results.Text("ok"));
        app.Run();
    }
}
