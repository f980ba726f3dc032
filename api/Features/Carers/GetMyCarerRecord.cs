using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>A signed-in carer reads their own record. Audited, found or not.</summary>
public static class GetMyCarerRecord
{
    public sealed record Query(Caller Caller) : IQuery<Outcome>;

    public abstract record Outcome
    {
        public sealed record Found(CarerRecord Record, int Version) : Outcome;
        public sealed record NotRegistered : Outcome;
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Outcome>
    {
        // One round trip: the audit row and the three reads go in one batch (one implicit transaction).
        public const string Sql = $"""
            {AuditLog.Into}
            SELECT @Subject, @ActorRole, NULL, 'GetMyCarerRecord', 'carer', c.id::text, CASE WHEN c.id IS NULL THEN 'notFound' ELSE 'success' END, NULL, c.id, NULL
            FROM (SELECT 1) AS one LEFT JOIN carer c ON c.{CarerRecordReader.BySubject};
            {CarerRecordReader.SelectBySubjectSql}
            """;

        public async ValueTask<Outcome> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(
                Sql, new { query.Caller.Subject, ActorRole = query.Caller.Role }, cancellationToken: cancellationToken));
            var read = await CarerRecordReader.ReadAsync(grid, DateOnly.FromDateTime(clock.GetLocalNow().Date), forTheCarer: true);
            return read is { } found ? new Outcome.Found(found.Record, found.Version) : new Outcome.NotRegistered();
        }
    }

    /// <remarks>
    /// The signed-in carer reads their own record: their details, the people they care for and their consents. Every read is audited.
    ///
    /// - The `ETag` is the record's version: send it in `If-Match` to UpdateMyCarerRecord.
    /// - 404 (not-found): you have not registered yet; register with RegisterCarer.
    /// </remarks>
    public static async Task<Results<Ok<CarerRecord>, ProblemHttpResult>> Endpoint(
        ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Query(Caller.From(user)), cancellationToken);
        if (outcome is Outcome.Found found)
        {
            ETags.Set(response, found.Version);
            return TypedResults.Ok(found.Record);
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet.",
            detail: "Register with POST /api/me/carer.");
    }
}
