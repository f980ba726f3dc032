using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using System.Security.Claims;

namespace Carers.Api.Features.Retention;

/// <summary>
/// The retention review queue for data-protection officers, by due date (earliest first), a page at a time, optionally one
/// status. Each review says what anonymising would remove and what argues against it. Reading it is audited: one row for
/// each record shown, naming the carer.
/// </summary>
public static class ListRetentionReviews
{
    public const int DefaultLimit = 50;

    public sealed record Request
    {
        /// <summary>Only reviews with this status (all if not given).</summary>
        [FromQuery(Name = "status")]
        [QueryVocabulary(typeof(RetentionReviewStatus))]
        public string? Status { get; init; }

        /// <summary>Results a page, 1 to 100 (50 if not given).</summary>
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        /// <summary>The nextCursor of the previous page.</summary>
        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    internal sealed record Position(DateOnly D, Guid I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<RetentionReview>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Status).MaximumLength(20).Must(QueryVocabularyAttribute.Allows<RetentionReviewStatus>)
                .WithMessage("Status must be due, approved, rejected, anonymised or failed");
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Page<RetentionReview>>
    {
        private const string Sql = $"""
            {RetentionReviews.SelectSql}
            WHERE (@Status::text IS NULL OR r.status = @Status)
              AND (@AfterD::date IS NULL OR (r.due_on, r.id) > (@AfterD, @AfterId))
            ORDER BY r.due_on, r.id
            LIMIT @Take
            """;

        public async ValueTask<Page<RetentionReview>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<RetentionReviews.Row>(new CommandDefinition(Sql, new
            {
                query.Criteria.Status, AfterD = after?.D, AfterId = after?.I, Take = limit + 1, Today = RetentionReviews.Today(clock),
            }, transaction, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, transaction, query.Caller, nameof(ListRetentionReviews), RetentionReviews.RecordType,
                page.Select(r => (r.Id.ToString(), r.CarerId)), AccessReason.DataProtectionRequest, cancellationToken);

            await transaction.CommitAsync(cancellationToken);
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].DueOn, page[^1].Id)) : null;
            return new Page<RetentionReview>(page.Select(r => r.ToReview()).ToList(), next);
        }
    }

    /// <remarks>
    /// The retention review queue for data-protection officers: records past their retention date, earliest due first, optionally of one
    /// `status`. Each review says what anonymising would remove and what argues against it (an open complaint, a grant approved and not
    /// yet paid). Audited: one row for each record shown, naming the carer.
    ///
    /// - Paged with a cursor: send `limit` and, for the next page, the `nextCursor` of the page before as `cursor`.
    /// - 400 (validation): a status that is not one of the listed words, or a cursor that was not ours.
    /// </remarks>
    public static async Task<Ok<Page<RetentionReview>>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
