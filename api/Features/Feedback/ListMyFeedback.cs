using System.Security.Claims;
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
/// A carer lists their own complaints and compliments, newest first, a page at a time, whether they
/// sent them online or staff recorded them. Someone not registered gets an empty page.
/// </summary>
public static class ListMyFeedback
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

    internal sealed record Position(DateTime T, Guid I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<FeedbackItem>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Page<FeedbackItem>>
    {
        private const string Sql = $"""
            SELECT {FeedbackReader.Columns}
            FROM feedback f JOIN carer c ON c.id = f.carer_id
            WHERE c.account_subject = @Subject
              AND (@AfterT::timestamptz IS NULL OR (f.received_at, f.id) < (@AfterT, @AfterId))
            ORDER BY f.received_at DESC, f.id DESC
            LIMIT @Take
            """;

        public async ValueTask<Page<FeedbackItem>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<FeedbackReader.Row>(new CommandDefinition(Sql, new
            {
                query.Caller.Subject,
                AfterT = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.T, DateTimeKind.Utc),
                AfterId = after?.I,
                Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListMyFeedback), FeedbackReader.RecordType,
                page.Select(r => (r.Id.ToString(), r.CarerId)), null, cancellationToken);
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].ReceivedAt, page[^1].Id)) : null;
            return new Page<FeedbackItem>(page.Select(FeedbackReader.ToItem).ToList(), next);
        }
    }

    /// <remarks>
    /// Lists the caller's own complaints and compliments, newest first, whether they sent them online or
    /// staff recorded them from a call, letter, email or visit. Someone not registered as a carer gets an
    /// empty page.
    ///
    /// Paging: `limit` is 1 to 100 (20 if not given); send a page's `nextCursor` as `cursor` for the next
    /// page; the last page's `nextCursor` is null.
    ///
    /// 400: a `limit` out of range, or a cursor that is not one of ours.
    /// </remarks>
    public static async Task<Ok<Page<FeedbackItem>>> Endpoint(
        [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
