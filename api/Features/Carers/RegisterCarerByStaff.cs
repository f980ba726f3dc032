using System.Security.Claims;
using Carers.Api.Features.GpFlags;
using Carers.Api.Features.Matching;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>
/// Staff register a carer they met by phone or face to face (source "staff", no sign-in). It goes
/// through the matcher: an NHS number we hold is never registered twice (409 naming the record); a
/// probable match (surname, date of birth, postcode) is refused with the candidates unless staff say
/// "register anyway", which registers and queues each pair for the match queue. Someone a GP identified
/// (their NHS number is on the GP worklist) keeps source "GP flag", the date the GP first flagged them,
/// and their flags.
/// </summary>
public static class RegisterCarerByStaff
{
    public sealed record Request : CarerDetails
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            ExampleDetails<Request>() with { RegisterAnyway = false };

        /// <summary>Register even though records probably of the same person exist; each pair goes to the match queue.</summary>
        public bool? RegisterAnyway { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Registered(CarerRecord Record, int Version) : Outcome;
        public sealed record NhsNumberHeld(Guid? ExistingCarerId) : Outcome;
        public sealed record ProbableMatches(IReadOnlyList<CarerMatcher.ProbableMatch> Candidates) : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock) => Include(new CarerDetailsValidator(clock));
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string InsertSql = $"""
            INSERT INTO carer (registered_by, {CarerDetailsParameters.InsertColumnsSql}, identification_source, identified_at)
            VALUES ('staff', {CarerDetailsParameters.InsertValuesSql}, @Source, coalesce(@IdentifiedAt, now()))
            RETURNING id
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var values = CarerDetailsParameters.From(command.Body);
            var nhsNumber = (string?)values["NhsNumber"];
            var familyName = (string)values["FamilyName"]!;
            var dateOfBirth = (DateOnly)values["DateOfBirth"]!;
            var postcode = (string)values["Postcode"]!;

            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (nhsNumber is not null && await CarerMatcher.FindByNhsNumber(connection, transaction, nhsNumber, cancellationToken) is { } holder)
            {
                return new Outcome.NhsNumberHeld(holder);
            }

            if (command.Body.RegisterAnyway is not true)
            {
                var candidates = await CarerMatcher.FindProbableMatches(connection, transaction, familyName, dateOfBirth, postcode, null, cancellationToken);
                if (candidates.Count > 0) return new Outcome.ProbableMatches(candidates);
            }

            var gpIdentifiedAt = nhsNumber is null ? null : await GpWorklist.FirstIdentifiedAsync(connection, transaction, nhsNumber, cancellationToken);
            var parameters = new DynamicParameters(values);
            parameters.Add("Source", gpIdentifiedAt is null ? "staff" : "gpFlag");
            parameters.Add("IdentifiedAt", gpIdentifiedAt);
            Guid carerId;
            try
            {
                carerId = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(InsertSql, parameters, transaction, cancellationToken: cancellationToken));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "carer_nhs_number_key")
            {
                // Someone registered the same NHS number in the moment between the check and the insert.
                return new Outcome.NhsNumberHeld(null);
            }

            if (gpIdentifiedAt is not null)
            {
                await GpWorklist.RecordRegisteredAsync(connection, transaction, nhsNumber!, carerId, command.Caller, cancellationToken);
            }

            var queued = await CarerMatcher.QueueProbableMatches(connection, transaction, carerId, familyName, dateOfBirth, postcode, cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller,
                nameof(RegisterCarerByStaff), "carer", carerId.ToString(), AuditOutcome.Success,
                queued > 0 ? $"registered anyway; {queued} probable match(es) queued" : null, carerId), cancellationToken);
            await using (var grid = await connection.QueryMultipleAsync(new CommandDefinition(CarerRecordReader.SelectByIdSql,
                new { CarerId = carerId }, transaction, cancellationToken: cancellationToken)))
            {
                var read = await CarerRecordReader.ReadAsync(grid, DateOnly.FromDateTime(clock.GetLocalNow().Date), forTheCarer: false);
                await grid.DisposeAsync();
                await transaction.CommitAsync(cancellationToken);
                return new Outcome.Registered(read!.Value.Record, read.Value.Version);
            }
        }
    }

    /// <remarks>
    /// Staff register a carer they met by phone or face to face. The registration goes through the matcher first.
    ///
    /// - Answers 201 with the record, its `ETag` and `Location`.
    /// - 409 (conflict) when an NHS number we hold is given: the problem names the record that holds it.
    /// - 409 (conflict) when the person probably has a record already (same surname, date of birth and postcode): the problem lists the
    ///   `candidates`. If none is this person, send the registration again with `registerAnyway`: it registers and queues each pair for
    ///   the match queue.
    /// - 400 (validation): a field is missing or not valid; nothing is written.
    /// </remarks>
    public static async Task<Results<Created<CarerRecord>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), body), cancellationToken);
        switch (outcome)
        {
            case Outcome.Registered registered:
                ETags.Set(response, registered.Version);
                return TypedResults.Created($"/api/carers/{registered.Record.Id}", registered.Record);
            case Outcome.NhsNumberHeld held:
                return CarerMatchProblems.NhsNumberHeld(held.ExistingCarerId);
            case Outcome.ProbableMatches probable:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This person may already have a record.", type: ProblemTypes.ProbableDuplicate,
                    detail: "Check the records listed in candidates. If none is this person, send the registration again with registerAnyway: the pairs go to the match queue.",
                    extensions: new Dictionary<string, object?>
                    {
                        ["candidates"] = probable.Candidates.Select(c => new
                        {
                            id = c.Id, givenName = c.GivenName, familyName = c.FamilyName, dateOfBirth = c.DateOfBirth, postcode = c.Postcode,
                            href = $"/api/carers/{c.Id}",
                        }).ToList(),
                    });
            default:
                throw new InvalidOperationException("Unknown outcome.");
        }
    }
}
