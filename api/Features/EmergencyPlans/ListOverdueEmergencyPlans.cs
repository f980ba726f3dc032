using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.EmergencyPlans;

/// <summary>
/// Plans not reviewed for over a year, oldest first: the staff queue for a reminder call. No plan
/// content. Only plans someone would act on: not for a person the carer no longer cares for, nor on
/// a record that is closed or merged into another.
/// </summary>
public static class ListOverdueEmergencyPlans
{
    public sealed record Request
    {
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    public sealed record Item(Guid PlanId, Guid CarerId, [property: MaxLength(201)] string CarerName, DateOnly NextReviewOn)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Item Example =>
            new(Examples.EmergencyPlanId, Examples.CarerId, Examples.CarerName, new DateOnly(2026, 2, 27));
    }

    internal sealed record Position(DateOnly D, Guid I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<Item>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Page<Item>>
    {
        private const string Sql = """
            SELECT e.id AS plan_id, e.carer_id, c.given_name || ' ' || c.family_name AS carer_name, e.next_review_on
            FROM emergency_plan e JOIN carer c ON c.id = e.carer_id JOIN caring_relationship r ON r.id = e.relationship_id
            WHERE e.next_review_on < @Today AND r.ended_on IS NULL AND c.closed_at IS NULL AND c.merged_into IS NULL AND (@AfterD::date IS NULL OR (e.next_review_on, e.id) > (@AfterD, @AfterId))
            ORDER BY e.next_review_on, e.id LIMIT @Take
            """;

        public async ValueTask<Page<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? 50;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<Item>(new CommandDefinition(Sql, new
            {
                Today = DateOnly.FromDateTime(clock.GetLocalNow().Date), AfterD = after?.D, AfterId = after?.I, Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListOverdueEmergencyPlans), "emergencyPlan",
                page.Select(r => (r.PlanId.ToString(), r.CarerId)), null, cancellationToken);
            return new Page<Item>(page, rows.Count > limit ? Cursor.Encode(new Position(page[^1].NextReviewOn, page[^1].PlanId)) : null);
        }
    }

    /// <remarks>
    /// Emergency plans not reviewed for over a year, oldest review date first: the staff queue for a reminder call. No plan
    /// content, only who and when. Plans for people the carer no longer cares for, and plans on closed or merged records,
    /// are left out.
    ///
    /// A page at a time: `limit` 1 to 100 (50 when left out), and the previous page's `nextCursor` as `cursor` (null on the
    /// last page; a cursor we did not give is 400). `Access-Reason` is optional (review when left out) and is audited.
    /// </remarks>
    public static async Task<Ok<Page<Item>>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
