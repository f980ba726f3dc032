using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Retention;

/// <summary>
/// Staff close a carer's record, with the reason and the day (decision 0027): it leaves the search, the queues and the
/// partners' views as a merged record does, and its retention period runs from that day. If-Match on the record's
/// version (none 428, stale 412); a closed or merged record is 409. Audited with the carer named.
/// </summary>
public static class CloseCarerRecord
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Reason = ClosingReason.ExCarer, ClosedOn = new DateOnly(2026, 2, 28) };

        /// <summary>exCarer: no longer caring. noContact: no contact for long enough to close. died. movedAway: left Luton's care.</summary>
        public ClosingReason? Reason { get; init; }

        /// <summary>The day the record is closed: today or earlier, not before the carer was identified.</summary>
        public DateOnly? ClosedOn { get; init; }
    }

    public sealed record Response(Guid CarerId, ClosedReason ClosedReason, DateOnly ClosedOn)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new(Examples.CarerId, ClosedReason.ExCarer, new DateOnly(2026, 2, 28));
    }

    public sealed record Command(Caller Caller, Guid CarerId, int ExpectedVersion, Request Body, DateOnly Today) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Closed(Response Response, int Version) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record Stale : Outcome;
        public sealed record AlreadyClosed : Outcome;
        public sealed record BeforeIdentified(DateOnly IdentifiedOn) : Outcome;
        public sealed record InTheFuture : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Reason).NotNull().WithMessage("Choose why the record is closed");
            RuleFor(x => x.ClosedOn).NotNull().WithMessage("Enter the day the record is closed")
                .GreaterThanOrEqualTo(new DateOnly(1900, 1, 1)).WithMessage("Enter a real date");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        private const string LockSql = """
            SELECT version, closed_at IS NOT NULL AS closed, (identified_at AT TIME ZONE 'Europe/London')::date AS identified_on
            FROM carer WHERE id = @CarerId FOR UPDATE
            """;

        private const string CloseSql = """
            UPDATE carer SET closed_at = (@ClosedOn::date::timestamp AT TIME ZONE 'Europe/London'), closed_reason = @Reason,
                version = version + 1, updated_at = now()
            WHERE id = @CarerId
            RETURNING version
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var closedOn = command.Body.ClosedOn!.Value;
            if (closedOn > command.Today) return new Outcome.InTheFuture();
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var current = await connection.QuerySingleOrDefaultAsync<(int Version, bool Closed, DateOnly IdentifiedOn)?>(new CommandDefinition(LockSql,
                new { command.CarerId }, transaction, cancellationToken: cancellationToken));
            if (current is null) return new Outcome.NotFound();
            if (current.Value.Version != command.ExpectedVersion)
            {
                await Audit(connection, transaction, command, AuditOutcome.PreconditionFailed, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new Outcome.Stale();
            }

            if (current.Value.Closed) return new Outcome.AlreadyClosed();
            if (closedOn < current.Value.IdentifiedOn) return new Outcome.BeforeIdentified(current.Value.IdentifiedOn);
            var reason = command.Body.Reason!.Value.Code();
            var version = await connection.ExecuteScalarAsync<int>(new CommandDefinition(CloseSql,
                new { command.CarerId, ClosedOn = closedOn, Reason = reason }, transaction, cancellationToken: cancellationToken));
            await Audit(connection, transaction, command, AuditOutcome.Success, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Closed(new Response(command.CarerId, Vocabulary.Parse<ClosedReason>(reason), closedOn), version);
        }

        private static Task Audit(NpgsqlConnection connection, NpgsqlTransaction transaction, Command command, string outcome, CancellationToken ct) =>
            AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(CloseCarerRecord),
                "carer", command.CarerId.ToString(), outcome, command.Body.Reason?.Code(), CarerId: command.CarerId), ct);
    }

    /// <remarks>
    /// Staff close a carer's record, with the reason and the day. It leaves the search, the queues and the partners' views as a merged
    /// record does, and its retention period runs from that day. Audited with the carer named.
    ///
    /// - Needs `If-Match` with the record's `ETag`: none is 428 (precondition-required); a stale one is 412 (precondition-failed).
    /// - 400 (validation): the reason or day is missing or not valid. 404 (not-found): there is no such carer.
    /// - 409 (conflict): the record is already closed, or was merged into another.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(
        Guid carerId, Request body, ClaimsPrincipal user, IMediator mediator, TimeProvider clock, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), RetentionRunner.London).DateTime);
        var expected = request.ExpectedVersion();
        switch (await mediator.Send(new Command(Caller.From(user), carerId, expected, body, today), cancellationToken))
        {
            case Outcome.Closed closed:
                ETags.Set(response, closed.Version);
                return TypedResults.Ok(closed.Response);
            case Outcome.Stale:
                return ETags.Stale("record");
            case Outcome.AlreadyClosed:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This record is already closed.");
            case Outcome.InTheFuture:
                return Invalid("The day the record is closed must be today or in the past");
            case Outcome.BeforeIdentified before:
                return Invalid($"The day the record is closed must be on or after {before.IdentifiedOn:d MMMM yyyy}, when the carer was identified");
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer.");
        }

        static ProblemHttpResult Invalid(string message) => TypedResults.Problem(new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { ["closedOn"] = [message] }) { Status = StatusCodes.Status400BadRequest, Title = "The closure is not valid." });
    }
}
