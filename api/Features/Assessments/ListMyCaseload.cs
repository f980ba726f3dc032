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
/// "My caseload" (issue 16, decision 0031): the signed-in assessor's own work, soonest due first. Their open
/// assessments (a decision is due Assessments:DecisionTargetDays after the request, overdue after that) and the
/// current support plans of the assessments allocated to them (a review is due on the plan's review date). Only
/// records neither closed nor merged; never a colleague's work nor unallocated work. One audit row per item shown.
/// </summary>
public static class ListMyCaseload
{
    /// <summary>What is due: a decision on an open assessment, or the review of a support plan.</summary>
    public enum Due { Decision, Review }

    public sealed record Request
    {
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    /// <param name="DueOn">The date the decision or review is due.</param>
    /// <param name="Overdue">True when that date has passed (for a decision: more than the target days since the request).</param>
    /// <param name="ScheduledFor">The date the assessment is booked for, when it is scheduled.</param>
    public sealed record Item(
        Guid AssessmentId,
        Guid CarerId,
        [property: MaxLength(201)] string CarerName,
        AssessmentKind Kind,
        AssessmentStatus Status,
        Due Due,
        DateOnly DueOn,
        bool Overdue,
        DateOnly? ScheduledFor,
        DateTimeOffset RequestedAt)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Item Example =>
            new(Examples.AssessmentId, Examples.CarerId, Examples.CarerName, AssessmentKind.Adult, AssessmentStatus.Scheduled, Due.Decision, new DateOnly(2026, 3, 30), false, new DateOnly(2026, 3, 11), Examples.At);
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

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, IConfiguration configuration) : IQueryHandler<Query, Page<Item>>
    {
        // The two kinds of work never share an assessment (a plan is only on a decided one), so (due_on, assessment_id) is a key.
        public const string Sql = $"""
            WITH work AS (
                SELECT a.id AS assessment_id, a.carer_id, c.given_name || ' ' || c.family_name AS carer_name, a.kind, a.status, 'decision' AS due,
                       (a.requested_at AT TIME ZONE 'Europe/London')::date + @TargetDays AS due_on, a.requested_at < @OverdueBefore AS overdue,
                       a.scheduled_for, a.requested_at
                FROM assessment a JOIN carer c ON c.id = a.carer_id
                WHERE a.allocated_to = @Me AND a.status IN ('requested', 'offered', 'scheduled', 'inProgress')
                  AND c.closed_at IS NULL AND c.merged_into IS NULL
                UNION ALL
                SELECT a.id, a.carer_id, c.given_name || ' ' || c.family_name, a.kind, a.status, 'review',
                       p.next_review_on, p.next_review_on < @Today, NULL::date, a.requested_at
                FROM assessment a JOIN support_plan p ON p.assessment_id = a.id JOIN carer c ON c.id = a.carer_id
                WHERE a.allocated_to = @Me AND a.status IN ('completed', 'reviewed')
                  AND {ListAssessmentQueue.Handler.Current}
            )
            SELECT * FROM work
            WHERE @AfterD::date IS NULL OR (due_on, assessment_id) > (@AfterD::date, @AfterId)
            ORDER BY due_on, assessment_id LIMIT @Take
            """;

        public async ValueTask<Page<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? 50;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            var targetDays = configuration.GetValue("Assessments:DecisionTargetDays", 28);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql, new
            {
                Me = query.Caller.Subject,
                AfterD = after?.D,
                AfterId = after?.I,
                Take = limit + 1,
                Today = DateOnly.FromDateTime(clock.GetLocalNow().Date),
                TargetDays = targetDays,
                OverdueBefore = clock.GetUtcNow().AddDays(-targetDays).UtcDateTime,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListMyCaseload), "assessment",
                page.Select(r => (r.AssessmentId.ToString(), r.CarerId)), null, cancellationToken);
            var items = page.Select(r => new Item(r.AssessmentId, r.CarerId, r.CarerName, Vocabulary.Parse<AssessmentKind>(r.Kind),
                Vocabulary.Parse<AssessmentStatus>(r.Status), Vocabulary.Parse<Due>(r.Due), r.DueOn, r.Overdue, r.ScheduledFor,
                new DateTimeOffset(r.RequestedAt, TimeSpan.Zero))).ToList();
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].DueOn, page[^1].AssessmentId)) : null;
            return new Page<Item>(items, next);
        }

        private sealed record Row
        {
            public Guid AssessmentId { get; init; }
            public Guid CarerId { get; init; }
            public string CarerName { get; init; } = "";
            public string Kind { get; init; } = "";
            public string Status { get; init; } = "";
            public string Due { get; init; } = "";
            public DateOnly DueOn { get; init; }
            public bool Overdue { get; init; }
            public DateOnly? ScheduledFor { get; init; }
            public DateTime RequestedAt { get; init; }
        }
    }

    /// <remarks>
    /// The signed-in assessor's own work, soonest due first: their open assessments (a decision is due 28 days after the
    /// request) and the current support plans they hold (a review is due on the plan's date), each marked overdue when the
    /// date has passed. Never a colleague's work nor unallocated work; closed and merged records are left out.
    ///
    /// Paged with `limit` (1 to 100) and the opaque `cursor` from the previous page's `nextCursor` (a cursor we did not give
    /// is 400). Each record shown is in the carer's audit log, with the `Access-Reason` given (casework when left out).
    /// </remarks>
    public static async Task<Ok<Page<Item>>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
