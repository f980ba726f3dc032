using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.InformationRequests;

/// <summary>A carer lists their own information requests, newest first, a page at a time. Someone not registered gets an empty page.</summary>
public static class ListMyInformationRequests
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

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<InformationRequest>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Page<InformationRequest>>
    {
        private const string Sql = $"""
            SELECT {InformationRequestReader.Columns}
            FROM information_request r JOIN carer c ON c.id = r.carer_id
            WHERE c.account_subject = @Subject
              AND (@AfterT::timestamptz IS NULL OR (r.requested_at, r.id) < (@AfterT, @AfterId))
            ORDER BY r.requested_at DESC, r.id DESC
            LIMIT @Take
            """;

        public async ValueTask<Page<InformationRequest>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<InformationRequestReader.Row>(new CommandDefinition(Sql, new
            {
                query.Caller.Subject,
                AfterT = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.T, DateTimeKind.Utc),
                AfterId = after?.I,
                Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListMyInformationRequests), InformationRequestReader.RecordType,
                page.Select(r => (r.Id.ToString(), r.CarerId)), null, cancellationToken);
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].RequestedAt, page[^1].Id)) : null;
            return new Page<InformationRequest>(page.Select(InformationRequestReader.ToRequest).ToList(), next);
        }
    }

    /// <remarks>
    /// The signed-in carer's own information requests, newest first. Someone not registered gets an empty page.
    ///
    /// - Paged with a cursor: send `limit` and, for the next page, the `nextCursor` of the page before as `cursor`.
    /// </remarks>
    public static async Task<Ok<Page<InformationRequest>>> Endpoint(
        [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
