using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>
/// Staff only: for each person this carer cares for, the other carers of the same person (two siblings caring for their
/// mother), so the staff carer page can link to them. Carers never see this (decision 0023). Audited.
/// </summary>
public static class ListOtherCarersOfCaredForPeople
{
    public sealed record Request
    {
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    /// <summary>Another carer of the person on this carer's relationship <c>relationshipId</c>.</summary>
    public sealed record OtherCarer(
        Guid RelationshipId,
        Guid CarerId,
        [property: MaxLength(100)] string GivenName,
        [property: MaxLength(100)] string FamilyName,
        bool StillCaring)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static OtherCarer Example =>
            new(Guid.Parse("9e8d7c6b-5a49-4382-b716-05f4e3d2c1b0"), Examples.OtherCarerId, "Farah", "Khan", true);
    }

    internal sealed record Position(Guid R, Guid C);

    public sealed record Query(Caller Caller, Guid CarerId, Request Criteria) : IQuery<Outcome>;

    public abstract record Outcome
    {
        public sealed record Found(Page<OtherCarer> Page) : Outcome;
        public sealed record NotFound : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Outcome>
    {
        private const string Sql = $"""
            {AuditLog.Into}
            SELECT {AuditLog.ActorValues}, 'ListOtherCarersOfCaredForPeople', 'carer', @CarerId::text,
                   CASE WHEN c.id IS NULL THEN 'notFound' ELSE 'success' END, NULL, c.id, @AccessReason
            FROM (SELECT 1) AS one LEFT JOIN carer c ON c.id = @CarerId;
            SELECT EXISTS (SELECT 1 FROM carer WHERE id = @CarerId);
            SELECT mine.id AS relationship_id, c.id AS carer_id, c.given_name, c.family_name, bool_or(theirs.ended_on IS NULL) AS still_caring
            FROM caring_relationship mine
            JOIN caring_relationship theirs ON theirs.cared_for_person_id = mine.cared_for_person_id AND theirs.carer_id <> mine.carer_id
            JOIN carer c ON c.id = theirs.carer_id AND c.merged_into IS NULL
            WHERE mine.carer_id = @CarerId
              AND (@AfterR::uuid IS NULL OR (mine.id, c.id) > (@AfterR, @AfterC))
            GROUP BY mine.id, c.id
            ORDER BY mine.id, c.id
            LIMIT @Take
            """;

        public async ValueTask<Outcome> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? 20;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            List<OtherCarer> rows;
            await using (var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql, AuditLog.ActorParameters(query.Caller, new
            {
                query.CarerId,
                AfterR = after?.R,
                AfterC = after?.C,
                Take = limit + 1,
            }), cancellationToken: cancellationToken)))
            {
                if (!await grid.ReadSingleAsync<bool>()) return new Outcome.NotFound();
                rows = (await grid.ReadAsync<OtherCarer>()).ToList();
            }

            var page = rows.Take(limit).ToList();
            // The other carers' names were shown too: a row for each (an empty page adds none; the row above says the list was read).
            if (page.Count > 0)
            {
                await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListOtherCarersOfCaredForPeople),
                    page.Select(p => p.CarerId).Distinct(), null, cancellationToken);
            }

            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].RelationshipId, page[^1].CarerId)) : null;
            return new Outcome.Found(new Page<OtherCarer>(page, next));
        }
    }

    /// <remarks>
    /// Staff only: for each person this carer cares for, the other carers of the same person (two siblings caring for their mother), so
    /// staff can move between them. Carers never see this. Audited with the reason in `Access-Reason`.
    ///
    /// - Paged with a cursor: send `limit` and, for the next page, the `nextCursor` of the page before as `cursor`.
    /// - 404 (not-found): there is no such carer.
    /// </remarks>
    public static async Task<Results<Ok<Page<OtherCarer>>, ProblemHttpResult>> Endpoint(
        Guid carerId, [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user), carerId, criteria), cancellationToken) is Outcome.Found found
            ? TypedResults.Ok(found.Page)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer.");
}
