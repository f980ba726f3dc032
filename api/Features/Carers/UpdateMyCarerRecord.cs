using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Features.Matching;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>A carer changes their own details. Needs If-Match: a stale version answers 412, none 428.</summary>
public static class UpdateMyCarerRecord
{
    public sealed record Request : CarerDetails
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example => ExampleDetails<Request>() with { Phone = "07700 900321" };
    }

    public sealed record Command(Caller Caller, int ExpectedVersion, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Updated(CarerRecord Record, int Version) : Outcome;
        public sealed record NotRegistered : Outcome;
        public sealed record Stale : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock) => Include(new CarerDetailsValidator(clock));
    }

    /// <summary>
    /// An NHS number another record holds is kept beside the carer's record as claimed (unverified) and queued as a sign-in
    /// claim for staff; the carer sees it as their number, the same answer as for a free number (decision 0023).
    /// </summary>
    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string HeldElsewhere = "@NhsNumber::text IS NOT NULL AND EXISTS (SELECT 1 FROM carer o WHERE o.nhs_number = @NhsNumber AND o.id <> c.id)";

        private const string UpdateSql = $"""
            UPDATE carer c SET {CarerDetailsParameters.UpdateSetSql},
                nhs_number = CASE WHEN {HeldElsewhere} THEN NULL ELSE @NhsNumber END,
                claimed_nhs_number = CASE WHEN {HeldElsewhere} THEN @NhsNumber END
            WHERE account_subject = @Subject AND version = @ExpectedVersion
            RETURNING id, claimed_nhs_number IS NOT NULL AS nhs_number_kept_aside
            """;

        private const string ExistsSql = "SELECT id FROM carer WHERE account_subject = @Subject";

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var parameters = new DynamicParameters(CarerDetailsParameters.From(command.Body));
            parameters.Add("Subject", command.Caller.Subject);
            parameters.Add("ExpectedVersion", command.ExpectedVersion);

            // A second attempt only when another record took the same free NHS number between our check and update.
            for (var attempt = 1; ; attempt++)
            {
                await using var connection = await db.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                try
                {
                    return await Update(connection, transaction, command, parameters, cancellationToken);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "carer_nhs_number_key" && attempt == 1)
                {
                }
            }
        }

        private async Task<Outcome> Update(NpgsqlConnection connection, NpgsqlTransaction transaction, Command command, DynamicParameters parameters,
            CancellationToken cancellationToken)
        {
            var updated = await connection.QuerySingleOrDefaultAsync<(Guid Id, bool NhsNumberKeptAside)?>(
                new CommandDefinition(UpdateSql, parameters, transaction, cancellationToken: cancellationToken));

            if (updated is not { } row)
            {
                // Nothing updated: either no record, or someone changed it since the caller read it.
                var existing = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(ExistsSql, new { command.Caller.Subject }, transaction, cancellationToken: cancellationToken));
                var outcome = existing is null ? AuditOutcome.NotFound : AuditOutcome.PreconditionFailed;
                await AuditLogWrite(connection, transaction, command.Caller, existing, outcome, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return existing is null ? new Outcome.NotRegistered() : new Outcome.Stale();
            }

            var id = row.Id;
            if (row.NhsNumberKeptAside)
            {
                var body = command.Body;
                await CarerMatcher.QueueSignInClaims(connection, transaction, id, parameters.Get<string?>("NhsNumber"), nhsNumberKeptAside: true,
                    body.FamilyName!.Trim(), body.DateOfBirth!.Value, Postcode.Normalise(body.Postcode!), cancellationToken);
            }

            await AuditLogWrite(connection, transaction, command.Caller, id, AuditOutcome.Success, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(PartnerEvents.CarerUpdatedSql, new { CarerId = id }, transaction, cancellationToken: cancellationToken));
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(
                CarerRecordReader.SelectByIdSql, new { CarerId = id }, transaction, cancellationToken: cancellationToken));
            var read = await CarerRecordReader.ReadAsync(grid, DateOnly.FromDateTime(clock.GetLocalNow().Date), forTheCarer: true);
            await grid.DisposeAsync();
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Updated(read!.Value.Record, read.Value.Version);
        }

        private static Task AuditLogWrite(NpgsqlConnection connection, NpgsqlTransaction transaction, Caller caller, Guid? id, string outcome, CancellationToken ct) =>
            AuditLog.WriteAsync(connection, transaction, new AuditEntry(caller, nameof(UpdateMyCarerRecord), "carer", id?.ToString(), outcome, CarerId: id), ct);
    }

    /// <remarks>
    /// The signed-in carer changes their own details. The whole set of details is replaced by the body.
    ///
    /// - Needs `If-Match` with the `ETag` you last read: none is 428 (precondition-required); a stale one is 412 (precondition-failed):
    ///   read the record again, reapply your change and send it with the new `ETag`. The answer carries the next `ETag`.
    /// - An NHS number another record holds is kept as claimed and checked by staff; the answer is the same as for a free number.
    /// - 400 (validation): a field is missing or not valid; nothing is written. 404 (not-found): you have not registered yet.
    /// </remarks>
    public static async Task<Results<Ok<CarerRecord>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var expected = request.ExpectedVersion();
        var outcome = await mediator.Send(new Command(Caller.From(user), expected, body), cancellationToken);
        switch (outcome)
        {
            case Outcome.Updated updated:
                ETags.Set(response, updated.Version);
                return TypedResults.Ok(updated.Record);
            case Outcome.Stale:
                return ETags.Stale("record");
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet.");
        }
    }
}
