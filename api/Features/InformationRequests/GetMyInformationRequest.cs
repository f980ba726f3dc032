using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.InformationRequests;

/// <summary>
/// A carer reads one of their own requests, with its outcome. Another carer's request, or an unknown
/// one, is 404. Audited, found or not, as GetMyAssessment is.
/// </summary>
public static class GetMyInformationRequest
{
    public sealed record Query(Caller Caller, Guid RequestId) : IQuery<InformationRequest?>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, InformationRequest?>
    {
        private const string Sql = $"""
            SELECT {InformationRequestReader.Columns}
            FROM information_request r JOIN carer c ON c.id = r.carer_id
            WHERE r.id = @RequestId AND c.account_subject = @Subject
            """;

        public async ValueTask<InformationRequest?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var row = await connection.QuerySingleOrDefaultAsync<InformationRequestReader.Row>(new CommandDefinition(Sql,
                new { query.RequestId, query.Caller.Subject }, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, null, new AuditEntry(query.Caller, nameof(GetMyInformationRequest),
                InformationRequestReader.RecordType, query.RequestId.ToString(), row is null ? AuditOutcome.NotFound : AuditOutcome.Success, CarerId: row?.CarerId), cancellationToken);
            return row is null ? null : InformationRequestReader.ToRequest(row);
        }
    }

    /// <remarks>
    /// The signed-in carer reads one of their own information requests, with what happened to it. Audited, found or not.
    ///
    /// - 404 (not-found): there is no such request among yours (another carer's is 404 too).
    /// </remarks>
    public static async Task<Results<Ok<InformationRequest>, ProblemHttpResult>> Endpoint(
        Guid requestId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user), requestId), cancellationToken) is { } found
            ? TypedResults.Ok(found) : InformationProblems.NotFound();
}
