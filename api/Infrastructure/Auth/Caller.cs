using System.Security.Claims;

namespace Carers.Api.Infrastructure.Auth;

/// <summary>Who is calling, read once from the validated token; handlers authorise against it.</summary>
public sealed record Caller(string Subject, string Role, string? Partner, string? OdsCode)
{
    public static Caller From(ClaimsPrincipal user)
    {
        var subject = user.FindFirstValue(CarersClaims.Subject)
            ?? user.FindFirstValue("oid")
            ?? throw new InvalidOperationException("An authenticated caller without a subject claim.");
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "none";
        return new Caller(subject, role, user.FindFirstValue(CarersClaims.Partner), user.FindFirstValue(CarersClaims.OdsCode));
    }

    public static Caller Anonymous { get; } = new("anonymous", "none", null, null);
}
