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
/// An assessor records the assessment (or confirms a submitted self-assessment): each of the
/// eight outcomes able or unable with the reason, the three conditions of reg 3, and their
/// reasons. Eligibility follows reg 3; a refusal carries written reasons (s24(2)). Partners who
/// hold consent get assessment.completed.
/// </summary>
public static class CompleteAssessment
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                NeedsArise = true,
                HealthAtRisk = true,
                SignificantImpact = true,
                Outcomes = Enum.GetValues<CarerOutcome>().ToDictionary(o => o, o => o == CarerOutcome.Recreation ? OutcomeFinding.Example : new OutcomeFinding(OutcomeAbility.Able, null)),
                Reasons = "Needs arise from caring; physical health at risk; unable to have any time for leisure, with a significant impact on wellbeing.",
                Notes = "Father (Yusuf Khan) is also known to adult social care.",
            };

        public bool? NeedsArise { get; init; }
        public bool? HealthAtRisk { get; init; }
        public bool? SignificantImpact { get; init; }
        /// <summary>All eight outcomes of reg 3(3), each able or unable (with the reason when unable).</summary>
        public Dictionary<CarerOutcome, OutcomeFinding>? Outcomes { get; init; }
        /// <summary>The assessor's reasons for the decision, in plain English; shown to the carer.</summary>
        public string? Reasons { get; init; }
        /// <summary>The assessor's own notes; never shown to the carer or partners.</summary>
        public string? Notes { get; init; }
    }

    public sealed record Command(Caller Caller, Guid AssessmentId, int ExpectedVersion, Request Body) : ICommand<AssessmentOutcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.NeedsArise).NotNull().WithMessage("Say whether the needs arise from providing necessary care");
            RuleFor(x => x.HealthAtRisk).NotNull().WithMessage("Say whether the carer's health is deteriorating or at risk");
            RuleFor(x => x.SignificantImpact).NotNull().WithMessage("Say whether there is a significant impact on the carer's wellbeing");
            RuleFor(x => x.Outcomes).NotNull().WithMessage("Record all eight outcomes")
                .Must(o => o is null || Enum.GetValues<CarerOutcome>().All(k => o.TryGetValue(k, out var f) && f.Ability is not null))
                .WithMessage("Record each of the eight outcomes as able or unable")
                .Must(o => o is null || o.Values.All(f => f.Ability != OutcomeAbility.Unable || !string.IsNullOrWhiteSpace(f.Reason)))
                .WithMessage("Give the reason for each outcome the carer is unable to achieve")
                .Must(o => o is null || o.Values.All(f => f.Reason is null || (f.Reason.Length <= 1000 && !f.Reason.Any(c => c is '<' or '>' || char.IsControl(c)))))
                .WithMessage("Each reason must be 1,000 characters or fewer, without < > or control characters");
            RuleFor(x => x.Reasons).NotEmpty().WithMessage("Write the reasons for the decision; the carer will read them")
                .MaximumLength(4000).Matches(TextRules.FreeTextPattern).WithMessage("Reasons must not contain < > or control characters");
            RuleFor(x => x.Notes).MaximumLength(4000).Matches(TextRules.FreeTextPattern).WithMessage("Notes must not contain < > or control characters");
        }
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
                command.Caller, null, cancellationToken);
            if (locked is null) return refused!;
            if (!AssessmentLifecycle.MayMove(locked.Current, AssessmentStatus.Completed, AssessmentLifecycle.Mover.Assessor))
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "be completed");
            }

            if (locked.Kind == AssessmentKind.YoungCarer.Code())
            {
                return new AssessmentOutcome.IllegalMove(locked.Current,
                    $"be decided on the adult rules: it is a young carer's needs assessment, decided with {nameof(CompleteYoungCarerAssessment)} (POST /api/assessments/{{assessmentId}}/young-carer-decision)");
            }

            if (locked.SelfAssessment && locked.SubmittedAt is null)
            {
                return new AssessmentOutcome.IllegalMove(locked.Current, "be confirmed before the carer submits their self-assessment");
            }

            var able = body.Outcomes!.ToDictionary(o => o.Key, o => o.Value.Ability == OutcomeAbility.Able);
            var eligible = Eligibility.IsEligible(body.NeedsArise!.Value, body.HealthAtRisk!.Value, able, body.SignificantImpact!.Value);
            var decision = new Decision(body.NeedsArise.Value, body.HealthAtRisk.Value, body.SignificantImpact.Value, body.Outcomes!, eligible,
                Eligibility.Explain(body.NeedsArise.Value, body.HealthAtRisk.Value, able, body.SignificantImpact.Value), body.Reasons!.Trim(), clock.GetUtcNow());

            await AssessmentStore.MoveAsync(connection, transaction, command.AssessmentId, locked.Current, AssessmentStatus.Completed, command.Caller,
                nameof(CompleteAssessment), eligible ? "Eligible needs" : "No eligible needs", cancellationToken);
            await AssessmentStore.DecideAsync(connection, transaction, locked, command.Caller, JsonSerializer.Serialize(decision, AssessmentReader.Json), eligible,
                body.Notes, cancellationToken);
            await CarerNotices.QueueAsync(connection, transaction, locked.CarerId, NoticeKind.AssessmentDecided, $"assessment:{command.AssessmentId}",
                new NoticeValues { Reasons = $"{decision.Explanation}\n\n{decision.AssessorReasons}" }, cancellationToken);
            var reloaded = await AssessmentStore.ReloadAsync(connection, transaction, command.AssessmentId, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AssessmentOutcome.StaffDone(reloaded.View, reloaded.Version);
        }
    }

    /// <remarks>
    /// An assessor records an adult carer's assessment (or confirms a submitted self-assessment) and its eligibility decision
    /// under the Care and Support (Eligibility Criteria) Regulations 2015 reg 3: the three conditions, each of the eight
    /// outcomes able or unable (with the reason when unable), and the reasons in plain English, which the carer reads. The
    /// carer is eligible when needs arise from caring, and either their health is at risk or they cannot achieve an outcome,
    /// with a significant impact on their wellbeing. Partners the carer shares with receive `assessment.completed`.
    ///
    /// - Send the assessment's ETag (from the last read or change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 409: the assessment cannot be completed from where it stands, it is a young carer's (use CompleteYoungCarerAssessment),
    ///   or it is a self-assessment the carer has not submitted yet.
    /// - 400: an outcome is missing, an unable outcome has no reason, or the reasons are missing; nothing is saved.
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid assessmentId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response,
        CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), assessmentId, request.ExpectedVersion(), body), cancellationToken)).ToResult(response);
}
