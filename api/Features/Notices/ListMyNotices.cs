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
/// Every notice we have sent the signed-in carer, or tried to, newest first, a page at a time (SPEC §9: a carer sees every
/// notice sent to them), with the words as sent. Those of a record merged into theirs count as theirs. Only their own:
/// the carer is found by their sign-in, never by an id they send.
/// </summary>
public static class ListMyNotices
{
    public const int DefaultLimit = 20;

    public sealed record Request
    {
        /// <summary>Results a page, 1 to 100 (20 if not given).</summary>
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        /// <summary>The nextCursor of the previous page.</summary>
        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<CarerNotice>?>;

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
            SELECT id FROM carer WHERE account_subject = @Subject;
            WITH me AS (SELECT id FROM carer WHERE account_subject = @Subject),
            mine AS (SELECT id FROM me UNION ALL SELECT c.id FROM carer c JOIN me ON c.merged_into = me.id)
            SELECT {NoticeRow.Columns}
            FROM carer_notice n
            WHERE n.carer_id IN (SELECT id FROM mine)
              AND (@AfterT::timestamptz IS NULL OR (n.created_at, n.id) < (@AfterT, @AfterId))
            ORDER BY n.created_at DESC, n.id DESC
            LIMIT @Take;
            """;

        public async ValueTask<Page<CarerNotice>?> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<NoticePosition>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            Guid? carerId;
            List<NoticeRow> rows;
            await using (var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new
            {
                query.Caller.Subject,
                AfterT = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.T, DateTimeKind.Utc),
                AfterId = after?.I,
                Take = limit + 1,
            }, cancellationToken: cancellationToken)))
            {
                carerId = await grid.ReadSingleOrDefaultAsync<Guid?>();
                rows = (await grid.ReadAsync<NoticeRow>()).ToList();
            }

            await AuditLog.WriteAsync(connection, null, new AuditEntry(query.Caller, nameof(ListMyNotices), "carer", carerId?.ToString(),
                carerId is null ? AuditOutcome.NotFound : AuditOutcome.Success, null, carerId), cancellationToken);
            if (carerId is null) return null;
            var page = rows.Take(limit).ToList();
            var next = rows.Count > limit ? Cursor.Encode(new NoticePosition(DateTime.SpecifyKind(page[^1].CreatedAt, DateTimeKind.Utc), page[^1].Id)) : null;
            return new Page<CarerNotice>(page.Select(r => r.ToNotice()).ToList(), next);
        }
    }

    /// <remarks>
    /// Every notice we have sent the signed-in carer, or tried to send, newest first: by email, text message or letter, with the words as
    /// sent and whether it was delivered. Notices of a record merged into theirs count as theirs. Only their own: the carer is found by
    /// their sign-in, never by an id they send.
    ///
    /// - Paged with a cursor: send `limit` and, for the next page, the `nextCursor` of the page before as `cursor`.
    /// - 404 (not-found): you have not registered as a carer.
    /// </remarks>
    public static async Task<Results<Ok<Page<CarerNotice>>, ProblemHttpResult>> Endpoint(
        [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken) is { } page
            ? TypedResults.Ok(page)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet.");
}
