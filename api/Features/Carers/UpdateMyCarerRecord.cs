using System.Security.Claims;
using Carers.Api.Domain;
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
    public sealed record Request : CarerDetails;

    public sealed record Command(Caller Caller, int ExpectedVersion, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Updated(CarerRecord Record, int Version) : Outcome;
        public sealed record NotRegistered : Outcome;
        public sealed record Stale : Outcome;
        public sealed record NhsNumberHeld : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock) => Include(new CarerDetailsValidator(clock));
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string UpdateSql = $"""
            UPDATE carer SET {CarerDetailsParameters.UpdateSetSql}
            WHERE account_subject = @Subject AND version = @ExpectedVersion
            RETURNING id
            """;

        private const string ExistsSql = "SELECT id FROM carer WHERE account_subject = @Subject";

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var parameters = new DynamicParameters(CarerDetailsParameters.From(command.Body));
            parameters.Add("Subject", command.Caller.Subject);
            parameters.Add("ExpectedVersion", command.ExpectedVersion);

            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            Guid? id;
            try
            {
                id = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(UpdateSql, parameters, transaction, cancellationToken: cancellationToken));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "carer_nhs_number_key")
            {
                return new Outcome.NhsNumberHeld();
            }

            if (id is null)
            {
                // Nothing updated: either no record, or someone changed it since the caller read it.
                var existing = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(ExistsSql, new { command.Caller.Subject }, transaction, cancellationToken: cancellationToken));
                var outcome = existing is null ? AuditOutcome.NotFound : AuditOutcome.PreconditionFailed;
                await AuditLogWrite(connection, transaction, command.Caller, existing, outcome, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return existing is null ? new Outcome.NotRegistered() : new Outcome.Stale();
            }

            await AuditLogWrite(connection, transaction, command.Caller, id, AuditOutcome.Success, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(PartnerEvents.CarerUpdatedSql, new { CarerId = id }, transaction, cancellationToken: cancellationToken));
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(
                CarerRecordReader.SelectByIdSql, new { CarerId = id }, transaction, cancellationToken: cancellationToken));
            var read = await CarerRecordReader.ReadAsync(grid, DateOnly.FromDateTime(clock.GetLocalNow().Date));
            await grid.DisposeAsync();
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Updated(read!.Value.Record, read.Value.Version);
        }

        private static Task AuditLogWrite(NpgsqlConnection connection, NpgsqlTransaction transaction, Caller caller, Guid? id, string outcome, CancellationToken ct) =>
            connection.ExecuteAsync(new CommandDefinition(AuditLog.InsertSql,
                AuditLog.Parameters(new AuditEntry(caller, nameof(UpdateMyCarerRecord), "carer", id?.ToString(), outcome)), transaction, cancellationToken: ct));
    }

    public static async Task<Results<Ok<CarerRecord>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        switch (ETags.ReadIfMatch(request))
        {
            case ETags.Precondition.Missing:
                return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required.",
                    detail: "Send the ETag you last read from GET /api/me/carer in an If-Match header.");
            case ETags.Precondition.Malformed:
                return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "If-Match does not match this record.",
                    detail: "Send the ETag exactly as GET /api/me/carer returned it.");
            case ETags.Precondition.Version version:
                var outcome = await mediator.Send(new Command(Caller.From(user), version.Value, body), cancellationToken);
                switch (outcome)
                {
                    case Outcome.Updated updated:
                        ETags.Set(response, updated.Version);
                        return TypedResults.Ok(updated.Record);
                    case Outcome.Stale:
                        return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Your details have changed since you read them.",
                            detail: "Read your record again, then make your change.");
                    case Outcome.NhsNumberHeld:
                        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "We could not save this NHS number.",
                            detail: "We may already hold a record with it. Call the Carers Central helpline and we will sort it out.");
                    default:
                        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet.");
                }

            default:
                throw new InvalidOperationException("Unknown precondition.");
        }
    }
}
