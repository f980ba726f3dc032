using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Carers.Api.Infrastructure.Auth;

/// <summary>Every denied attempt (401 or 403) is written to the audit log before the default answer.</summary>
public sealed class AuditingAuthorizationResultHandler(AuditLog audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged || authorizeResult.Forbidden)
        {
            var caller = context.User.Identity?.IsAuthenticated == true ? Caller.From(context.User) : Caller.Anonymous;
            var action = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? context.Request.Path.Value ?? "";
            var recordId = context.Request.RouteValues.TryGetValue("carerId", out var id) ? id?.ToString() : null;
            await audit.WriteAsync(
                new AuditEntry(caller, action, "carer", recordId, authorizeResult.Challenged ? AuditOutcome.Unauthenticated : AuditOutcome.Forbidden,
                    CarerId: Guid.TryParse(recordId, out var carerId) ? carerId : null),
                context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
