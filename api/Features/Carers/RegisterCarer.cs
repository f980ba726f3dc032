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

/// <summary>A signed-in carer (or a young carer's parent) registers; the record is theirs to manage.</summary>
public static class RegisterCarer
{
    public sealed record Request : CarerDetails
    {
        /// <summary>Registering yourself, or a young carer (under 18) you are the parent of.</summary>
        public RegisteringAs? RegisteringAs { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Registered(CarerRecord Record, int Version) : Outcome;
        public sealed record AlreadyRegistered : Outcome;
        public sealed record NhsNumberHeld : Outcome;
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

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string Sql = $"""
            INSERT INTO carer (account_subject, registered_by, given_name, family_name, date_of_birth, email, phone,
                address_line1, address_line2, town, postcode, preferred_language, preferred_contact_channel,
                reasonable_adjustments, ethnicity, employment_status, education_status, nhs_number, gp_practice_ods_code,
                identification_source, identified_at)
            VALUES (@Subject, @RegisteredBy, @GivenName, @FamilyName, @DateOfBirth, @Email, @Phone,
                @AddressLine1, @AddressLine2, @Town, @Postcode, @PreferredLanguage, @PreferredContactChannel,
                @ReasonableAdjustments, @Ethnicity, @EmploymentStatus, @EducationStatus, @NhsNumber, @GpPracticeOdsCode,
                'selfRegistration', now());
            INSERT INTO audit_event (actor_subject, actor_role, action, record_type, record_id, outcome)
            SELECT @Subject, @ActorRole, 'RegisterCarer', 'carer', id::text, 'success' FROM carer WHERE {CarerRecordReader.BySubject};
            {CarerRecordReader.SelectBySubjectSql}
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var parameters = new DynamicParameters(CarerDetailsParameters.From(command.Body));
            parameters.Add("Subject", command.Caller.Subject);
            parameters.Add("ActorRole", command.Caller.Role);
            parameters.Add("RegisteredBy", command.Body.RegisteringAs == RegisteringAs.ParentOfYoungCarer ? "parent" : "self");

            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql, parameters, cancellationToken: cancellationToken));
                var read = await CarerRecordReader.ReadAsync(grid, Today());
                return new Outcome.Registered(read!.Value.Record, read.Value.Version);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "carer_account_subject_key")
            {
                return new Outcome.AlreadyRegistered();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "carer_nhs_number_key")
            {
                return new Outcome.NhsNumberHeld();
            }
        }

        private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().Date);
    }

    public static async Task<Results<Created<CarerRecord>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), body), cancellationToken);
        switch (outcome)
        {
            case Outcome.Registered registered:
                ETags.Set(response, registered.Version);
                return TypedResults.Created("/api/me/carer", registered.Record);
            case Outcome.AlreadyRegistered:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "You are already registered.",
                    detail: "This account already has a carer record. Read it at /api/me/carer.");
            default:
                // Do not say whose record holds the number: that would confirm a stranger's NHS number.
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "We could not register these details.",
                    detail: "We may already hold a record for you. Call the Carers Central helpline and we will link it to your account.");
        }
    }
}
