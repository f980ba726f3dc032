using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Features.Carers;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.EmergencyPlans;

/// <summary>
/// A carer's emergency card number, their plans, and which team looked them up and when: the team and role, never
/// the officer (decision 0025, as "who has seen your record").
/// </summary>
public static class ListMyEmergencyPlans
{
    /// <param name="By">The team that looked, like "Luton Council — emergency duty team"; never the officer's name.</param>
    public sealed record Lookup(DateTimeOffset At, [property: MaxLength(30)] string ByRole, [property: MaxLength(100)] string By)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Lookup Example =>
            new(new DateTimeOffset(2026, 3, 7, 23, 40, 0, TimeSpan.Zero), Roles.EmergencyDuty, RecordAccessNames.Organisation(Roles.EmergencyDuty, null));
    }

    public sealed record Response(
        [property: MaxLength(12)] string? CardNumber,
        [property: MaxLength(EmergencyPlanReader.MaxListed)] IReadOnlyList<EmergencyPlan> Plans,
        [property: MaxLength(50)] IReadOnlyList<Lookup> Lookups)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new("407153829600", [EmergencyPlan.Example], [Lookup.Example]);
    }

    public sealed record Query(Caller Caller) : IQuery<Response?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Response?>
    {
        private const string Sql = """
            SELECT c.id, k.card_number FROM carer c LEFT JOIN emergency_card k ON k.carer_id = c.id WHERE c.account_subject = @Subject;
            """;

        // Every look-up by emergency duty staff is in the audit log; the carer sees them all (the latest 50).
        private const string LookupsSql = """
            SELECT occurred_at AS at, actor_role AS by_role, actor_organisation AS organisation FROM audit_event
            WHERE carer_id = @CarerId AND action = 'LookUpEmergencyPlan' AND outcome = 'success'
            ORDER BY occurred_at DESC, id DESC LIMIT 50
            """;

        public async ValueTask<Response?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var carer = await connection.QuerySingleOrDefaultAsync<(Guid Id, string? CardNumber)?>(new CommandDefinition(Sql, new { query.Caller.Subject }, cancellationToken: cancellationToken));
            if (carer is null) return null;
            var plans = await EmergencyPlanReader.LoadAsync(connection, null, carer.Value.Id, DateOnly.FromDateTime(clock.GetLocalNow().Date), cancellationToken);
            var lookups = await connection.QueryAsync<(DateTime At, string ByRole, string? Organisation)>(new CommandDefinition(LookupsSql, new { CarerId = carer.Value.Id }, cancellationToken: cancellationToken));
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListMyEmergencyPlans), "emergencyPlan",
                plans.Select(p => (p.Plan.Id.ToString(), carer.Value.Id)), null, cancellationToken);
            return new Response(carer.Value.CardNumber, plans.Select(p => p.Plan).ToList(),
                lookups.Select(l => new Lookup(new DateTimeOffset(l.At, TimeSpan.Zero), l.ByRole, RecordAccessNames.Organisation(l.ByRole, l.Organisation))).ToList());
        }
    }

    /// <remarks>
    /// The signed-in carer's emergency card number (null until their first plan), their plans, one for each person they care
    /// for, each with its ETag, and the latest 50 look-ups of their card by the emergency duty team: when, and which team and
    /// role, never the officer's name. 404 when the caller has not registered as a carer yet.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user)), cancellationToken) is { } response
            ? TypedResults.Ok(response)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet.");
}
