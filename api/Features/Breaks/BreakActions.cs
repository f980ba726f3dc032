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

namespace Carers.Api.Features.Breaks;

/// <summary>A carer's own breaks, newest first (at most 50).</summary>
public static class ListMyBreaks
{
    public sealed record Response([property: MaxLength(50)] IReadOnlyList<Break> Items);

    public sealed record Query(Caller Caller) : IQuery<Response>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Response>
    {
        private const string Sql = $"""
            SELECT {BreakRules.Columns} {BreakRules.From} JOIN carer c ON c.id = b.carer_id
            WHERE c.account_subject = @Subject ORDER BY b.starts_on DESC, b.id LIMIT 50
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = await connection.QueryAsync<BreakRules.Row>(new CommandDefinition(Sql, new { query.Caller.Subject }, cancellationToken: cancellationToken));
            return new Response(rows.Select(r => r.ToBreak()).ToList());
        }
    }

    public static async Task<Ok<Response>> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user)), cancellationToken));
}

/// <summary>The staff queue of breaks by status: emergencies first, then oldest first.</summary>
public static class ListBreakQueue
{
    public sealed record Request
    {
        /// <summary>requested (the default), approved, confirmed, completed, declined or cancelled.</summary>
        [FromQuery(Name = "status")]
        public string? Status { get; init; }

        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }
    }

    public sealed record Query(Request Criteria) : IQuery<ListMyBreaks.Response>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Status).MaximumLength(10).Must(s => s is null || Enum.GetValues<BreakStatus>().Any(v => v.Code() == s))
                .WithMessage("Status must be requested, approved, confirmed, completed, declined or cancelled");
            RuleFor(x => x.Limit).InclusiveBetween(1, 50).WithMessage("Limit must be between 1 and 50");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, ListMyBreaks.Response>
    {
        private const string Sql = $"""
            SELECT {BreakRules.Columns} {BreakRules.From} WHERE b.status = @Status ORDER BY b.emergency DESC, b.requested_at, b.id LIMIT @Limit
            """;

        public async ValueTask<ListMyBreaks.Response> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = await connection.QueryAsync<BreakRules.Row>(new CommandDefinition(Sql,
                new { Status = query.Criteria.Status ?? "requested", Limit = query.Criteria.Limit ?? 50 }, cancellationToken: cancellationToken));
            return new ListMyBreaks.Response(rows.Select(r => r.ToBreak()).ToList());
        }
    }

    public static async Task<Ok<ListMyBreaks.Response>> Endpoint([AsParameters] Request criteria, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(criteria), cancellationToken));
}

/// <summary>
/// Moves a break along its lifecycle: staff approve or decline a request, record the provider's
/// confirmation, mark it completed; the carer or staff cancel it. Declining or cancelling gives
/// back the places and the sitting minutes. Confirmation sends break.confirmed to partners with consent.
/// </summary>
public static class MoveBreak
{
    public enum Step { Approved, Declined, Confirmed, Completed, Cancelled }

    public sealed record Request
    {
        public Step? To { get; init; }
        public string? Reason { get; init; }
    }

    public sealed record Command(Caller Caller, Guid BookingId, Request Body, bool ByCarer) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Moved(Break Break) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record Illegal(string From) : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.To).NotNull().WithMessage("Choose the step");
            RuleFor(x => x.Reason).NotEmpty().When(x => x.To == Step.Declined).WithMessage("Give the reason for declining");
            RuleFor(x => x.Reason).MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("The reason must not contain < > or control characters");
        }
    }

    private static readonly Dictionary<Step, string[]> From = new()
    {
        [Step.Approved] = ["requested"],
        [Step.Declined] = ["requested"],
        [Step.Confirmed] = ["approved"],
        [Step.Completed] = ["confirmed"],
        [Step.Cancelled] = ["requested", "approved", "confirmed"],
    };

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        private const string LockSql = """
            SELECT b.status FROM break_booking b JOIN carer c ON c.id = b.carer_id
            WHERE b.id = @BookingId AND (@CarerSubject::text IS NULL OR c.account_subject = @CarerSubject) FOR UPDATE OF b
            """;

        private const string MoveSql = $"""
            UPDATE break_booking SET status = @To, decided_by = @Subject, decision_reason = COALESCE(@Reason, decision_reason), version = version + 1 WHERE id = @BookingId;
            INSERT INTO outbox_message (event_type, partner, carer_id, payload)
            SELECT 'break.confirmed', CASE k.purpose WHEN 'shareWithCarersCentral' THEN 'CarersCentral' ELSE 'Chums' END, k.carer_id,
                   jsonb_build_object('carerId', k.carer_id, 'breakId', @BookingId)
            FROM break_booking b JOIN consent k ON k.carer_id = b.carer_id
            WHERE b.id = @BookingId AND @To = 'confirmed' AND k.purpose IN ('shareWithCarersCentral', 'shareWithChums') AND k.withdrawn_at IS NULL;
            INSERT INTO audit_event (actor_subject, actor_role, action, record_type, record_id, outcome, reason)
            VALUES (@Subject, @Role, 'MoveBreak', 'breakBooking', @BookingId::text, 'success', @From || ' to ' || @To);
            SELECT {BreakRules.Columns} {BreakRules.From} WHERE b.id = @BookingId;
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var to = command.Body.To!.Value;
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var status = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(LockSql,
                new { command.BookingId, CarerSubject = command.ByCarer ? command.Caller.Subject : null }, transaction, cancellationToken: cancellationToken));
            if (status is null) return new Outcome.NotFound();
            if (!From[to].Contains(status)) return new Outcome.Illegal(status);

            if (to is Step.Declined or Step.Cancelled)
            {
                await connection.ExecuteAsync(new CommandDefinition(BreakRules.ReleaseSql, new { command.BookingId }, transaction, cancellationToken: cancellationToken));
            }

            var row = await connection.QuerySingleAsync<BreakRules.Row>(new CommandDefinition(MoveSql, new
            {
                command.BookingId, To = to.Code(), From = status, command.Caller.Subject, command.Caller.Role,
                Reason = string.IsNullOrWhiteSpace(command.Body.Reason) ? null : command.Body.Reason.Trim(),
            }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Moved(row.ToBreak());
        }
    }

    private static Results<Ok<Break>, ProblemHttpResult> ToResult(Outcome outcome, Step to) => outcome switch
    {
        Outcome.Moved moved => TypedResults.Ok(moved.Break),
        Outcome.Illegal illegal => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "That step is not possible now.",
            detail: $"The break is {illegal.From}; it cannot be {to.Code()}."),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such break."),
    };

    /// <summary>Staff: approve, decline, confirm, complete or cancel.</summary>
    public static async Task<Results<Ok<Break>, ProblemHttpResult>> Endpoint(
        Guid breakId, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        ToResult(await mediator.Send(new Command(Caller.From(user), breakId, body, ByCarer: false), cancellationToken), body.To!.Value);

    /// <summary>A carer cancels one of their own breaks.</summary>
    public static async Task<Results<Ok<Break>, ProblemHttpResult>> CarerCancelEndpoint(
        Guid breakId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        ToResult(await mediator.Send(new Command(Caller.From(user), breakId, new Request { To = Step.Cancelled }, ByCarer: true), cancellationToken), Step.Cancelled);
}
