using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Features.Carers;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Consents;

/// <summary>
/// Staff record a consent the carer gave them in a conversation (by phone or face to face), with
/// its basis and date; given_by is the member of staff, and it is audited. A partner's referral
/// awaiting the carer's answer for that purpose is confirmed by it: the partner gets access and a
/// carer.referred event (decision 0024). A consent already in force is 409.
/// </summary>
public static class RecordConsentForCarer
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Purpose = ConsentPurpose.ShareWithGp, Basis = ConsentBasis.Self, GivenOn = Examples.On };

        public ConsentPurpose? Purpose { get; init; }
        /// <summary>Self; a parent for a child; best interests; lasting power of attorney.</summary>
        public ConsentBasis? Basis { get; init; }
        /// <summary>The date the carer gave consent in the conversation: today or earlier.</summary>
        public DateOnly? GivenOn { get; init; }
    }

    public sealed record Command(Caller Caller, Guid CarerId, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Recorded(ConsentState Consent) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record AlreadyGiven : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Purpose).NotNull().WithMessage("Select what the carer agreed to");
            RuleFor(x => x.Basis).NotNull().WithMessage("Select on what basis consent was given");
            RuleFor(x => x.GivenOn).NotNull().WithMessage("Enter the date the carer gave consent")
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetLocalNow().Date)).WithMessage("The date consent was given must be today or in the past")
                .Must(d => d is null || d >= new DateOnly(2000, 1, 1)).WithMessage("Enter a real date");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        private const string LockSql = "SELECT id FROM carer WHERE id = @CarerId AND merged_into IS NULL AND closed_at IS NULL FOR UPDATE";

        private const string InsertSql = """
            INSERT INTO consent (carer_id, purpose, basis, given_on, given_by)
            SELECT @CarerId, @Purpose, @Basis, @GivenOn, @Subject
            WHERE NOT EXISTS (SELECT 1 FROM consent WHERE carer_id = @CarerId AND purpose = @Purpose AND withdrawn_at IS NULL)
            RETURNING id
            """;

        private const string BumpSql = "UPDATE carer SET version = version + 1, updated_at = now() WHERE id = @CarerId";

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            var purpose = body.Purpose!.Value.Code();
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var found = await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(LockSql, new { command.CarerId }, transaction, cancellationToken: cancellationToken));
            var consentId = found is null ? null : await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(InsertSql, new
            {
                command.CarerId,
                Purpose = purpose,
                Basis = body.Basis!.Value.Code(),
                GivenOn = body.GivenOn!.Value,
                command.Caller.Subject,
            }, transaction, cancellationToken: cancellationToken));
            var outcome = found is null ? AuditOutcome.NotFound : consentId is null ? AuditOutcome.Conflict : AuditOutcome.Success;
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(RecordConsentForCarer),
                "carer", command.CarerId.ToString(), outcome, $"{purpose} from a conversation", command.CarerId), cancellationToken);
            if (consentId is { } id)
            {
                await connection.ExecuteAsync(new CommandDefinition(BumpSql + ";\n" + ReportedConsents.ConfirmAwaitingSql,
                    new { command.CarerId, Purpose = purpose, ConsentId = id, command.Caller.Subject }, transaction, cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
            return outcome switch
            {
                AuditOutcome.Success => new Outcome.Recorded(new ConsentState(body.Purpose.Value, ConsentStatus.Given, body.Basis!.Value, body.GivenOn!.Value, null)),
                AuditOutcome.Conflict => new Outcome.AlreadyGiven(),
                _ => new Outcome.NotFound(),
            };
        }
    }

    /// <remarks>
    /// Staff record a consent a carer gave them in a conversation (by phone or face to face), with its basis and date; the member of
    /// staff is recorded as who took it, and it is audited. A partner's referral awaiting the carer's answer for that purpose is
    /// confirmed by it: the partner gets access and a `carer.referred` event.
    ///
    /// - Answers 201 with the consent; `Location` is the carer's record.
    /// - 400 (validation): purpose, basis or date missing or not valid. 404 (not-found): there is no such carer.
    /// - 409 (conflict): this consent is already in force.
    /// </remarks>
    public static async Task<Results<Created<ConsentState>, ProblemHttpResult>> Endpoint(
        Guid carerId, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), carerId, body), cancellationToken) switch
        {
            Outcome.Recorded recorded => TypedResults.Created($"/api/carers/{carerId}", recorded.Consent),
            Outcome.AlreadyGiven => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This consent is already in force.",
                detail: "The carer's record shows it; to change its basis or date the carer withdraws it first."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer."),
        };
}
