using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using FluentValidation;
using Npgsql;

namespace Carers.Api.Features.Assessments;

public enum AssessmentStatus { Requested, Offered, Declined, Scheduled, InProgress, Completed, Reviewed }

/// <summary>Adult carer's assessment (s10), or a young carer's needs assessment (s63 of the Children Act 1989, as the 2015 Regulations).</summary>
public enum AssessmentKind { Adult, YoungCarer }

public enum OutcomeAbility { Able, Unable }

public enum ActionStatus { NotStarted, InProgress, Done }

public enum PaymentFrequency { OneOff, Weekly, FourWeekly, Monthly }

/// <summary>How an assessor carried out the assessment with the carer.</summary>
public enum AssessmentMethod { Phone, HomeVisit, Office, Video }

/// <summary>How a young carer's support needs will be met (Children Act 1989 s17ZB): support to them, services to the person cared for under that adult's own assessment, or both.</summary>
public enum YoungCarerSupportRoute { SupportToYoungCarer, ServicesToCaredPersonUnderAdultAssessment, Both }

/// <summary>One of the eight outcomes, as the assessor (or the carer, in a self-assessment) sees it.</summary>
public sealed record OutcomeFinding(OutcomeAbility? Ability, [property: MaxLength(1000)] string? Reason)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static OutcomeFinding Example =>
        new(OutcomeAbility.Unable, "Amina has not had an evening out with friends since her father's stroke.");
}

/// <summary>
/// The carer's own answers, saved as they go (all optional until they submit): the GOV.UK task
/// list sections, and for a young carer the questions of the Young Carers (Needs Assessments)
/// Regulations 2015. An assessor leading the assessment records the same, and also how it was
/// carried out and the carer's own words (decision 0029).
/// </summary>
public sealed record SelfAssessmentAnswers
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static SelfAssessmentAnswers Example =>
        new()
        {
            AboutYourCaring = "I care for my father, Yusuf, who had a stroke in 2025. I help him wash, dress and take his medicines, and I manage his appointments.",
            AbleAndWillingToCareNow = true,
            AbleAndWillingToCareInFuture = true,
            YourHealth = "My back hurts from helping Dad in and out of the bath, and I sleep badly.",
            HealthAtRisk = true,
            ImpactOnWellbeing = "I feel tired and low most days and rarely see friends.",
            Outcomes = new()
            {
                [CarerOutcome.Recreation] = OutcomeFinding.Example,
                [CarerOutcome.WorkTrainingEducationVolunteering] = new(OutcomeAbility.Unable, "She has cut her hours at work to three days a week."),
                [CarerOutcome.Nutrition] = new(OutcomeAbility.Able, null),
            },
            WorkEducationTrainingLeisure = "I work part time at a pharmacy in Luton town centre.",
            WhatYouWantToChange = "A regular break on Saturdays, and help with the bath.",
            HowCarriedOut = AssessmentMethod.HomeVisit,
        };

    [MaxLength(2000)] public string? AboutYourCaring { get; init; }
    public bool? AbleAndWillingToCareNow { get; init; }
    public bool? AbleAndWillingToCareInFuture { get; init; }
    [MaxLength(2000)] public string? YourHealth { get; init; }
    public bool? HealthAtRisk { get; init; }
    [MaxLength(2000)] public string? ImpactOnWellbeing { get; init; }
    public Dictionary<CarerOutcome, OutcomeFinding>? Outcomes { get; init; }
    [MaxLength(2000)] public string? WorkEducationTrainingLeisure { get; init; }
    [MaxLength(2000)] public string? WhatYouWantToChange { get; init; }
    [MaxLength(2000)] public string? AmountAndTypeOfCare { get; init; }
    [MaxLength(2000)] public string? FamilyReliance { get; init; }
    [MaxLength(2000)] public string? ImpactOnEducation { get; init; }
    [MaxLength(2000)] public string? ExcessiveOrInappropriateTasks { get; init; }
    [MaxLength(2000)] public string? YoungCarersWishes { get; init; }
    [MaxLength(2000)] public string? DifferencesOfOpinionInFamily { get; init; }
    /// <summary>A young carer: the impact of caring on their development (2015 Regulations, reg 2).</summary>
    [MaxLength(2000)] public string? ImpactOnDevelopment { get; init; }
    /// <summary>What the carer said, in their own words, as the assessor wrote it down.</summary>
    [MaxLength(4000)] public string? InTheirOwnWords { get; init; }
    /// <summary>How the assessor carried out the assessment; none in a carer's own self-assessment.</summary>
    public AssessmentMethod? HowCarriedOut { get; init; }
}

/// <summary>The limits on every answer, whoever records them (the carer, or an assessor).</summary>
public sealed class SelfAssessmentAnswersValidator : AbstractValidator<SelfAssessmentAnswers>
{
    public SelfAssessmentAnswersValidator()
    {
        foreach (var text in new System.Linq.Expressions.Expression<Func<SelfAssessmentAnswers, string?>>[]
        {
            x => x.AboutYourCaring, x => x.YourHealth, x => x.ImpactOnWellbeing, x => x.WorkEducationTrainingLeisure, x => x.WhatYouWantToChange,
            x => x.AmountAndTypeOfCare, x => x.FamilyReliance, x => x.ImpactOnEducation, x => x.ExcessiveOrInappropriateTasks,
            x => x.YoungCarersWishes, x => x.DifferencesOfOpinionInFamily, x => x.ImpactOnDevelopment,
        })
        {
            RuleFor(text).MaximumLength(2000).WithMessage("Answers must be 2,000 characters or fewer")
                .Matches(TextRules.FreeTextPattern).WithMessage("Answers must not contain < > or control characters");
        }

        RuleFor(x => x.InTheirOwnWords).MaximumLength(4000).WithMessage("The carer's own words must be 4,000 characters or fewer")
            .Matches(TextRules.FreeTextPattern).WithMessage("Answers must not contain < > or control characters");
        RuleForEach(x => x.Outcomes).Must(o => o.Value.Reason is null || (o.Value.Reason.Length <= 1000 && !o.Value.Reason.Any(c => c is '<' or '>' || char.IsControl(c))))
            .WithMessage("Each reason must be 1,000 characters or fewer, without < > or control characters");
    }
}

/// <summary>The eligibility decision and its plain-English reasons (reg 3; s24(2) for a refusal).</summary>
public sealed record Decision(
    bool NeedsArise,
    bool HealthAtRisk,
    bool SignificantImpact,
    Dictionary<CarerOutcome, OutcomeFinding> Outcomes,
    bool Eligible,
    [property: MaxLength(2000)] string Explanation,
    [property: MaxLength(4000)] string AssessorReasons,
    DateTimeOffset DecidedAt)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static Decision Example =>
        new(
            NeedsArise: true,
            HealthAtRisk: true,
            SignificantImpact: true,
            Outcomes: new()
            {
                [CarerOutcome.Recreation] = OutcomeFinding.Example,
                [CarerOutcome.WorkTrainingEducationVolunteering] = new(OutcomeAbility.Unable, "She has cut her hours at work to three days a week."),
                [CarerOutcome.Nutrition] = new(OutcomeAbility.Able, null),
            },
            Eligible: true,
            Explanation: "You are eligible for support: caring for your father is affecting your health and you cannot take part in work or leisure as you would like.",
            AssessorReasons: "Needs arise from caring; physical health at risk; unable to achieve two outcomes, with a significant impact on wellbeing.",
            DecidedAt: Examples.At.AddDays(14));
}

/// <summary>
/// A young carer's needs assessment decided on its own law (Children Act 1989 s17ZA to s17ZC, the Young Carers
/// (Needs Assessments) Regulations 2015), not reg 3: no eight outcomes. The explanation and reasons are shown to the young carer.
/// </summary>
public sealed record YoungCarerDecision(
    bool TasksExcessiveOrInappropriate,
    [property: MaxLength(2000)] string ImpactOnEducation,
    [property: MaxLength(2000)] string ImpactOnWellbeing,
    [property: MaxLength(2000)] string ImpactOnDevelopment,
    bool HasSupportNeeds,
    YoungCarerSupportRoute? HowMet,
    [property: MaxLength(2000)] string Explanation,
    [property: MaxLength(4000)] string AssessorReasons,
    DateTimeOffset DecidedAt)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static YoungCarerDecision Example =>
        new(
            TasksExcessiveOrInappropriate: true,
            ImpactOnEducation: "Late for school twice a week after helping his mother in the mornings.",
            ImpactOnWellbeing: "Worries about his mother while at school.",
            ImpactOnDevelopment: "Has stopped going to football club.",
            HasSupportNeeds: true,
            HowMet: YoungCarerSupportRoute.Both,
            Explanation: "You have support needs: a young carers' group, and help for your mum in the mornings so you can get to school on time.",
            AssessorReasons: "Personal care in the mornings is inappropriate for a 13-year-old; an adult assessment for the mother is requested.",
            DecidedAt: Examples.At.AddDays(10));
}

/// <summary>The decision column holds either shape: a young carer's decision is known by its hasSupportNeeds.</summary>
public static class StoredDecision
{
    public static (Decision? Adult, YoungCarerDecision? YoungCarer) Read(string? json)
    {
        if (json is null) return (null, null);
        return System.Text.Json.Nodes.JsonNode.Parse(json)?["hasSupportNeeds"] is null
            ? (JsonSerializer.Deserialize<Decision>(json, JsonSetup.Stored), null)
            : (null, JsonSerializer.Deserialize<YoungCarerDecision>(json, JsonSetup.Stored));
    }
}

public sealed record PlanAction([property: MaxLength(500)] string Need, [property: MaxLength(1000)] string HowMet, ActionStatus Status)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static PlanAction Example =>
        new("A regular break from caring", "Four hours of sitting service every Saturday from Crossroads Care Luton.", ActionStatus.InProgress);
}

public sealed record DirectPayment([property: MaxLength(500)] string Needs, [property: Range(1, 10_000_000)] int AmountPence, PaymentFrequency Frequency)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static DirectPayment Example =>
        new("Gym membership and two evening classes a month", 4500, PaymentFrequency.Monthly);
}

public sealed record SupportPlan(
    [property: MaxLength(4000)] string Needs,
    [property: MaxLength(4000)] string EligibleNeeds,
    [property: MaxLength(20)] IReadOnlyList<PlanAction> Actions,
    [property: Range(0, 10_000_000)] int PersonalBudgetPence,
    DirectPayment? DirectPayment,
    DateOnly NextReviewOn)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static SupportPlan Example =>
        new(
            Needs: "Amina has little time for herself and back pain from lifting her father.",
            EligibleNeeds: "A regular break from caring; moving and handling advice; time for her own health.",
            Actions: [PlanAction.Example, new("Moving and handling advice", "Referral to the occupational therapy team for a bath lift.", ActionStatus.NotStarted)],
            PersonalBudgetPence: 54000,
            DirectPayment: DirectPayment.Example,
            NextReviewOn: new DateOnly(2027, 3, 16));
}

public sealed record StatusChange(AssessmentStatus? From, AssessmentStatus To, DateTimeOffset At, [property: MaxLength(200)] string By, [property: MaxLength(1000)] string? Note)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static StatusChange Example =>
        new(AssessmentStatus.Scheduled, AssessmentStatus.InProgress, Examples.At.AddDays(9), Examples.Assessor, "Home visit with Amina and her father.");
}

/// <summary>An assessment as its carer sees it: no assessor's notes. An adult's decision is <c>decision</c> (reg 3); a young carer's is <c>youngCarerDecision</c> (s17ZA to s17ZC), the other null.</summary>
public sealed record Assessment(
    Guid Id,
    Guid CarerId,
    AssessmentKind Kind,
    AssessmentStatus Status,
    bool SelfAssessment,
    DateTimeOffset RequestedAt,
    DateOnly? ScheduledFor,
    DateOnly? ReofferOn,
    DateTimeOffset? SubmittedAt,
    SelfAssessmentAnswers Answers,
    // Left out until there is one (a $ref cannot be declared nullable in the contract's OpenAPI 3.0).
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Decision? Decision,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] YoungCarerDecision? YoungCarerDecision,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SupportPlan? SupportPlan,
    AssessmentKind NextAssessmentKind,
    [property: MaxLength(50)] IReadOnlyList<StatusChange> History)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static Assessment Example =>
        new(
            Id: Examples.AssessmentId,
            CarerId: Examples.CarerId,
            Kind: AssessmentKind.Adult,
            Status: AssessmentStatus.Completed,
            SelfAssessment: false,
            RequestedAt: Examples.At,
            ScheduledFor: new DateOnly(2026, 3, 11),
            ReofferOn: null,
            SubmittedAt: null,
            Answers: SelfAssessmentAnswers.Example,
            Decision: Decision.Example,
            YoungCarerDecision: null,
            SupportPlan: SupportPlan.Example,
            NextAssessmentKind: AssessmentKind.Adult,
            History:
            [
                new(AssessmentStatus.Requested, AssessmentStatus.Scheduled, Examples.At.AddDays(2), Examples.Assessor, "Home visit booked for 11 March."),
                StatusChange.Example,
                new(AssessmentStatus.InProgress, AssessmentStatus.Completed, Examples.At.AddDays(14), Examples.Assessor, null),
            ]);
}

/// <summary>An assessment as council staff see it: with allocation and the assessor's notes.</summary>
public sealed record StaffAssessment(Assessment Assessment, [property: MaxLength(200)] string? AllocatedTo, [property: MaxLength(4000)] string? AssessorNotes)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static StaffAssessment Example =>
        new(Assessment.Example, Examples.Assessor, "Father (Yusuf Khan) is also known to adult social care; OT referral made on 16 March.");
}

/// <summary>Reads assessments with their plan and history in one round trip.</summary>
public static class AssessmentReader
{
    public const string Columns = """
        a.id, a.carer_id, a.kind, a.status, a.self_assessment, a.requested_at, a.scheduled_for, a.reoffer_on, a.submitted_at,
        a.answers::text AS answers, a.decision::text AS decision, a.allocated_to, a.assessor_notes, a.version, c.date_of_birth,
        p.needs, p.eligible_needs, p.actions::text AS actions, p.personal_budget_pence, p.direct_payment::text AS direct_payment, p.next_review_on
        """;

    public const string From = "FROM assessment a JOIN carer c ON c.id = a.carer_id LEFT JOIN support_plan p ON p.assessment_id = a.id";

    public const string HistorySql = """
        SELECT assessment_id, from_status, to_status, at, by_subject, note FROM assessment_event WHERE assessment_id = ANY(@Ids) ORDER BY id
        """;

    public static JsonSerializerOptions Json => JsonSetup.Stored;

    public const string ByIdSql = $"SELECT {Columns} {From} WHERE a.id = @AssessmentId";

    /// <summary>Object-level: only the signed-in carer's own assessment.</summary>
    public const string ByIdForCarerSql = $"SELECT {Columns} {From} WHERE a.id = @AssessmentId AND c.account_subject = @Subject";

    public const string ForCarerSql = $"SELECT {Columns} {From} WHERE c.account_subject = @Subject ORDER BY a.requested_at DESC LIMIT 20";

    /// <summary>Partners: only carers who share with them (and CHUMS: under 26).</summary>
    public const string ForPartnerCarerSql = $"SELECT {Columns} {From} WHERE a.carer_id = @CarerId AND {Partners.PartnerAccess.Visible} ORDER BY a.requested_at DESC LIMIT 20";

    /// <summary>Loads with one of the SQL constants above.</summary>
    public static async Task<List<(StaffAssessment View, int Version)>> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        string sql, object parameters, DateOnly today, CancellationToken ct)
    {
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct))).ToList();
        if (rows.Count == 0) return [];
        var history = (await connection.QueryAsync<HistoryRow>(new CommandDefinition(HistorySql, new { Ids = rows.Select(r => r.Id).ToArray() }, transaction, cancellationToken: ct)))
            .GroupBy(h => h.AssessmentId).ToDictionary(g => g.Key, g => g.TakeLast(50).Select(h => new StatusChange(
                h.FromStatus is null ? null : Vocabulary.Parse<AssessmentStatus>(h.FromStatus), Vocabulary.Parse<AssessmentStatus>(h.ToStatus),
                new DateTimeOffset(h.At, TimeSpan.Zero), h.BySubject, h.Note)).ToList());
        return rows.Select(r => View(r, StoredDecision.Read(r.Decision))).ToList();

        (StaffAssessment View, int Version) View(Row r, (Decision? Adult, YoungCarerDecision? YoungCarer) decided) => (new StaffAssessment(new Assessment(
                r.Id, r.CarerId, Vocabulary.Parse<AssessmentKind>(r.Kind), Vocabulary.Parse<AssessmentStatus>(r.Status), r.SelfAssessment,
                new DateTimeOffset(r.RequestedAt, TimeSpan.Zero), r.ScheduledFor, r.ReofferOn,
                r.SubmittedAt is null ? null : new DateTimeOffset(r.SubmittedAt.Value, TimeSpan.Zero),
                JsonSerializer.Deserialize<SelfAssessmentAnswers>(r.Answers, Json) ?? new SelfAssessmentAnswers(),
                decided.Adult, decided.YoungCarer,
                r.Needs is null ? null : new SupportPlan(r.Needs, r.EligibleNeeds!, JsonSerializer.Deserialize<List<PlanAction>>(r.Actions!, Json) ?? [],
                    r.PersonalBudgetPence ?? 0, r.DirectPayment is null ? null : JsonSerializer.Deserialize<DirectPayment>(r.DirectPayment, Json), r.NextReviewOn!.Value),
                CarerCategories.Age(r.DateOfBirth, today) < 18 ? AssessmentKind.YoungCarer : AssessmentKind.Adult,
                history.GetValueOrDefault(r.Id) ?? []), r.AllocatedTo, r.AssessorNotes), r.Version);
    }

    private sealed record Row
    {
        public Guid Id { get; init; }
        public Guid CarerId { get; init; }
        public string Kind { get; init; } = "";
        public string Status { get; init; } = "";
        public bool SelfAssessment { get; init; }
        public DateTime RequestedAt { get; init; }
        public DateOnly? ScheduledFor { get; init; }
        public DateOnly? ReofferOn { get; init; }
        public DateTime? SubmittedAt { get; init; }
        public string Answers { get; init; } = "{}";
        public string? Decision { get; init; }
        public string? AllocatedTo { get; init; }
        public string? AssessorNotes { get; init; }
        public int Version { get; init; }
        public DateOnly DateOfBirth { get; init; }
        public string? Needs { get; init; }
        public string? EligibleNeeds { get; init; }
        public string? Actions { get; init; }
        public int? PersonalBudgetPence { get; init; }
        public string? DirectPayment { get; init; }
        public DateOnly? NextReviewOn { get; init; }
    }

    private sealed record HistoryRow
    {
        public Guid AssessmentId { get; init; }
        public string? FromStatus { get; init; }
        public string ToStatus { get; init; } = "";
        public DateTime At { get; init; }
        public string BySubject { get; init; } = "";
        public string? Note { get; init; }
    }
}

/// <summary>The lifecycle of SPEC §3 as a table: which move is legal, and who may make it.</summary>
public static class AssessmentLifecycle
{
    public enum Mover { Carer, Assessor, Partner }

    private static readonly Dictionary<(AssessmentStatus From, AssessmentStatus To), Mover[]> Moves = new()
    {
        [(AssessmentStatus.Requested, AssessmentStatus.Offered)] = [Mover.Assessor],
        [(AssessmentStatus.Requested, AssessmentStatus.Scheduled)] = [Mover.Assessor],
        [(AssessmentStatus.Requested, AssessmentStatus.InProgress)] = [Mover.Assessor, Mover.Carer],
        [(AssessmentStatus.Requested, AssessmentStatus.Declined)] = [Mover.Carer],
        [(AssessmentStatus.Offered, AssessmentStatus.Scheduled)] = [Mover.Assessor],
        [(AssessmentStatus.Offered, AssessmentStatus.InProgress)] = [Mover.Assessor, Mover.Carer],
        [(AssessmentStatus.Offered, AssessmentStatus.Declined)] = [Mover.Carer],
        [(AssessmentStatus.Scheduled, AssessmentStatus.InProgress)] = [Mover.Assessor],
        [(AssessmentStatus.Scheduled, AssessmentStatus.Declined)] = [Mover.Carer],
        [(AssessmentStatus.InProgress, AssessmentStatus.Completed)] = [Mover.Assessor],
        [(AssessmentStatus.Completed, AssessmentStatus.Reviewed)] = [Mover.Assessor],
        [(AssessmentStatus.Reviewed, AssessmentStatus.Reviewed)] = [Mover.Assessor],
    };

    public static bool IsLegal(AssessmentStatus from, AssessmentStatus to) => Moves.ContainsKey((from, to));

    public static bool MayMove(AssessmentStatus from, AssessmentStatus to, Mover mover) =>
        Moves.TryGetValue((from, to), out var movers) && movers.Contains(mover);

    public static IEnumerable<(AssessmentStatus From, AssessmentStatus To)> All => Moves.Keys;

    /// <summary>Open: not yet decided (the work queues and "one open assessment per carer").</summary>
    public static bool IsOpen(AssessmentStatus status) =>
        status is AssessmentStatus.Requested or AssessmentStatus.Offered or AssessmentStatus.Scheduled or AssessmentStatus.InProgress;

    public const string EventSql = """
        INSERT INTO assessment_event (assessment_id, from_status, to_status, by_subject, by_role, note)
        VALUES (@AssessmentId, @From, @To, @BySubject, @ByRole, @Note)
        """;
}
