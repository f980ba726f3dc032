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

namespace Carers.Api.Features.Feedback;

/// <summary>
/// Staff's complaints queue, a page at a time: open complaints (received or acknowledged) unless a
/// status is asked for. Complaints waiting for acknowledgement come first, by acknowledge-by date (so
/// overdue, then at risk); then acknowledged ones by response due date. Like the other staff queues,
/// reading it writes no audit row (issue 15 adds that to every list at once).
/// </summary>
public static class ListComplaintQueue
{
    public const int DefaultLimit = 50;

    public sealed record Request
    {
        /// <summary>Only complaints in this status: received, acknowledged or responded. Left out: received and acknowledged.</summary>
        [FromQuery(Name = "status")]
        [QueryVocabulary(typeof(QueueStatus))]
        public string? Status { get; init; }

        /// <summary>Results a page, 1 to 100 (50 if not given).</summary>
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        /// <summary>The nextCursor of the previous page.</summary>
        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    /// <summary>The statuses a complaint can have (a compliment's, recorded, is not in the queue).</summary>
    public enum QueueStatus { Received, Acknowledged, Responded }

    internal sealed record Position(int S, DateOnly D, Guid I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<ComplaintRecord>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Status).MaximumLength(20).Must(QueryVocabularyAttribute.Allows<QueueStatus>)
                .WithMessage("Choose received, acknowledged or responded");
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays) : IQueryHandler<Query, Page<ComplaintRecord>>
    {
        // The two keys are the expressions of the index feedback_complaint_queue.
        private const string Sql = $"""
            SELECT * FROM (
                SELECT {FeedbackReader.StaffColumns},
                       CASE f.status WHEN 'received' THEN 0 WHEN 'acknowledged' THEN 1 ELSE 2 END AS stage,
                       CASE WHEN f.status = 'received' THEN f.acknowledge_by ELSE f.response_due_on END AS key_date
                FROM feedback f JOIN carer c ON c.id = f.carer_id
                WHERE f.kind = 'complaint'
                  AND (CASE WHEN @Status::text IS NULL THEN f.status IN ('received', 'acknowledged') ELSE f.status = @Status END)
            ) q
            WHERE (@AfterS::int IS NULL OR (q.stage, q.key_date, q.id) > (@AfterS, @AfterD, @AfterId))
            ORDER BY q.stage, q.key_date, q.id
            LIMIT @Take
            """;

        public async ValueTask<Page<ComplaintRecord>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            var today = FeedbackRules.Today(clock);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<FeedbackReader.Row>(new CommandDefinition(Sql, new
            {
                query.Criteria.Status, AfterS = after?.S, AfterD = after?.D, AfterId = after?.I, Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListComplaintQueue), FeedbackReader.RecordType,
                page.Select(r => (r.Id.ToString(), r.CarerId)), null, cancellationToken);
            var next = rows.Count > limit ? Cursor.Encode(PositionOf(page[^1])) : null;
            return new Page<ComplaintRecord>(page.Select(r => FeedbackReader.ToRecord(r, today, workingDays)).ToList(), next);
        }

        /// <summary>The row's place in the order the SQL sorts by (stage, key_date, id).</summary>
        private static Position PositionOf(FeedbackReader.Row r) => r.Status switch
        {
            "received" => new Position(0, r.AcknowledgeBy!.Value, r.Id),
            "acknowledged" => new Position(1, r.ResponseDueOn!.Value, r.Id),
            _ => new Position(2, r.ResponseDueOn!.Value, r.Id),
        };
    }

    /// <remarks>
    /// The complaints queue, a page at a time: open complaints (received or acknowledged) unless `status`
    /// asks for others. Complaints waiting for acknowledgement come first, by the date they must be
    /// acknowledged by (so overdue, then at risk), then acknowledged ones by the date their response is due.
    /// Each says where its acknowledgement stands (`due`, `atRisk`, `overdue`, `acknowledged`).
    ///
    /// `Access-Reason` may be sent (it defaults to `casework`) and is recorded with the access.
    ///
    /// Paging: `limit` is 1 to 100 (50 if not given); send a page's `nextCursor` as `cursor`, with the same
    /// `status`, for the next page.
    ///
    /// 400: an unknown `status` or `Access-Reason`, a `limit` out of range or a cursor that is not one of ours.
    /// </remarks>
    public static async Task<Ok<Page<ComplaintRecord>>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
