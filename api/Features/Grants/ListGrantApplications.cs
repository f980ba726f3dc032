using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>
/// The grants officer's queue: applications by status, oldest first, each with the carer's
/// assessment outcome beside it. late=true lists approved grants unpaid after the payment target
/// (Grants:PaymentDueWorkingDays working days, England and Wales).
/// </summary>
public static class ListGrantApplications
{
    public sealed record Request
    {
        /// <summary>submitted (the default), approved, declined, paid or cancelled.</summary>
        [FromQuery(Name = "status")]
        public string? Status { get; init; }

        [FromQuery(Name = "late")]
        public bool? Late { get; init; }

        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    internal sealed record Position(DateTime S, Guid I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<GrantApplication>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Status).MaximumLength(10).Must(s => s is null || Enum.GetValues<GrantStatus>().Any(v => v.Code() == s))
                .WithMessage("Status must be submitted, approved, declined, paid or cancelled");
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays, IOptions<GrantOptions> options) : IQueryHandler<Query, Page<GrantApplication>>
    {
        private const string Sql = $"""
            SELECT {GrantReader.Columns} {GrantReader.From}
            WHERE g.status = @Status
              AND (@LateBefore::date IS NULL OR g.approved_on < @LateBefore)
              AND (@AfterS::timestamptz IS NULL OR (g.submitted_at, g.id) > (@AfterS, @AfterId))
            ORDER BY g.submitted_at, g.id LIMIT @Take
            """;

        public async ValueTask<Page<GrantApplication>> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var limit = query.Criteria.Limit ?? 50;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            var late = query.Criteria.Late == true;
            // Late: approved on a day more than the target's working days before today.
            DateOnly? lateBefore = late ? LatestOnTimeApproval(today) : null;
            var status = late ? GrantStatus.Approved
                : query.Criteria.Status is { } code ? Enum.GetValues<GrantStatus>().Single(v => v.Code() == code) : GrantStatus.Submitted;
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<GrantReader.Row>(new CommandDefinition(Sql, new
            {
                Status = status.Code(),
                LateBefore = lateBefore,
                AfterS = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.S, DateTimeKind.Utc),
                AfterId = after?.I,
                Take = limit + 1,
            }, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListGrantApplications), "grantApplication",
                page.Select(r => (r.Id.ToString(), r.CarerId)), null, cancellationToken);
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].SubmittedAt, page[^1].Id)) : null;
            return new Page<GrantApplication>(page.Select(r => GrantReader.Map(r, today, workingDays, options.Value.PaymentDueWorkingDays)).ToList(), next);
        }

        /// <summary>The earliest approval date that is not yet late today.</summary>
        private DateOnly LatestOnTimeApproval(DateOnly today)
        {
            var date = today;
            while (workingDays.Between(date.AddDays(-1), today) <= options.Value.PaymentDueWorkingDays) date = date.AddDays(-1);
            return date;
        }
    }

    /// <remarks>
    /// The grants officer's queue: applications in one `status` (submitted when left out), oldest first, each with the carer's
    /// latest assessment outcome beside it and its ETag. `late=true` lists instead the approved grants still unpaid after the
    /// payment target (working days in England and Wales).
    ///
    /// A page at a time: `limit` 1 to 100, and the previous page's `nextCursor` as `cursor` (null on the last page; a cursor we
    /// did not give is 400). Each application shown is in its carer's audit log with the `Access-Reason` given (casework when
    /// left out).
    /// </remarks>
    public static async Task<Ok<Page<GrantApplication>>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
