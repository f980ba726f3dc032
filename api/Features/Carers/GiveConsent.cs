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

/// <summary>A carer gives consent for one purpose, with its basis and date (SPEC §2).</summary>
public static class GiveConsent
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Purpose = ConsentPurpose.ShareWithChums, Basis = ConsentBasis.Self, GivenOn = Examples.On };

        public ConsentPurpose? Purpose { get; init; }
        /// <summary>Self; a parent for a child; best interests; lasting power of attorney.</summary>
        public ConsentBasis? Basis { get; init; }
        /// <summary>The date consent was given: today or earlier.</summary>
        public DateOnly? GivenOn { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Given(ConsentState Consent) : Outcome;
        public sealed record NotRegistered : Outcome;
        public sealed record AlreadyGiven : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Purpose).NotNull().WithMessage("Select what you are agreeing to");
            RuleFor(x => x.Basis).NotNull().WithMessage("Select on what basis consent is given");
            RuleFor(x => x.GivenOn).NotNull().WithMessage("Enter the date consent was given")
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetLocalNow().Date)).WithMessage("The date consent was given must be today or in the past")
                .Must(d => d is null || d >= new DateOnly(2000, 1, 1)).WithMessage("Enter a real date");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        private const string Sql = $"""
            WITH me AS (SELECT id FROM carer WHERE account_subject = @Subject),
            given AS (
                INSERT INTO consent (carer_id, purpose, basis, given_on, given_by)
                SELECT me.id, @Purpose, @Basis, @GivenOn, @Subject FROM me
                RETURNING carer_id
            ),
            bumped AS (UPDATE carer SET version = version + 1, updated_at = now() WHERE id IN (SELECT carer_id FROM given))
            {AuditLog.Into}
            SELECT @Subject, @ActorRole, NULL, 'GiveConsent', 'carer', carer_id::text, 'success', @Purpose, carer_id, NULL FROM given
            RETURNING record_id
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            try
            {
                var carerId = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(Sql, new
                {
                    command.Caller.Subject,
                    ActorRole = command.Caller.Role,
                    Purpose = body.Purpose!.Value.Code(),
                    Basis = body.Basis!.Value.Code(),
                    GivenOn = body.GivenOn!.Value,
                }, cancellationToken: cancellationToken));
                return carerId is null
                    ? new Outcome.NotRegistered()
                    : new Outcome.Given(new ConsentState(body.Purpose.Value, ConsentStatus.Given, body.Basis.Value, body.GivenOn.Value, null));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "consent_in_force_key")
            {
                return new Outcome.AlreadyGiven();
            }
        }
    }

    /// <remarks>
    /// The signed-in carer gives consent for one purpose (sharing with Carers Central, with CHUMS, with their GP, or being contacted),
    /// with its basis and the date it was given.
    ///
    /// - Answers 201 with the consent; `Location` is the carer's record. Partners see the carer from their next request once they share
    ///   with them.
    /// - 400 (validation): purpose, basis or date missing or not valid. 404 (not-found): you have not registered yet.
    /// - 409 (conflict): this consent is already in force.
    /// </remarks>
    public static async Task<Results<Created<ConsentState>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), body), cancellationToken);
        return outcome switch
        {
            Outcome.Given given => TypedResults.Created("/api/me/carer", given.Consent),
            Outcome.AlreadyGiven => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "You have already given this consent.",
                detail: "To change its basis or date, withdraw it and give it again."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet."),
        };
    }
}
