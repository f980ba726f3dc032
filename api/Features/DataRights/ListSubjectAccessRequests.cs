using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.DataRights;

/// <summary>
/// The data protection team's queue: open requests first, by the date they must be answered (overdue ones
/// have the earliest dates, so they lead), then closed ones by the same date; a page at a time, each with
/// its days left or overdue. Each request shown writes an audit row naming it and its carer, with the
/// reason dataProtectionRequest (issue 15: list reads say which records were shown).
/// </summary>
public static class ListSubjectAccessRequests
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

    internal sealed record Position(bool C, DateOnly D, Guid I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<SubjectAccessRequest>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Page<SubjectAccessRequest>>
    {
        private const string Sql = $"""
            SELECT {SubjectAccessRequests.Columns}, s.status <> 'received' AS closed, COALESCE(s.extended_to, s.due_on) AS respond_by
            {SubjectAccessRequests.From}
            WHERE @AfterD::date IS NULL OR (s.status <> 'received', COALESCE(s.extended_to, s.due_on), s.id) > (@AfterC, @AfterD, @AfterId)
            ORDER BY s.status <> 'received', COALESCE(s.extended_to, s.due_on), s.id
            LIMIT @Take
            """;

        public async ValueTask<Page<SubjectAccessRequest>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<SubjectAccessRequests.Row>(new CommandDefinition(Sql, new
            {
                AfterC = after?.C ?? false, AfterD = after?.D, AfterId = after?.I ?? Guid.Empty, Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).Select(r => SubjectAccessRequests.ToRequest(r, today)).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListSubjectAccessRequests), SubjectAccessRequests.RecordType,
                page.Select(r => (r.Id.ToString(), r.CarerId)), AccessReason.DataProtectionRequest, cancellationToken);
            var next = rows.Count > limit
                ? Cursor.Encode(new Position(page[^1].Status != SubjectAccessStatus.Received, page[^1].RespondBy, page[^1].Id))
                : null;
            return new Page<SubjectAccessRequest>(page, next);
        }
    }

    /// <remarks>
    /// The data-protection team's queue of subject access requests: open ones first, by the date they must be answered (overdue ones
    /// lead), then closed ones; each with its days left or overdue. Each request shown writes an audit row naming it and its carer, with
    /// the reason dataProtectionRequest.
    ///
    /// - Paged with a cursor: send `limit` (1 to 100) and, for the next page, the `nextCursor` of the page before as `cursor`;
    ///   `nextCursor` is null on the last page.
    /// </remarks>
    public static async Task<Ok<Page<SubjectAccessRequest>>> Endpoint(
        [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
