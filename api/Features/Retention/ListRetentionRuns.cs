using Carers.Api.Infrastructure;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.Retention;

/// <summary>The log of retention runs, newest first, a page at a time: counts only, no personal data.</summary>
public static class ListRetentionRuns
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

    internal sealed record Position(DateTime S, Guid I);

    public sealed record Query(Request Criteria) : IQuery<Page<RetentionRun>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Page<RetentionRun>>
    {
        private const string Sql = $"""
            SELECT {RunRow.Columns} FROM retention_run
            WHERE (@AfterS::timestamptz IS NULL OR (started_at, id) < (@AfterS, @AfterId))
            ORDER BY started_at DESC, id DESC
            LIMIT @Take
            """;

        public async ValueTask<Page<RetentionRun>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<RunRow>(new CommandDefinition(Sql, new
            {
                AfterS = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.S, DateTimeKind.Utc), AfterId = after?.I, Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].StartedAt, page[^1].Id)) : null;
            return new Page<RetentionRun>(page.Select(r => r.ToRun()).ToList(), next);
        }
    }

    /// <remarks>
    /// The log of retention runs, newest first: when, dry or live, who asked, and counts only (no personal data).
    ///
    /// - Paged with a cursor: send `limit` and, for the next page, the `nextCursor` of the page before as `cursor`.
    /// </remarks>
    public static async Task<Ok<Page<RetentionRun>>> Endpoint([AsParameters] Request criteria, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(criteria), cancellationToken));
}
