using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.DataRights;

/// <summary>The data protection team opens one subject access request. Audited with the reason dataProtectionRequest.</summary>
public static class GetSubjectAccessRequest
{
    public sealed record Query(Caller Caller, Guid RequestId) : IQuery<SubjectAccessRequest?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, SubjectAccessRequest?>
    {
        public async ValueTask<SubjectAccessRequest?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var row = await SubjectAccessRequests.LoadAsync(connection, null, query.RequestId, cancellationToken);
            await AuditLog.WriteAsync(connection, null, new AuditEntry(query.Caller,
                nameof(GetSubjectAccessRequest), SubjectAccessRequests.RecordType, query.RequestId.ToString(),
                row is null ? AuditOutcome.NotFound : AuditOutcome.Success, CarerId: row?.CarerId,
                AccessReason: AccessReason.DataProtectionRequest), cancellationToken);
            return row is null ? null : SubjectAccessRequests.ToRequest(row, DateOnly.FromDateTime(clock.GetLocalNow().Date));
        }
    }

    /// <remarks>
    /// The data-protection team opens one subject access request. Audited with the reason dataProtectionRequest.
    ///
    /// - The `ETag` is the request's version: send it in `If-Match` to CompleteSubjectAccessRequest.
    /// - 404 (not-found): there is no such request.
    /// </remarks>
    public static async Task<Results<Ok<SubjectAccessRequest>, ProblemHttpResult>> Endpoint(
        Guid requestId, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new Query(Caller.From(user), requestId), cancellationToken) is not { } found) return SubjectAccessProblems.NotFound();
        response.Headers.ETag = found.ETag;
        return TypedResults.Ok(found);
    }
}
