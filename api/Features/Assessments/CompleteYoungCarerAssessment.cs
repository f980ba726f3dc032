using System.Security.Claims;
using System.Text.Json;
using Carers.Api.Domain;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using FluentValidation;
using Mediator;
using Npgsql;

namespace Carers.Api.Features.Assessments;

/// <summary>
/// An assessor decides a young carer's needs assessment on its own law (Children Act 1989 s17ZA to s17ZC and the
/// Young Carers (Needs Assessments) Regulations 2015), never on reg 3's eight outcomes: whether the caring tasks are
/// excessive or inappropriate, the impact on education, wellbeing and development, whether the young carer has
/// support needs and how they will be met, with reasons in plain English for the young carer. Partners who hold
/// consent get assessment.completed (eligible meaning support needs), as for an adult. Only for kind youngCarer.
/// </summary>
public static class CompleteYoungCarerAssessment
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                TasksExcessiveOrInappropriate = true,
                ImpactOnEducation = "Late for school twice a week after helping his mother in the mornings.",
                ImpactOnWellbeing = "Worries about his mother while at school.",
                ImpactOnDevelopment = "Has stopped going to football club.",
                HasSupportNeeds = true,
                HowMet = YoungCarerSupportRoute.Both,
                Reasons = "Personal care in the mornings is inappropriate for a 13-year-old; an adult assessment for the mother is requested.",
                Notes = "School's safeguarding lead informed with the family's agreement.",
            };

        /// <summary>Whether any of the caring tasks are excessive or inappropriate for the young carer (s17ZA(3)).</summary>
        public bool? TasksExcessiveOrInappropriate { get; init; }
        public string? ImpactOnEducation { get; init; }
        public string? ImpactOnWellbeing { get; init; }
        public string? ImpactOnDevelopment { get; init; }
        /// <summary>Whether the young carer has support needs.</summary>
        public bool? HasSupportNeeds { get; init; }
        /// <summary>How the support needs will be met; required when there are needs, left out when there are none.</summary>
        public YoungCarerSupportRoute? HowMet { get; init; }
        /// <summary>The reasons for the decision, in plain English; the young carer reads them.</summary>
        public string? Reasons { get; init; }
        /// <summary>The assessor's own notes; never shown to the young carer or partners.</summary>
        public string? Notes { get; init; }
    }

    public sealed record Command(Caller Caller, Guid AssessmentId, int ExpectedVersion, Request Body) : ICommand<AssessmentOutcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.TasksExcessiveOrInappropriate).NotNull().WithMessage("Say whether any caring tasks are excessive or inappropriate for the young carer");
            RuleFor(x => x.ImpactOnEducation).NotEmpty().WithMessage("Describe the impact of caring on the young carer's education");
            RuleFor(x => x.ImpactOnWellbeing).NotEmpty().WithMessage("Describe the impact of caring on the young carer's wellbeing");
            RuleFor(x => x.ImpactOnDevelopment).NotEmpty().WithMessage("Describe the impact of caring on the young carer's development");
            foreach (var impact in new System.Linq.Expressions.Expression<Func<Request, string?>>[] { x => x.ImpactOnEducation, x => x.ImpactOnWellbeing, x => x.ImpactOnDevelopment })
            {
                RuleFor(impact).MaximumLength(2000).WithMessage("Each impact must be 2,000 characters or fewer")
                    .Matches(TextRules.FreeTextPattern).WithMessage("Impacts must not contain < > or control characters");
            }

            RuleFor(x => x.HasSupportNeeds).NotNull().WithMessage("Say whether the young carer has support needs");
            RuleFor(x => x.HowMet).NotNull().When(x => x.HasSupportNeeds == true)
                .WithMessage("Say how the young carer's support needs will be met");
            RuleFor(x => x.HowMet).Null().When(x => x.HasSupportNeeds == false)
                .WithMessage("Leave how needs are met empty when the young carer has no support needs");
            RuleFor(x => x.Reasons).NotEmpty().WithMessage("Write the reasons for the decision; the young carer will read them")
                .MaximumLength(4000).Matches(TextRules.FreeTextPattern).WithMessage("Reasons must not contain < > or control characters");
            RuleFor(x => x.Notes).MaximumLength(4000).Matches(TextRules.FreeTextPattern).WithMessage("Notes must not contain < > or control characters");
        }
    }

    /// <summary>The decision in plain English, for the young carer.</summary>
    public static string Explain(bool tasksExcessive, bool hasSupportNeeds, YoungCarerSupportRoute? howMet)
    {
        var needs = !hasSupportNeeds
            ? "You do not have support needs that we need to meet at the moment. If things change, you can ask for another assessment at any time."
            : howMet switch
            {
                YoungCarerSupportRoute.ServicesToCaredPersonUnderAdultAssessment =>
                    "You have support needs as a young carer. We will meet them by giving more help to the person you care for, through their own assessment, so you have less to do.",
                YoungCarerSupportRoute.Both =>
                    "You have support needs as a young carer. We will meet them with support for you, and by giving more help to the person you care for through their own assessment.",
                _ => "You have support needs as a young carer. We will meet them with support for you.",
            };
        return tasksExcessive
            ? needs + " Some of the caring you do is too much, or not right, for someone your age, and we will work with your family to change that."
            : needs;
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, AssessmentOutcome>
    {
        public async ValueTask<AssessmentOutcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (locked, refused) = await AssessmentStore.LockAtVersionAsync(connection, transaction, command.AssessmentId, null, command.ExpectedVersion,
                command.Caller, nameof(CompleteYoungCarerAssessment), cancellationToken);
            if (locked is null) return refused!;
            if (locked.Kind != AssessmentKind.YoungCarer.Code())
            {
                return new AssessmentOutcome.IllegalMove(locked.Current,
                    $"be decided under the young carers' rules: it is an adult carer's assessment, decided with {nameof(CompleteAssessment)}");
            }

            if (!AssessmentLifecycle.MayMove(locked.Current, AssessmentStatus.Completed, AssessmentLifecycle.Mover.Assessor))
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "be completed");
            }

            if (locked.SelfAssessment && locked.SubmittedAt is null)
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "be confirmed before the young carer submits their self-assessment");
            }

            var needs = body.HasSupportNeeds!.Value;
            var decision = new YoungCarerDecision(body.TasksExcessiveOrInappropriate!.Value, body.ImpactOnEducation!.Trim(), body.ImpactOnWellbeing!.Trim(),
                body.ImpactOnDevelopment!.Trim(), needs, needs ? body.HowMet : null, Explain(body.TasksExcessiveOrInappropriate.Value, needs, body.HowMet),
                body.Reasons!.Trim(), clock.GetUtcNow());

            await AssessmentStore.MoveAsync(connection, transaction, command.AssessmentId, locked.Current, AssessmentStatus.Completed, command.Caller,
                nameof(CompleteYoungCarerAssessment), needs ? "Young carer's support needs" : "No support needs", cancellationToken);
            await AssessmentStore.DecideAsync(connection, transaction, locked, command.Caller, JsonSerializer.Serialize(decision, AssessmentReader.Json), needs,
                body.Notes, cancellationToken);
            await CarerNotices.QueueAsync(connection, transaction, locked.CarerId, NoticeKind.AssessmentDecided, $"assessment:{command.AssessmentId}",
                new NoticeValues { Reasons = $"{decision.Explanation}\n\n{decision.AssessorReasons}" }, cancellationToken);
            var reloaded = await AssessmentStore.ReloadAsync(connection, transaction, command.AssessmentId, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AssessmentOutcome.StaffDone(reloaded.View, reloaded.Version);
        }
    }

    /// <remarks>
    /// An assessor decides a young carer's needs assessment on its own law (Children Act 1989 s17ZA to s17ZC and the Young
    /// Carers (Needs Assessments) Regulations 2015), not on the adult eight outcomes: whether the caring tasks are excessive or
    /// inappropriate, the impact on education, wellbeing and development, whether there are support needs and how they will
    /// be met (`howMet`, required when there are needs). The reasons are written for the young carer to read. Partners the
    /// carer shares with receive `assessment.completed`.
    ///
    /// - Send the assessment's ETag (from the last read or change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 409: the assessment is an adult's (use CompleteAssessment) or is not in progress.
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, Request body, ClaimsPrincipal user, IMediator mediator,
        HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), assessmentId, request.ExpectedVersion(), body), cancellationToken)).ToResult(response);
}
