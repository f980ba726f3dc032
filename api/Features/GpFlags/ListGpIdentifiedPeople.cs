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

namespace Carers.Api.Features.GpFlags;

/// <summary>
/// The GP worklist: people a GP identified as carers, who agreed to be contacted and are not yet
/// registered, declined or found not to be carers; oldest first (when first flagged), optionally one practice.
/// </summary>
public static class ListGpIdentifiedPeople
{
    public sealed record Request
    {
        /// <summary>Only people flagged by this GP practice (ODS code, like A12345).</summary>
        [FromQuery(Name = "practice")]
        public string? Practice { get; init; }

        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    internal sealed record Position(DateTime F, string N);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<GpIdentifiedPerson>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Practice).MaximumLength(6).Matches(TextRules.OdsPattern).WithMessage("Enter a GP practice code, like A12345");
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Page<GpIdentifiedPerson>>
    {
        private const string Sql = $"""
            SELECT {GpWorklist.PersonColumns}
            FROM gp_identified_person p
            {GpWorklist.LatestAttemptJoin}
            WHERE p.{GpWorklist.OnWorklist}
              AND (@Practice::text IS NULL OR p.ods_code = @Practice)
              AND (@AfterFlagged::timestamptz IS NULL OR (p.first_flagged_at, p.nhs_number) > (@AfterFlagged, @AfterNhs::char(10)))
            ORDER BY p.first_flagged_at, p.nhs_number
            LIMIT @Take;
            """;

        public async ValueTask<Page<GpIdentifiedPerson>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? 20;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            var practice = string.IsNullOrWhiteSpace(query.Criteria.Practice) ? null : query.Criteria.Practice.Trim();
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<GpWorklist.PersonRow>(new CommandDefinition(Sql, new
            {
                Practice = practice,
                AfterFlagged = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.F, DateTimeKind.Utc),
                AfterNhs = after?.N,
                Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).Select(r => r.ToPerson()).ToList();
            // The people on the worklist are not carers we hold yet: each row names the NHS number shown, with no carer.
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListGpIdentifiedPeople), "gpIdentifiedPerson",
                page.Select(p => (p.NhsNumber, (Guid?)null)), null, cancellationToken, practice);
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].FirstFlaggedAt.UtcDateTime, page[^1].NhsNumber)) : null;
            return new Page<GpIdentifiedPerson>(page, next);
        }
    }

    /// <remarks>
    /// The GP worklist: people a GP practice flagged as carers, who agreed to be contacted and whom the council does not
    /// know yet, oldest first, with their contact attempts so far. `practice` (an ODS code like A12345) narrows it to one
    /// practice. People who were registered, declined, are not carers or are no longer carers leave the list.
    ///
    /// - Paging: `limit` 1 to 100 (default 20) and `cursor` (the `nextCursor` of the page before); a cursor not given
    ///   out by this operation is 400, as is a malformed practice code.
    /// - Every read is audited with the caller's `Access-Reason` (default `casework`).
    /// </remarks>
    public static async Task<Ok<Page<GpIdentifiedPerson>>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
