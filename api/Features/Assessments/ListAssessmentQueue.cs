using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>
/// The assessors' work queues (SPEC §3): new requests, unallocated, overdue (no decision
/// Assessments:DecisionTargetDays after the request, 28 by default), reviews due in the next 30
/// days, reviews overdue, and re-offers due (a declined assessment whose re-offer date has come, on an open
/// record, for a carer who has not had an assessment requested since; decision 0031). Oldest first, a page at a time; each query has an index of its own. The
/// review queues hold only each carer's current plan, on records neither closed nor merged.
/// </summary>
public static class ListAssessmentQueue
{
    public enum Queue { NewRequests, Unallocated, Overdue, ReviewsDue, ReviewsOverdue, ReoffersDue }

    public sealed record Request
    {
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    public sealed record Item(
        Guid AssessmentId,
        Guid CarerId,
        [property: MaxLength(201)] string CarerName,
        AssessmentKind Kind,
        AssessmentStatus Status,
        DateTimeOffset RequestedAt,
        [property: MaxLength(100)] string? AllocatedTo,
        DateOnly? NextReviewOn,
        DateOnly? ReofferOn)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Item Example =>
            new(Examples.AssessmentId, Examples.CarerId, Examples.CarerName, AssessmentKind.Adult, AssessmentStatus.Requested, Examples.At, null, null, null);
    }

    internal sealed record Position(DateTime T, Guid I);

    public sealed record Query(Caller Caller, Queue Queue, Request Criteria) : IQuery<Page<Item>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, IConfiguration configuration) : IQueryHandler<Query, Page<Item>>
    {
        private const string Select = """
            SELECT a.id AS assessment_id, a.carer_id, c.given_name || ' ' || c.family_name AS carer_name, a.kind, a.status, a.requested_at, a.allocated_to,
                   NULL::date AS next_review_on, NULL::date AS reoffer_on, a.requested_at AS sort_at
            FROM assessment a JOIN carer c ON c.id = a.carer_id
            """;

        private const string After = "(@AfterT::timestamptz IS NULL OR (a.requested_at, a.id) > (@AfterT, @AfterId))";

        public const string NewRequestsSql = $"{Select} WHERE a.status = 'requested' AND {After} ORDER BY a.requested_at, a.id LIMIT @Take";

        public const string UnallocatedSql = $"""
            {Select} WHERE a.allocated_to IS NULL AND a.status IN ('requested', 'offered', 'scheduled', 'inProgress') AND {After}
            ORDER BY a.requested_at, a.id LIMIT @Take
            """;

        public const string OverdueSql = $"""
            {Select} WHERE a.status IN ('requested', 'offered', 'scheduled', 'inProgress') AND a.requested_at < @OverdueBefore AND {After}
            ORDER BY a.requested_at, a.id LIMIT @Take
            """;

        // A review is due only on a carer's current plan: not one superseded by a later plan for the
        // same carer (a new assessment), nor on a record that is closed or merged into another.
        private const string ReviewSelect = """
            SELECT a.id AS assessment_id, a.carer_id, c.given_name || ' ' || c.family_name AS carer_name, a.kind, a.status, a.requested_at, a.allocated_to,
                   p.next_review_on, NULL::date AS reoffer_on, p.next_review_on::timestamp AS sort_at
            FROM support_plan p JOIN assessment a ON a.id = p.assessment_id JOIN carer c ON c.id = a.carer_id
            """;

        // p.superseded (kept by the database, migration 0028) lets the walk skip superseded plans; the
        // NOT EXISTS stays the rule, so a flag not yet caught up can only slow the queue, never hide a plan.
        internal const string Current = """
            NOT p.superseded AND c.closed_at IS NULL AND c.merged_into IS NULL
            AND NOT EXISTS (SELECT 1 FROM support_plan later WHERE later.carer_id = p.carer_id AND (later.created_at, later.id) > (p.created_at, p.id))
            """;

        private const string ReviewAfter = "(@AfterT::timestamptz IS NULL OR (p.next_review_on, p.assessment_id) > (@AfterT::timestamp::date, @AfterId))";

        public const string ReviewsDueSql = $"""
            {ReviewSelect} WHERE p.next_review_on >= @Today AND p.next_review_on <= @Today::date + 30 AND {Current} AND {ReviewAfter}
            ORDER BY p.next_review_on, p.assessment_id LIMIT @Take
            """;

        public const string ReviewsOverdueSql = $"""
            {ReviewSelect} WHERE p.next_review_on < @Today AND {Current} AND {ReviewAfter}
            ORDER BY p.next_review_on, p.assessment_id LIMIT @Take
            """;

        // A declined assessment comes back on its re-offer date, until the carer has another assessment
        // requested (by them, a partner or staff): that newer assessment is how the re-offer is dealt with.
        public const string ReoffersDueSql = $"""
            SELECT a.id AS assessment_id, a.carer_id, c.given_name || ' ' || c.family_name AS carer_name, a.kind, a.status, a.requested_at, a.allocated_to,
                   NULL::date AS next_review_on, a.reoffer_on, a.reoffer_on::timestamp AS sort_at
            FROM assessment a JOIN carer c ON c.id = a.carer_id
            WHERE a.status = 'declined' AND NOT a.superseded AND a.reoffer_on <= @Today AND c.closed_at IS NULL AND c.merged_into IS NULL
              AND NOT EXISTS (SELECT 1 FROM assessment later WHERE later.carer_id = a.carer_id AND later.requested_at > a.requested_at)
              AND (@AfterT::timestamptz IS NULL OR (a.reoffer_on, a.id) > (@AfterT::timestamp::date, @AfterId))
            ORDER BY a.reoffer_on, a.id LIMIT @Take
            """;

        public async ValueTask<Page<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? 50;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var targetDays = configuration.GetValue("Assessments:DecisionTargetDays", 28);
            var sql = query.Queue switch
            {
                Queue.NewRequests => NewRequestsSql,
                Queue.Unallocated => UnallocatedSql,
                Queue.Overdue => OverdueSql,
                Queue.ReviewsDue => ReviewsDueSql,
                Queue.ReoffersDue => ReoffersDueSql,
                _ => ReviewsOverdueSql,
            };
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<Row>(new CommandDefinition(sql, new
            {
                AfterT = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.T, DateTimeKind.Utc),
                AfterId = after?.I,
                Take = limit + 1,
                Today = today,
                OverdueBefore = clock.GetUtcNow().AddDays(-targetDays).UtcDateTime,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListAssessmentQueue), "assessment",
                page.Select(r => (r.AssessmentId.ToString(), r.CarerId)), null, cancellationToken, query.Queue.Code());
            var items = page.Select(r => new Item(r.AssessmentId, r.CarerId, r.CarerName, Vocabulary.Parse<AssessmentKind>(r.Kind),
                Vocabulary.Parse<AssessmentStatus>(r.Status), new DateTimeOffset(r.RequestedAt, TimeSpan.Zero), r.AllocatedTo, r.NextReviewOn, r.ReofferOn)).ToList();
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].SortAt, page[^1].AssessmentId)) : null;
            return new Page<Item>(items, next);
        }

        private sealed record Row
        {
            public Guid AssessmentId { get; init; }
            public Guid CarerId { get; init; }
            public string CarerName { get; init; } = "";
            public string Kind { get; init; } = "";
            public string Status { get; init; } = "";
            public DateTime RequestedAt { get; init; }
            public string? AllocatedTo { get; init; }
            public DateOnly? NextReviewOn { get; init; }
            public DateOnly? ReofferOn { get; init; }
            public DateTime SortAt { get; init; }
        }
    }

    /// <param name="queue">newRequests, unallocated, overdue, reviewsDue, reviewsOverdue or reoffersDue.</param>
    /// <remarks>
    /// The assessors' work queues, oldest first: `newRequests`, `unallocated`, `overdue` (no decision 28 days after the
    /// request), `reviewsDue` (in the next 30 days), `reviewsOverdue` and `reoffersDue` (declined assessments whose re-offer
    /// date has come). Closed and merged records are left out.
    ///
    /// A page at a time: `limit` 1 to 100; pass the answer's `nextCursor` as `cursor` for the next page (null on the last).
    /// A cursor is opaque and belongs to its queue: one we did not give is 400. An unknown queue is 404. Each record shown is
    /// in the carer's audit log, with the `Access-Reason` given (casework when left out).
    /// </remarks>
    public static async Task<Results<Ok<Page<Item>>, ProblemHttpResult>> Endpoint(
        [AllowedValues("newRequests", "unallocated", "overdue", "reviewsDue", "reviewsOverdue", "reoffersDue")] string queue,
        [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var parsed = Enum.GetValues<Queue>().Where(q => q.Code() == queue).Select(q => (Queue?)q).FirstOrDefault();
        if (parsed is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such queue.",
                detail: "Queues are newRequests, unallocated, overdue, reviewsDue, reviewsOverdue and reoffersDue.");
        }

        return TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), parsed.Value, criteria), cancellationToken));
    }
}
