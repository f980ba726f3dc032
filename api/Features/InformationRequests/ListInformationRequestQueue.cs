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

namespace Carers.Api.Features.InformationRequests;

/// <summary>
/// Staff's queue of open requests, by due date: overdue ones (due before today) have the earliest
/// due dates, so they come first; a page at a time. Like the other staff queues, reading it writes
/// no audit row (issue 15 will add that to every list at once).
/// </summary>
public static class ListInformationRequestQueue
{
    public const int DefaultLimit = 50;

    public sealed record Request
    {
        /// <summary>Results a page, 1 to 100 (50 if not given).</summary>
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        /// <summary>The nextCursor of the previous page.</summary>
        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    internal sealed record Position(DateOnly D, Guid I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<InformationQueueItem>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Page<InformationQueueItem>>
    {
        private const string Sql = $"""
            SELECT {InformationRequestReader.Columns}, c.given_name || ' ' || c.family_name AS carer_name
            FROM information_request r JOIN carer c ON c.id = r.carer_id
            WHERE r.status = 'requested'
              AND (@AfterD::date IS NULL OR (r.due_on, r.id) > (@AfterD, @AfterId))
            ORDER BY r.due_on, r.id
            LIMIT @Take
            """;

        public async ValueTask<Page<InformationQueueItem>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<QueueRow>(new CommandDefinition(Sql, new
            {
                AfterD = after?.D, AfterId = after?.I, Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListInformationRequestQueue), InformationRequestReader.RecordType,
                page.Select(r => (r.Id.ToString(), r.CarerId)), null, cancellationToken);
            var items = page.Select(r => new InformationQueueItem(r.Id, r.CarerId, r.CarerName, Vocabulary.Parse<InformationSubject>(r.Subject), r.Title,
                r.Description, Vocabulary.Parse<InformationFormat>(r.Format), r.Language,
                new DateTimeOffset(DateTime.SpecifyKind(r.RequestedAt, DateTimeKind.Utc)), r.DueOn, r.DueOn < today, ETags.For(r.Version))).ToList();
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].DueOn, page[^1].Id)) : null;
            return new Page<InformationQueueItem>(items, next);
        }

        private sealed record QueueRow
        {
            public Guid Id { get; init; }
            public Guid CarerId { get; init; }
            public string CarerName { get; init; } = "";
            public string Subject { get; init; } = "";
            public string Title { get; init; } = "";
            public string? Description { get; init; }
            public string Format { get; init; } = "";
            public string? Language { get; init; }
            public DateTime RequestedAt { get; init; }
            public DateOnly DueOn { get; init; }
            public int Version { get; init; }
        }
    }

    /// <remarks>
    /// Staff's queue of open information requests by due date: overdue ones come first. Each item carries its `eTag` for
    /// RecordInformationSent and RecordInformationUnable.
    ///
    /// - Paged with a cursor: send `limit` and, for the next page, the `nextCursor` of the page before as `cursor`.
    /// </remarks>
    public static async Task<Ok<Page<InformationQueueItem>>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
