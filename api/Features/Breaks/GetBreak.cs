using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Breaks;

/// <summary>
/// Staff open one break, with its ETag to move it: the break page reads it directly (decision 0030),
/// so a break is found however far down its queue it is. Audited, found or not.
/// </summary>
public static class GetBreak
{
    public sealed record Query(Caller Caller, Guid BookingId) : IQuery<Break?>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Break?>
    {
        private const string Sql = $"""
            {AuditLog.Into}
            SELECT {AuditLog.ActorValues}, 'GetBreak', 'breakBooking', @BookingId::text, CASE WHEN b.id IS NULL THEN 'notFound' ELSE 'success' END, NULL, b.carer_id, @AccessReason
            FROM (SELECT 1) AS one LEFT JOIN break_booking b ON b.id = @BookingId AND b.source = 'platform';
            SELECT {BreakRules.Columns} {BreakRules.From} WHERE b.id = @BookingId;
            """;

        public async ValueTask<Break?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql,
                AuditLog.ActorParameters(query.Caller, new { query.BookingId }), cancellationToken: cancellationToken));
            return (await grid.ReadSingleOrDefaultAsync<BreakRules.Row>())?.ToBreak();
        }
    }

    /// <remarks>
    /// Staff open one break, with its ETag to move it, however far down its queue it is. 404 when there is no such break. The
    /// read is in the carer's audit log, found or not, with the `Access-Reason` given (casework when left out).
    /// </remarks>
    public static async Task<Results<Ok<Break>, ProblemHttpResult>> Endpoint(
        Guid breakId, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new Query(Caller.From(user), breakId), cancellationToken) is not { } found)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such break.");
        }

        response.Headers.ETag = found.ETag;
        return TypedResults.Ok(found);
    }
}
