using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace Carers.Api.Infrastructure.Auth;

/// <summary>
/// In production a partner is known by its Entra app registration (the <c>azp</c> claim of a
/// client-credentials token), not by a claim it could set itself: map it from configuration
/// (<c>Partners:CarersCentral:ClientId</c>, <c>Partners:Chums:ClientId</c>).
/// </summary>
public sealed class PartnerClaimsTransformation(IConfiguration configuration) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var clientId = principal.FindFirstValue("azp") ?? principal.FindFirstValue("appid");
        if (clientId is null || principal.HasClaim(c => c.Type == CarersClaims.Partner)) return Task.FromResult(principal);

        var partner = PartnerNames.All.FirstOrDefault(p => configuration[$"Partners:{p}:ClientId"] is { Length: > 0 } id && id == clientId);
        if (partner is not null)
        {
            principal.AddIdentity(new ClaimsIdentity([new Claim(CarersClaims.Partner, partner)]));
        }

        return Task.FromResult(principal);
    }
}
