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

namespace Carers.Api.Features.Breaks;

/// <summary>
/// The staff queue of breaks by status: emergencies first, then oldest first, paged by a keyset
/// cursor with no cap on how far it goes (decision 0030). Each break carries its eTag for If-Match.
/// </summary>
public static class ListBreakQueue
{
    public sealed record Request
    {
        /// <summary>requested (the default), approved, confirmed, completed, declined or cancelled.</summary>
        [FromQuery(Name = "status")]
        public string? Status { get; init; }

        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    /// <summary>The last break of a page: emergency, requested at, id (the queue's order).</summary>
    internal sealed record Position(bool E, DateTime R, Guid I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<Break>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Status).MaximumLength(10).Must(s => s is null || Enum.GetValues<BreakStatus>().Any(v => v.Code() == s))
                .WithMessage("Status must be requested, approved, confirmed, completed, declined or cancelled");
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Page<Break>>
    {
        // Emergencies first (emergency DESC), then (requested_at, id) ascending: after an emergency come the
        // later emergencies and every other break; after an ordinary one only later ordinary ones.
        private const string Sql = $"""
            SELECT {BreakRules.Columns} {BreakRules.From}
            WHERE b.status = @Status
              AND (@AfterE::boolean IS NULL
                   OR (@AfterE AND NOT b.emergency)
                   OR (b.emergency = @AfterE AND (b.requested_at, b.id) > (@AfterR, @AfterI)))
            ORDER BY b.emergency DESC, b.requested_at, b.id LIMIT @Take
            """;

        public async ValueTask<Page<Break>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? 50;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<BreakRules.Row>(new CommandDefinition(Sql, new
            {
                Status = query.Criteria.Status ?? "requested",
                AfterE = after?.E,
                AfterR = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.R, DateTimeKind.Utc),
                AfterI = after?.I,
                Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListBreakQueue), "breakBooking",
                page.Select(r => (r.Id.ToString(), r.CarerId)), null, cancellationToken);
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].Emergency, page[^1].RequestedAt, page[^1].Id)) : null;
            return new Page<Break>(page.Select(r => r.ToBreak()).ToList(), next);
        }
    }

    /// <remarks>
    /// The staff queue of breaks in one `status` (requested when left out): emergencies first, then oldest first, each with
    /// its ETag for MoveBreak. A page at a time with no cap on how far it goes: `limit` 1 to 100, and the previous page's
    /// `nextCursor` as `cursor` (null on the last page; a cursor we did not give is 400). Each break shown is in its carer's
    /// audit log with the `Access-Reason` given (casework when left out).
    /// </remarks>
    public static async Task<Ok<Page<Break>>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
