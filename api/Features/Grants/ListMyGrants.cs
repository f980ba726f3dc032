using System.ComponentModel.DataAnnotations;
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

/// <summary>A carer's own grant applications, newest first (at most 50), with their status and, when paid, the date.</summary>
public static class ListMyGrants
{
    public sealed record Response([property: MaxLength(50)] IReadOnlyList<GrantApplication> Items)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new([GrantApplication.Example]);
    }

    public sealed record Query(Caller Caller) : IQuery<Response>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays, IOptions<GrantOptions> options) : IQueryHandler<Query, Response>
    {
        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<GrantReader.Row>(new CommandDefinition(GrantReader.ForCarerSql, new { query.Caller.Subject }, cancellationToken: cancellationToken))).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListMyGrants), "grantApplication",
                rows.Select(r => (r.Id.ToString(), r.CarerId)), null, cancellationToken);
            return new Response(rows.Select(r => GrantReader.Map(r, today, workingDays, options.Value.PaymentDueWorkingDays)).ToList());
        }
    }

    /// <remarks>
    /// The signed-in carer's own grant applications, newest first (at most 50): status, amount, the decision and, when paid,
    /// the date. An empty list when the caller has none.
    /// </remarks>
    public static async Task<Ok<Response>> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user)), cancellationToken));
}
