using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.Notices;

/// <summary>
/// Council staff read the notices a carer was sent, or could not be sent and why (undeliverable, failed), newest first,
/// a page at a time; with an Access-Reason, audited like opening the record (decision 0025).
/// </summary>
public static class ListCarerNotices
{
    public sealed record Request
    {
        /// <summary>Results a page, 1 to 100 (20 if not given).</summary>
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        /// <summary>The nextCursor of the previous page.</summary>
        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    public sealed record Query(Caller Caller, Guid CarerId, Request Criteria) : IQuery<Page<CarerNotice>?>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, NoticePosition>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Page<CarerNotice>?>
    {
        private const string Sql = $"""
            {AuditLog.Into}
            SELECT {AuditLog.ActorValues}, 'ListCarerNotices', 'carer', @CarerId::text,
                   CASE WHEN c.id IS NULL THEN 'notFound' ELSE 'success' END, NULL, c.id, @AccessReason
            FROM (SELECT 1) AS one LEFT JOIN carer c ON c.id = @CarerId;
            SELECT EXISTS (SELECT 1 FROM carer WHERE id = @CarerId);
            SELECT {NoticeRow.Columns}
            FROM carer_notice n
            WHERE n.carer_id IN (SELECT @CarerId UNION ALL SELECT id FROM carer WHERE merged_into = @CarerId)
              AND (@AfterT::timestamptz IS NULL OR (n.created_at, n.id) < (@AfterT, @AfterId))
            ORDER BY n.created_at DESC, n.id DESC
            LIMIT @Take
            """;

        public async ValueTask<Page<CarerNotice>?> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? ListMyNotices.DefaultLimit;
            Cursor.TryDecode<NoticePosition>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            List<NoticeRow> rows;
            await using (var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql, AuditLog.ActorParameters(query.Caller, new
            {
                query.CarerId,
                AfterT = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.T, DateTimeKind.Utc),
                AfterId = after?.I,
                Take = limit + 1,
            }), cancellationToken: cancellationToken)))
            {
                if (!await grid.ReadSingleAsync<bool>()) return null;
                rows = (await grid.ReadAsync<NoticeRow>()).ToList();
            }

            var page = rows.Take(limit).ToList();
            var next = rows.Count > limit ? Cursor.Encode(new NoticePosition(DateTime.SpecifyKind(page[^1].CreatedAt, DateTimeKind.Utc), page[^1].Id)) : null;
            return new Page<CarerNotice>(page.Select(r => r.ToNotice()).ToList(), next);
        }
    }

    /// <remarks>
    /// Council staff read the notices a carer was sent, or could not be sent and why (undeliverable, failed), newest first. Audited like
    /// opening the record, with the reason in `Access-Reason`.
    ///
    /// - Paged with a cursor: send `limit` and, for the next page, the `nextCursor` of the page before as `cursor`.
    /// - 404 (not-found): there is no such carer.
    /// </remarks>
    public static async Task<Results<Ok<Page<CarerNotice>>, ProblemHttpResult>> Endpoint(
        Guid carerId, [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user), carerId, criteria), cancellationToken) is { } page
            ? TypedResults.Ok(page)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer.");
}
