using System.Security.Claims;
using System.Text.Json;
using Carers.Api.Domain;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>
/// An assessor records the support plan (s25): needs, eligible needs, how each will be met, the
/// personal budget, any direct payment, and the next review date, no later than 12 months after
/// the assessment was completed.
/// </summary>
public static class RecordSupportPlan
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                Needs = SupportPlan.Example.Needs,
                EligibleNeeds = SupportPlan.Example.EligibleNeeds,
                Actions = SupportPlan.Example.Actions.ToList(),
                PersonalBudgetPence = SupportPlan.Example.PersonalBudgetPence,
                DirectPayment = DirectPayment.Example,
                NextReviewOn = SupportPlan.Example.NextReviewOn,
            };

        public string? Needs { get; init; }
        public string? EligibleNeeds { get; init; }
        public IReadOnlyCollection<PlanAction>? Actions { get; init; }
        public int? PersonalBudgetPence { get; init; }
        public DirectPayment? DirectPayment { get; init; }
        public DateOnly? NextReviewOn { get; init; }
    }

    public sealed record Command(Caller Caller, Guid AssessmentId, int ExpectedVersion, Request Body) : ICommand<AssessmentOutcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Needs).NotEmpty().WithMessage("Describe the carer's needs").MaximumLength(4000).Matches(TextRules.FreeTextPattern);
            RuleFor(x => x.EligibleNeeds).NotEmpty().WithMessage("Say which needs are eligible").MaximumLength(4000).Matches(TextRules.FreeTextPattern);
            RuleFor(x => x.Actions).MaxItems(20);
            RuleFor(x => x.Actions).NotEmpty().WithMessage("Say how each need will be met");
            RuleForEach(x => x.Actions).Must(a => !string.IsNullOrWhiteSpace(a.Need) && !string.IsNullOrWhiteSpace(a.HowMet)
                    && a.Need.Length <= 500 && a.HowMet.Length <= 1000 && !(a.Need + a.HowMet).Any(c => c is '<' or '>' || char.IsControl(c)))
                .WithMessage("Each action needs the need (500 characters at most) and how it will be met (1,000 at most), without < >");
            RuleFor(x => x.PersonalBudgetPence).NotNull().WithMessage("Enter the personal budget in pence (0 if none)")
                .InclusiveBetween(0, 10_000_000).WithMessage("The personal budget must be between 0 and £100,000");
            RuleFor(x => x.DirectPayment).Must(d => d is null || (!string.IsNullOrWhiteSpace(d.Needs) && d.Needs.Length <= 500
                    && d.AmountPence is > 0 and <= 10_000_000 && Enum.IsDefined(d.Frequency) && !d.Needs.Any(c => c is '<' or '>')))
                .WithMessage("A direct payment needs the needs it meets, an amount in pence above 0, and a frequency");
            RuleFor(x => x.NextReviewOn).NotNull().WithMessage("Enter the next review date");
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, AssessmentOutcome>
    {
        private const string UpsertSql = $"""
            INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, direct_payment, next_review_on)
            VALUES (@AssessmentId, @CarerId, @Needs, @EligibleNeeds, @Actions::jsonb, @Budget, @DirectPayment::jsonb, @NextReviewOn)
            ON CONFLICT (assessment_id) DO UPDATE SET needs = excluded.needs, eligible_needs = excluded.eligible_needs, actions = excluded.actions,
                personal_budget_pence = excluded.personal_budget_pence, direct_payment = excluded.direct_payment, next_review_on = excluded.next_review_on,
                updated_at = now(), version = support_plan.version + 1;
            UPDATE assessment SET version = version + 1, updated_at = now() WHERE id = @AssessmentId;
            {AuditLog.Into}
            SELECT @Subject, @Role, NULL, 'RecordSupportPlan', 'assessment', @AssessmentId::text, 'success', NULL, carer_id, NULL
            FROM assessment WHERE id = @AssessmentId;
            """;

        public async ValueTask<AssessmentOutcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (locked, refused) = await AssessmentStore.LockAtVersionAsync(connection, transaction, command.AssessmentId, null, command.ExpectedVersion,
                command.Caller, null, cancellationToken);
            if (locked is null) return refused!;
            if (locked.Current is not (AssessmentStatus.Completed or AssessmentStatus.Reviewed) || locked.CompletedAt is null)
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "have a support plan before it is completed");
            }

            var completedOn = DateOnly.FromDateTime(locked.CompletedAt.Value);
            if (body.NextReviewOn > completedOn.AddMonths(12) || body.NextReviewOn <= completedOn)
            {
                return new AssessmentOutcome.Invalid("nextReviewOn",
                    $"The next review must be after {completedOn:d MMMM yyyy} and no later than {completedOn.AddMonths(12):d MMMM yyyy}, 12 months after the assessment");
            }

            await connection.ExecuteAsync(new CommandDefinition(UpsertSql, new
            {
                command.AssessmentId, locked.CarerId, Needs = body.Needs!.Trim(), EligibleNeeds = body.EligibleNeeds!.Trim(),
                Actions = JsonSerializer.Serialize(body.Actions, AssessmentReader.Json), Budget = body.PersonalBudgetPence!.Value,
                DirectPayment = body.DirectPayment is null ? null : JsonSerializer.Serialize(body.DirectPayment, AssessmentReader.Json),
                body.NextReviewOn, command.Caller.Subject, command.Caller.Role,
            }, transaction, cancellationToken: cancellationToken));
            // Once a plan: a change to it later is not a new plan.
            await CarerNotices.QueueAsync(connection, transaction, locked.CarerId, NoticeKind.SupportPlanReady, $"supportPlan:{command.AssessmentId}",
                NoticeValues.None, cancellationToken);
            var reloaded = await AssessmentStore.ReloadAsync(connection, transaction, command.AssessmentId, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AssessmentOutcome.StaffDone(reloaded.View, reloaded.Version);
        }
    }

    /// <remarks>
    /// An assessor records the support plan of a completed assessment (Care Act 2014 s25): the needs, the eligible needs, how
    /// each will be met (up to 20 actions), the personal budget in pence, any direct payment, and the next review date, no
    /// later than 12 months after the decision. Recording it again replaces the plan.
    ///
    /// - Send the assessment's ETag (from the last read or change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 409: the assessment has no decision yet.
    /// - 400: a need, an action or the budget is missing, or the review date is not after the decision or more than 12 months
    ///   after it; nothing is saved.
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), assessmentId, request.ExpectedVersion(), body), cancellationToken)).ToResult(response);
}
