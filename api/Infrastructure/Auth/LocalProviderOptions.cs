using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Carers.Api.Infrastructure.Auth;

/// <summary>
/// The local OpenID Connect provider (dev/Carers.DevIdentity, decision 0033), trusted the way
/// production trusts Entra ID: through its discovery document and signing keys (JwtBearer
/// Authority), checking issuer, audience, lifetime and signature.
/// </summary>
public sealed class LocalProviderOptions
{
    public const string Section = "Authentication:LocalProvider";

    /// <summary>Its issuer, like http://127.0.0.1:5090/. Empty: not trusted.</summary>
    public string Authority { get; init; } = "";
    public string Audience { get; init; } = "";

    public bool Enabled => Authority.Length > 0;

    public void Configure(JwtBearerOptions options, IHostEnvironment environment)
    {
        options.Authority = Authority;
        options.Audience = Audience;
        // Plain http to a provider on this machine, in Development only; the tests' provider is on 127.0.0.1 too.
        options.RequireHttpsMetadata = !environment.IsDevelopment();
        options.MapInboundClaims = false;
        options.TokenValidationParameters.ValidateIssuer = true;
        options.TokenValidationParameters.ValidateAudience = true;
        options.TokenValidationParameters.ValidateLifetime = true;
        options.TokenValidationParameters.ValidateIssuerSigningKey = true;
        options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
        options.TokenValidationParameters.RoleClaimType = CarersClaims.Roles;
        options.TokenValidationParameters.NameClaimType = CarersClaims.Subject;
        options.Events = new JwtBearerEvents
        {
            // A token from the local issuer is not this provider's to judge: leave it alone, without
            // fetching the discovery document (which may not be running) or logging a failure for it.
            OnMessageReceived = context =>
            {
                var header = context.Request.Headers.Authorization.ToString();
                if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Task.CompletedTask;
                var token = header["Bearer ".Length..].Trim();
                var handler = new JsonWebTokenHandler();
                if (!handler.CanReadToken(token) || !SameIssuer(handler.ReadJsonWebToken(token).Issuer)) context.NoResult();
                return Task.CompletedTask;
            },
        };
    }

    private bool SameIssuer(string issuer) =>
        string.Equals(issuer.TrimEnd('/'), Authority.TrimEnd('/'), StringComparison.Ordinal);
}
