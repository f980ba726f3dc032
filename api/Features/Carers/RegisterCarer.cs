using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Features.Matching;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>A signed-in carer (or a young carer's parent) registers; the record is theirs to manage.</summary>
public static class RegisterCarer
{
    public sealed record Request : CarerDetails
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            ExampleDetails<Request>() with { RegisteringAs = Domain.RegisteringAs.Self };

        /// <summary>Registering yourself, or a young carer (under 18) you are the parent of.</summary>
        public RegisteringAs? RegisteringAs { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Registered(CarerRecord Record, int Version) : Outcome;
        public sealed record AlreadyRegistered : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            Include(new CarerDetailsValidator(clock));
            RuleFor(x => x.RegisteringAs).NotNull().WithMessage("Select who you are registering");
            RuleFor(x => x.DateOfBirth)
                .Must(d => d is null || CarerCategories.Age(d.Value, DateOnly.FromDateTime(clock.GetLocalNow().Date)) < 18)
                .When(x => x.RegisteringAs == Domain.RegisteringAs.ParentOfYoungCarer)
                .WithMessage("A parent can register a young carer under 18. A carer aged 18 or over registers themselves");
        }
    }

    /// <summary>
    /// The signer always gets their own new record. A match with a record we already hold goes to the staff match queue as
    /// a sign-in claim and changes nothing the signer can see: the same status, the same body and the same statements run
    /// whether or not anything matched, so registering is no way to learn whether someone is known (decision 0023).
    /// </summary>
    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        // An NHS number another record holds is not stored as the new record's NHS number (it names one person): it is kept
        // beside it as claimed (unverified), shown to the carer as their number, and on the claim for staff.
        private const string InsertSql = """
            INSERT INTO carer (account_subject, registered_by, given_name, family_name, date_of_birth, email, phone,
                address_line1, address_line2, town, postcode, preferred_language, preferred_contact_channel,
                reasonable_adjustments, ethnicity, employment_status, education_status, nhs_number, claimed_nhs_number,
                gp_practice_ods_code, identification_source, identified_at)
            VALUES (@Subject, @RegisteredBy, @GivenName, @FamilyName, @DateOfBirth, @Email, @Phone,
                @AddressLine1, @AddressLine2, @Town, @Postcode, @PreferredLanguage, @PreferredContactChannel,
                @ReasonableAdjustments, @Ethnicity, @EmploymentStatus, @EducationStatus,
                CASE WHEN EXISTS (SELECT 1 FROM carer WHERE nhs_number = @NhsNumber) THEN NULL ELSE @NhsNumber END,
                CASE WHEN EXISTS (SELECT 1 FROM carer WHERE nhs_number = @NhsNumber) THEN @NhsNumber END,
                @GpPracticeOdsCode, 'selfRegistration', now())
            RETURNING id, claimed_nhs_number IS NOT NULL AS nhs_number_kept_aside
            """;

        private const string ReadSql = $"""
            {AuditLog.Into}
            SELECT @Subject, @ActorRole, NULL, 'RegisterCarer', 'carer', id::text, 'success', NULL, id, NULL FROM carer WHERE {CarerRecordReader.BySubject};
            {CarerRecordReader.SelectBySubjectSql}
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var parameters = new DynamicParameters(CarerDetailsParameters.From(command.Body));
            parameters.Add("Subject", command.Caller.Subject);
            parameters.Add("ActorRole", command.Caller.Role);
            parameters.Add("RegisteredBy", command.Body.RegisteringAs == RegisteringAs.ParentOfYoungCarer ? "parent" : "self");
            var body = command.Body;
            var nhsNumber = body.NhsNumber is null ? null : NhsNumber.Normalise(body.NhsNumber);

            // A second attempt only when another registration took the same free NHS number between our check and insert.
            for (var attempt = 1; ; attempt++)
            {
                await using var connection = await db.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                try
                {
                    var (id, keptAside) = await connection.QuerySingleAsync<(Guid Id, bool NhsNumberKeptAside)>(
                        new CommandDefinition(InsertSql, parameters, transaction, cancellationToken: cancellationToken));
                    await CarerMatcher.QueueSignInClaims(connection, transaction, id, nhsNumber, keptAside && nhsNumber is not null,
                        body.FamilyName!.Trim(), body.DateOfBirth!.Value, Postcode.Normalise(body.Postcode!), cancellationToken);
                    await CarerNotices.QueueAsync(connection, transaction, id, NoticeKind.RegistrationReceived, $"carer:{id}", NoticeValues.None, cancellationToken);
                    (CarerRecord Record, int Version)? read;
                    await using (var grid = await connection.QueryMultipleAsync(new CommandDefinition(ReadSql, parameters, transaction, cancellationToken: cancellationToken)))
                        read = await CarerRecordReader.ReadAsync(grid, Today(), forTheCarer: true);
                    await transaction.CommitAsync(cancellationToken);
                    return new Outcome.Registered(read!.Value.Record, read.Value.Version);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "carer_account_subject_key")
                {
                    return new Outcome.AlreadyRegistered();
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "carer_nhs_number_key" && attempt == 1)
                {
                }
            }
        }

        private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().Date);
    }

    /// <remarks>
    /// A signed-in carer registers themselves, or a parent registers a young carer (under 18) they are the parent of. The record is
    /// theirs to read and change from then on.
    ///
    /// - Answers 201 with the new record, its `ETag` (send it in `If-Match` to change the record) and `Location: /api/me/carer`.
    /// - Registering tells you nothing about whether we already hold this person: a probable match goes to the staff match queue, and the
    ///   answer is the same either way.
    /// - 400 (validation): a field is missing or not valid; `errors` names it. Nothing is written.
    /// - 409 (conflict): you are already registered; read your record with GetMyCarerRecord.
    /// </remarks>
    public static async Task<Results<Created<CarerRecord>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), body), cancellationToken);
        switch (outcome)
        {
            case Outcome.Registered registered:
                ETags.Set(response, registered.Version);
                return TypedResults.Created("/api/me/carer", registered.Record);
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "You are already registered.",
                    detail: "This account already has a carer record. Read it at /api/me/carer.");
        }
    }
}
