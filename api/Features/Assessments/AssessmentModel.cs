using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Features.Assessments;

public enum AssessmentStatus { Requested, Offered, Declined, Scheduled, InProgress, Completed, Reviewed }

/// <summary>Adult carer's assessment (s10), or a young carer's needs assessment (s63 of the Children Act 1989, as the 2015 Regulations).</summary>
public enum AssessmentKind { Adult, YoungCarer }

public enum OutcomeAbility { Able, Unable }

public enum ActionStatus { NotStarted, InProgress, Done }

public enum PaymentFrequency { OneOff, Weekly, FourWeekly, Monthly }

/// <summary>One of the eight outcomes, as the assessor (or the carer, in a self-assessment) sees it.</summary>
public sealed record OutcomeFinding(OutcomeAbility? Ability, [property: MaxLength(1000)] string? Reason);

/// <summary>
/// The carer's own answers, saved as they go (all optional until they submit): the GOV.UK task
/// list sections, and for a young carer the questions of the Young Carers (Needs Assessments)
/// Regulations 2015.
/// </summary>
public sealed record SelfAssessmentAnswers
{
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
    DateTimeOffset DecidedAt);

public sealed record PlanAction([property: MaxLength(500)] string Need, [property: MaxLength(1000)] string HowMet, ActionStatus Status);

public sealed record DirectPayment([property: MaxLength(500)] string Needs, [property: Range(1, 10_000_000)] int AmountPence, PaymentFrequency Frequency);

public sealed record SupportPlan(
    [property: MaxLength(4000)] string Needs,
    [property: MaxLength(4000)] string EligibleNeeds,
    [property: MaxLength(20)] IReadOnlyList<PlanAction> Actions,
    [property: Range(0, 10_000_000)] int PersonalBudgetPence,
    DirectPayment? DirectPayment,
    DateOnly NextReviewOn);

public sealed record StatusChange(AssessmentStatus? From, AssessmentStatus To, DateTimeOffset At, [property: MaxLength(200)] string By, [property: MaxLength(1000)] string? Note);

/// <summary>An assessment as its carer sees it: no assessor's notes.</summary>
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
    Decision? Decision,
    SupportPlan? SupportPlan,
    AssessmentKind NextAssessmentKind,
    [property: MaxLength(50)] IReadOnlyList<StatusChange> History);

/// <summary>An assessment as council staff see it: with allocation and the assessor's notes.</summary>
public sealed record StaffAssessment(Assessment Assessment, [property: MaxLength(200)] string? AllocatedTo, [property: MaxLength(4000)] string? AssessorNotes);

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
        return rows.Select(r => (new StaffAssessment(new Assessment(
                r.Id, r.CarerId, Vocabulary.Parse<AssessmentKind>(r.Kind), Vocabulary.Parse<AssessmentStatus>(r.Status), r.SelfAssessment,
                new DateTimeOffset(r.RequestedAt, TimeSpan.Zero), r.ScheduledFor, r.ReofferOn,
                r.SubmittedAt is null ? null : new DateTimeOffset(r.SubmittedAt.Value, TimeSpan.Zero),
                JsonSerializer.Deserialize<SelfAssessmentAnswers>(r.Answers, Json) ?? new SelfAssessmentAnswers(),
                r.Decision is null ? null : JsonSerializer.Deserialize<Decision>(r.Decision, Json),
                r.Needs is null ? null : new SupportPlan(r.Needs, r.EligibleNeeds!, JsonSerializer.Deserialize<List<PlanAction>>(r.Actions!, Json) ?? [],
                    r.PersonalBudgetPence ?? 0, r.DirectPayment is null ? null : JsonSerializer.Deserialize<DirectPayment>(r.DirectPayment, Json), r.NextReviewOn!.Value),
                CarerCategories.Age(r.DateOfBirth, today) < 18 ? AssessmentKind.YoungCarer : AssessmentKind.Adult,
                history.GetValueOrDefault(r.Id) ?? []), r.AllocatedTo, r.AssessorNotes), r.Version)).ToList();
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
