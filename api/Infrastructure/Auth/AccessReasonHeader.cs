using System.Security.Claims;

namespace Carers.Api.Infrastructure.Auth;

/// <summary>An operation that takes the Access-Reason header; <see cref="Default"/> null means the header is required.</summary>
public sealed record AccessReasonMetadata(AccessReason? Default);

/// <summary>
/// Why a member of staff reads a carer's personal data (SPEC §8, decision 0025). A staff read declares
/// <c>.TakesAccessReason(default)</c>: a queue gives its own default, an operation that opens a record outside the
/// officer's queues gives none and then requires the header. An unknown word, or a missing header where one is
/// required, answers 400 problem details keyed "Access-Reason" before the handler runs, so nothing is read or written.
/// The reason reaches <see cref="Caller.AccessReason"/> and from there every audit row the request writes.
/// </summary>
public static class AccessReasonHeader
{
    public const string Name = "Access-Reason";
    internal const string IdentityType = "Access-Reason";
    internal const string ClaimType = "carers:access_reason";

    public static TBuilder TakesAccessReason<TBuilder>(this TBuilder builder, AccessReason? defaultReason) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessReasonMetadata(defaultReason)).AddEndpointFilter(Filter);

    public static string Describe(AccessReason? defaultReason) =>
        "Why you are looking at this carer's personal data; kept on the audit row and shown to the carer. "
        + (defaultReason is { } d ? $"If not given: {d.Code()}." : "Required: 400 when missing.");

    private static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var metadata = http.GetEndpoint()?.Metadata.GetMetadata<AccessReasonMetadata>();
        var header = http.Request.Headers[Name].ToString().Trim();
        AccessReason reason;
        if (header.Length == 0)
        {
            if (metadata?.Default is not { } fallback)
            {
                return Refuse("Say why you are opening this record: " + string.Join(", ", AccessReasons.Codes) + ".");
            }

            reason = fallback;
        }
        else if (!AccessReasons.TryParse(header, out reason))
        {
            return Refuse("Access-Reason must be one of " + string.Join(", ", AccessReasons.Codes) + ".");
        }

        http.User.AddIdentity(new ClaimsIdentity([new Claim(ClaimType, reason.Code())], IdentityType));
        return await next(context);
    }

    private static IResult Refuse(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Name] = [message] },
            title: "Some of the information is missing or not valid.");
}
