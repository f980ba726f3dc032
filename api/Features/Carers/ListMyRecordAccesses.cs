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

namespace Carers.Api.Features.Carers;

/// <summary>How an access turned out, as the audit log keeps it.</summary>
public enum RecordAccessOutcome { Success, NotFound, Forbidden, Unauthenticated, Conflict, PreconditionFailed }

/// <summary>
/// "Who has seen your record" (decision 0025): every look at, or change to, the signed-in carer's personal data by
/// someone other than themselves (council staff, partners, GP systems), newest first, a page at a time. Rows of a record
/// merged into theirs count as theirs. The team and role, never the officer's name. Reading it is audited too.
/// </summary>
public static class ListMyRecordAccesses
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

    /// <param name="Organisation">The organisation or team, like "Luton Council — carers assessment team" or "GP practice A12345".</param>
    /// <param name="Role">The kind of person or system, like "Assessor"; never their name.</param>
    /// <param name="What">What was looked at or done, like "your assessment" or "a list of grant applications that included yours".</param>
    /// <param name="Reason">The reason a member of staff gave; null for partners and GP systems.</param>
    /// <param name="Why">The reason in plain words.</param>
    public sealed record RecordAccess(
        DateTimeOffset At,
        [property: MaxLength(100)] string Organisation,
        [property: MaxLength(50)] string Role,
        [property: MaxLength(200)] string What,
        AccessReason? Reason,
        [property: MaxLength(100)] string Why,
        RecordAccessOutcome Outcome)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static RecordAccess Example =>
            new(
                Examples.At.AddDays(9),
                RecordAccessNames.Organisation(Roles.Assessor, null),
                RecordAccessNames.Role(Roles.Assessor),
                RecordAccessNames.What("GetAssessment", "assessment"),
                AccessReason.Casework,
                RecordAccessNames.Why(Roles.Assessor, AccessReason.Casework),
                RecordAccessOutcome.Success);
    }

    internal sealed record Position(DateTime T, long I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<RecordAccess>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Page<RecordAccess>>
    {
        // The carer's record and any merged into it (merges are flattened: merged_into always names the kept record).
        // Their own reads and changes are left out, and so are callers with no role (anonymous attempts).
        private const string Sql = """
            WITH me AS (SELECT id FROM carer WHERE account_subject = @Subject),
            mine AS (SELECT id FROM me UNION ALL SELECT c.id FROM carer c JOIN me ON c.merged_into = me.id)
            SELECT a.id, a.occurred_at, a.actor_role, a.actor_organisation, a.action, a.record_type, a.outcome, a.access_reason
            FROM audit_event a
            WHERE a.carer_id IN (SELECT id FROM mine)
              AND a.actor_subject <> @Subject AND a.actor_role NOT IN ('Carer', 'none')
              AND (@AfterT::timestamptz IS NULL OR (a.occurred_at, a.id) < (@AfterT, @AfterId))
            ORDER BY a.occurred_at DESC, a.id DESC
            LIMIT @Take;
            SELECT id FROM carer WHERE account_subject = @Subject;
            """;

        public async ValueTask<Page<RecordAccess>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            List<Row> rows;
            Guid? carerId;
            await using (var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new
            {
                query.Caller.Subject,
                AfterT = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.T, DateTimeKind.Utc),
                AfterId = after?.I,
                Take = limit + 1,
            }, cancellationToken: cancellationToken)))
            {
                rows = (await grid.ReadAsync<Row>()).ToList();
                carerId = await grid.ReadSingleOrDefaultAsync<Guid?>();
            }

            var page = rows.Take(limit).ToList();
            await AuditLog.WriteAsync(connection, null, new AuditEntry(query.Caller, nameof(ListMyRecordAccesses), "carer", carerId?.ToString(),
                carerId is null ? AuditOutcome.NotFound : AuditOutcome.Success, $"{page.Count} accesses shown", carerId), cancellationToken);
            var items = page.Select(r =>
            {
                AccessReason? reason = AccessReasons.TryParse(r.AccessReason, out var parsed) ? parsed : null;
                return new RecordAccess(new DateTimeOffset(r.OccurredAt, TimeSpan.Zero), RecordAccessNames.Organisation(r.ActorRole, r.ActorOrganisation),
                    RecordAccessNames.Role(r.ActorRole), RecordAccessNames.What(r.Action, r.RecordType), reason, RecordAccessNames.Why(r.ActorRole, reason),
                    Vocabulary.Parse<RecordAccessOutcome>(r.Outcome));
            }).ToList();
            var next = rows.Count > limit ? Cursor.Encode(new Position(DateTime.SpecifyKind(page[^1].OccurredAt, DateTimeKind.Utc), page[^1].Id)) : null;
            return new Page<RecordAccess>(items, next);
        }

        private sealed record Row
        {
            public long Id { get; init; }
            public DateTime OccurredAt { get; init; }
            public string ActorRole { get; init; } = "";
            public string? ActorOrganisation { get; init; }
            public string Action { get; init; } = "";
            public string RecordType { get; init; } = "";
            public string Outcome { get; init; } = "";
            public string? AccessReason { get; init; }
        }
    }

    /// <remarks>
    /// Who has seen your record: every time someone other than you (council staff, a partner, a GP system) looked at or changed your
    /// personal data, newest first, with the team or organisation, their role and the reason they gave. Never an officer's name. Reading
    /// this list is audited too.
    ///
    /// - Paged with a cursor: send `limit` (1 to 100) and, for the next page, the `nextCursor` of the page before as `cursor`.
    ///   `nextCursor` is null on the last page. A cursor is opaque; one that was not ours is 400 (validation).
    /// </remarks>
    public static async Task<Ok<Page<RecordAccess>>> Endpoint(
        [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
