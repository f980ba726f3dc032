using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Breaks;

/// <summary>A carer's own breaks, newest first (at most 50).</summary>
public static class ListMyBreaks
{
    public sealed record Response([property: MaxLength(50)] IReadOnlyList<Break> Items)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new([Break.Example]);
    }

    public sealed record Query(Caller Caller) : IQuery<Response>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Response>
    {
        private const string Sql = $"""
            SELECT {BreakRules.Columns} {BreakRules.From} JOIN carer c ON c.id = b.carer_id
            WHERE c.account_subject = @Subject ORDER BY b.starts_on DESC, b.id LIMIT 50
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<BreakRules.Row>(new CommandDefinition(Sql, new { query.Caller.Subject }, cancellationToken: cancellationToken))).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListMyBreaks), "breakBooking",
                rows.Select(r => (r.Id.ToString(), r.CarerId)), null, cancellationToken);
            return new Response(rows.Select(r => r.ToBreak()).ToList());
        }
    }

    /// <remarks>
    /// The signed-in carer's own breaks, newest first (at most 50), each with its ETag for cancelling it.
    /// </remarks>
    public static async Task<Ok<Response>> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user)), cancellationToken));
}
