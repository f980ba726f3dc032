using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Carers.Api.Infrastructure.Auth;

public sealed class LocalIssuerOptions
{
    public const string Section = "Authentication:LocalIssuer";

    public bool Enabled { get; init; }
    public string Issuer { get; init; } = "";
    public string Audience { get; init; } = "";
    public string SigningKey { get; init; } = "";
    public int LifetimeMinutes { get; init; } = 60;

    public SymmetricSecurityKey Key() => new(Encoding.UTF8.GetBytes(SigningKey));
}

/// <summary>
/// Issues tokens for Development and the tests only. They go through the same JwtBearer
/// validation as production tokens (issuer, audience, lifetime, signature), so nothing in
/// the API knows whether a token came from here or from Entra ID.
/// </summary>
public sealed class LocalTokenIssuer(LocalIssuerOptions options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public (string Token, DateTimeOffset ExpiresAt) Issue(string role, string subject, string? partner, string? odsCode)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(options.LifetimeMinutes);
        var claims = new Dictionary<string, object>
        {
            [CarersClaims.Subject] = subject,
            [CarersClaims.Roles] = new[] { role },
        };
        if (partner is not null) claims[CarersClaims.Partner] = partner;
        if (odsCode is not null) claims[CarersClaims.OdsCode] = odsCode;

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(options.Key(), SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
