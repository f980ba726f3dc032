using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>
/// A carer applies for a one-off grant for their own wellbeing. Needs a completed assessment with
/// eligible needs in the last 12 months; one application open at a time.
/// </summary>
public static class ApplyForGrant
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                Purpose = GrantPurpose.Break,
                AmountPence = 25000,
                HelpsWith = "A weekend away with my sister in Norfolk while Dad stays at Crossroads Care Luton.",
            };

        public GrantPurpose? Purpose { get; init; }
        /// <summary>In pence: £250 is 25000. Whole pence only, above 0 and no more than the maximum.</summary>
        public int? AmountPence { get; init; }
        /// <summary>What the grant will help with, in the carer's words.</summary>
        public string? HelpsWith { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Submitted(GrantApplication Grant) : Outcome;
        public sealed record NotRegistered : Outcome;
        public sealed record NoEligibleAssessment : Outcome;
        public sealed record AlreadyOpen : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(IOptions<GrantOptions> options)
        {
            RuleFor(x => x.Purpose).NotNull().WithMessage("Select what the grant is for");
            RuleFor(x => x.AmountPence).NotNull().WithMessage("Enter how much you need")
                .InclusiveBetween(1, options.Value.MaxAmountPence).WithMessage($"The amount must be between 1p and £{options.Value.MaxAmountPence / 100m:0.00}");
            RuleFor(x => x.HelpsWith).NotEmpty().WithMessage("Tell us what the grant will help with")
                .MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("This must be 1,000 characters or fewer, without < > or control characters");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays, IOptions<GrantOptions> options) : ICommandHandler<Command, Outcome>
    {
        // Locks the carer so two applications at once cannot both be accepted.
        private const string CarerSql = """
            SELECT c.id, c.date_of_birth,
                   (SELECT a.id FROM assessment a WHERE a.carer_id = c.id AND a.status IN ('completed', 'reviewed') AND a.eligible
                      AND a.completed_at >= @Now - interval '12 months' ORDER BY a.completed_at DESC LIMIT 1) AS assessment_id,
                   EXISTS (SELECT 1 FROM grant_application g WHERE g.carer_id = c.id AND g.status = 'submitted') AS has_open
            FROM carer c WHERE c.account_subject = @Subject FOR UPDATE
            """;

        private const string InsertSql = """
            INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id)
            VALUES (@CarerId, @Year, @Pot, @Purpose, @Amount, @HelpsWith, 'submitted', @AssessmentId) RETURNING id;
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var carer = await connection.QuerySingleOrDefaultAsync<(Guid Id, DateOnly DateOfBirth, Guid? AssessmentId, bool HasOpen)?>(new CommandDefinition(
                CarerSql, new { command.Caller.Subject, Now = now.UtcDateTime }, transaction, cancellationToken: cancellationToken));
            if (carer is null) return new Outcome.NotRegistered();
            if (carer.Value.AssessmentId is null) return new Outcome.NoEligibleAssessment();
            if (carer.Value.HasOpen) return new Outcome.AlreadyOpen();

            var pot = CarerCategories.Age(carer.Value.DateOfBirth, today) < 18 ? GrantPot.Children : GrantPot.Adults;
            var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(InsertSql, new
            {
                CarerId = carer.Value.Id, Year = FinancialYear.Of(today), Pot = pot.Code(), Purpose = command.Body.Purpose!.Value.Code(),
                Amount = command.Body.AmountPence!.Value, HelpsWith = command.Body.HelpsWith!.Trim(), carer.Value.AssessmentId,
            }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(ApplyForGrant), "grantApplication", id.ToString(), AuditOutcome.Success, CarerId: carer.Value.Id), cancellationToken);
            var grant = await GrantReader.LoadAsync(connection, transaction, id, today, workingDays, options.Value.PaymentDueWorkingDays, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Submitted(grant!.Value.Grant);
        }
    }

    /// <remarks>
    /// The signed-in carer applies for a one-off carers grant for their own wellbeing: what it is for, the amount in pence
    /// (up to the maximum the contract states) and what it will help with. It needs a completed assessment with eligible needs
    /// (for a young carer: support needs) in the last 12 months, and only one application may wait for a decision at a time.
    /// The pot is the children's for a carer under 18, else the adults'.
    ///
    /// - 201 with the application (status `submitted`) and its ETag.
    /// - 404: the caller has not registered as a carer yet.
    /// - 409: no eligible assessment in the last 12 months, or an application is already waiting for a decision.
    /// - 400: a field is missing, or the amount is out of range.
    /// </remarks>
    public static async Task<Results<Created<GrantApplication>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), body), cancellationToken) switch
        {
            Outcome.Submitted submitted => TypedResults.Created($"/api/me/carer/grants", submitted.Grant),
            Outcome.NoEligibleAssessment => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "A grant needs an assessment that found eligible needs in the last 12 months.",
                detail: "Ask for a carer's assessment first; we will tell you about grants when it is done."),
            Outcome.AlreadyOpen => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "You already have a grant application waiting for a decision."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet."),
        };
}
