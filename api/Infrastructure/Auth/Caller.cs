using System.Security.Claims;

namespace Carers.Api.Infrastructure.Auth;

/// <summary>
/// Who is calling, read once from the validated token; handlers authorise against it. <paramref name="AccessReason"/> is
/// why a member of staff is looking, from the request's Access-Reason header or the operation's default (decision 0025).
/// </summary>
public sealed record Caller(string Subject, string Role, string? Partner, string? OdsCode, AccessReason? AccessReason = null)
{
    public static Caller From(ClaimsPrincipal user)
    {
        var subject = user.FindFirstValue(CarersClaims.Subject)
            ?? user.FindFirstValue("oid")
            ?? throw new InvalidOperationException("An authenticated caller without a subject claim.");
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "none";
        var reason = user.Identities.FirstOrDefault(i => i.AuthenticationType == AccessReasonHeader.IdentityType)?.FindFirst(AccessReasonHeader.ClaimType)?.Value;
        return new Caller(subject, role, user.FindFirstValue(CarersClaims.Partner), user.FindFirstValue(CarersClaims.OdsCode),
            AccessReasons.TryParse(reason, out var parsed) ? parsed : null);
    }

    public static Caller Anonymous { get; } = new("anonymous", "none", null, null);
}
