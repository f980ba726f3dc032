using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Features.Matching;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>
/// Staff change a carer's details (If-Match on the record's version: none 428, stale 412). Through
/// the matcher: an NHS number another record holds is refused (409 naming it); a change that makes the
/// record a probable match of another queues the pair for the match queue. Audited.
/// </summary>
public static class ChangeCarerDetails
{
    public sealed record Request : CarerDetails
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example => ExampleDetails<Request>() with { Phone = "07700 900321" };
    }

    /// <summary>The record as changed, and how many probable matches the change put in the match queue.</summary>
    public sealed record Response(CarerRecord Carer, [property: Range(0, 10_000)] int ProbableMatchesQueued)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new(CarerRecord.Example, 0);
    }

    public sealed record Command(Caller Caller, Guid CarerId, int ExpectedVersion, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Changed(Response Response, int Version) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record MergedAway(Guid Into) : Outcome;
        public sealed record Stale : Outcome;
        public sealed record NhsNumberHeld(Guid? ExistingCarerId) : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock) => Include(new CarerDetailsValidator(clock));
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string LockSql = "SELECT version, merged_into FROM carer WHERE id = @CarerId FOR UPDATE";

        // Staff giving an NHS number settle a claimed one (decision 0023); a form without one leaves the claim for staff to see.
        private const string UpdateSql = $"""
            UPDATE carer SET {CarerDetailsParameters.UpdateSetSql}, nhs_number = @NhsNumber::text,
                claimed_nhs_number = CASE WHEN @NhsNumber::text IS NULL THEN claimed_nhs_number END
            WHERE id = @CarerId
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var values = CarerDetailsParameters.From(command.Body);
            var nhsNumber = (string?)values["NhsNumber"];
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var current = await connection.QuerySingleOrDefaultAsync<(int Version, Guid? MergedInto)?>(new CommandDefinition(LockSql,
                new { command.CarerId }, transaction, cancellationToken: cancellationToken));
            if (current is null) return new Outcome.NotFound();
            if (current.Value.MergedInto is { } into) return new Outcome.MergedAway(into);
            if (current.Value.Version != command.ExpectedVersion)
            {
                await Audit(connection, transaction, command, AuditOutcome.PreconditionFailed, null, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new Outcome.Stale();
            }

            if (nhsNumber is not null && await CarerMatcher.FindByNhsNumber(connection, transaction, nhsNumber, cancellationToken) is { } holder
                && holder != command.CarerId)
            {
                return new Outcome.NhsNumberHeld(holder);
            }

            var parameters = new DynamicParameters(values);
            parameters.Add("CarerId", command.CarerId);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(UpdateSql, parameters, transaction, cancellationToken: cancellationToken));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "carer_nhs_number_key")
            {
                // A record merged away keeps its NHS number, or one was written in the moment since the check.
                return new Outcome.NhsNumberHeld(null);
            }

            var queued = await CarerMatcher.QueueProbableMatches(connection, transaction, command.CarerId,
                (string)values["FamilyName"]!, (DateOnly)values["DateOfBirth"]!, (string)values["Postcode"]!, cancellationToken);
            await Audit(connection, transaction, command, AuditOutcome.Success, queued > 0 ? $"{queued} probable match(es) queued" : null, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(Domain.PartnerEvents.CarerUpdatedSql, new { command.CarerId }, transaction, cancellationToken: cancellationToken));
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(CarerRecordReader.SelectByIdSql,
                new { command.CarerId }, transaction, cancellationToken: cancellationToken));
            var read = await CarerRecordReader.ReadAsync(grid, DateOnly.FromDateTime(clock.GetLocalNow().Date), forTheCarer: false);
            await grid.DisposeAsync();
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Changed(new Response(read!.Value.Record, queued), read.Value.Version);
        }

        private static Task Audit(NpgsqlConnection connection, NpgsqlTransaction transaction, Command command, string outcome, string? reason, CancellationToken ct) =>
            AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller,
                nameof(ChangeCarerDetails), "carer", command.CarerId.ToString(), outcome, reason, command.CarerId), ct);
    }

    /// <remarks>
    /// Staff change a carer's details. The change goes through the matcher; audited.
    ///
    /// - Needs `If-Match` with the `ETag` you last read: none is 428 (precondition-required); a stale one is 412 (precondition-failed):
    ///   read the record again. The answer carries the next `ETag` and how many probable matches the change queued.
    /// - 409 (conflict): the NHS number is held by another record (the problem names it), or this record was merged into another.
    /// - 400 (validation): a field is missing or not valid. 404 (not-found): there is no such carer.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(
        Guid carerId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var expected = request.ExpectedVersion();
        var outcome = await mediator.Send(new Command(Caller.From(user), carerId, expected, body), cancellationToken);
        switch (outcome)
        {
            case Outcome.Changed changed:
                ETags.Set(response, changed.Version);
                return TypedResults.Ok(changed.Response);
            case Outcome.Stale:
                return ETags.Stale("record");
            case Outcome.NhsNumberHeld held:
                return CarerMatchProblems.NhsNumberHeld(held.ExistingCarerId);
            case Outcome.MergedAway merged:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This record was merged into another.",
                    detail: "Change the record it was merged into.",
                    extensions: new Dictionary<string, object?> { ["existingCarerId"] = merged.Into, ["existingCarerHref"] = $"/api/carers/{merged.Into}" });
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer.");
        }
    }
}
