using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>
/// A grants officer opens one application, with its ETag to approve, decline, pay or cancel it: the
/// application page reads it directly (decision 0030), wherever it is in the queues. Audited, found or not.
/// </summary>
public static class GetGrantApplication
{
    public sealed record Query(Caller Caller, Guid GrantId) : IQuery<GrantApplication?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays, IOptions<GrantOptions> options)
        : IQueryHandler<Query, GrantApplication?>
    {
        private const string Sql = $"""
            {AuditLog.Into}
            SELECT {AuditLog.ActorValues}, 'GetGrantApplication', 'grantApplication', @GrantId::text, CASE WHEN g.id IS NULL THEN 'notFound' ELSE 'success' END,
                   NULL, g.carer_id, @AccessReason
            FROM (SELECT 1) AS one LEFT JOIN grant_application g ON g.id = @GrantId AND g.source = 'platform';
            {GrantReader.ByIdSql};
            """;

        public async ValueTask<GrantApplication?> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql,
                AuditLog.ActorParameters(query.Caller, new { query.GrantId }), cancellationToken: cancellationToken));
            var row = await grid.ReadSingleOrDefaultAsync<GrantReader.Row>();
            return row is null ? null : GrantReader.Map(row, today, workingDays, options.Value.PaymentDueWorkingDays);
        }
    }

    /// <remarks>
    /// A grants officer opens one application, with its ETag to approve, decline, pay or cancel it, wherever it is in the
    /// queues. 404 when there is no such application. The read is in the carer's audit log, found or not.
    /// </remarks>
    public static async Task<Results<Ok<GrantApplication>, ProblemHttpResult>> Endpoint(
        Guid grantId, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user), grantId), cancellationToken) is { } found
            ? GrantChange.Outcome.Ok(found, response)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such grant application.");
}
