using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using Carers.Api.Domain;
using Carers.Api.Features.Assessments;
using Carers.Api.Features.EmergencyPlans;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;

namespace Carers.Api.Features.DataRights;

// Everything held about one carer (UK GDPR Art. 15; issue 15, decision 0026). One type serves as the
// row Dapper reads and the part of the export the carer gets: what is left out is left out of the
// SELECT, never filtered afterwards. Codes are the words the rest of the API uses (camelCase);
// no officer is named (their role and team are: decision 0026).

/// <summary>Everything the council holds about one carer, as of <see cref="About.ProducedAt"/>.</summary>
public sealed record SubjectAccessExport
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static SubjectAccessExport Example =>
        new()
        {
            About = new(Examples.At, "dataProtectionRequest", "Luton Borough Council", "Data Protection Officer, Luton Borough Council",
                "data.protection@luton.gov.uk", "01582 546000", "Town Hall, George Street, Luton LU1 2BQ", SubjectAccessExportBuilder.WhatIsLeftOut),
            Carer = new()
            {
                Id = Examples.CarerId,
                GivenName = Examples.GivenName,
                FamilyName = Examples.FamilyName,
                DateOfBirth = new DateOnly(1984, 6, 12),
                Email = Examples.Email,
                Phone = Examples.Phone,
                AddressLine1 = "14 Dunstable Road",
                Town = "Luton",
                Postcode = Examples.Postcode,
                PreferredLanguage = "ur",
                PreferredContactChannel = "text",
                ReasonableAdjustmentCodes = ["interpreter"],
                Ethnicity = "asianPakistani",
                EmploymentStatus = "employedPartTime",
                EducationStatus = "notInEducation",
                NhsNumber = Examples.NhsNumber,
                GpPracticeOdsCode = "E81046",
                GpCarerStatus = "identifiedAsCarer",
                GpStatusOn = new DateOnly(2026, 2, 20),
                IdentificationSource = "partnerReferral",
                IdentifiedAt = new DateTime(2026, 1, 31, 9, 15, 0, DateTimeKind.Utc),
                RegisteredBy = "partner",
                HasOnlineAccount = true,
                CreatedAt = new DateTime(2026, 1, 31, 9, 15, 0, DateTimeKind.Utc),
                UpdatedAt = new DateTime(2026, 3, 16, 10, 0, 0, DateTimeKind.Utc),
            },
            MergedRecords = [],
            CaringRelationships =
            [
                new()
                {
                    RelationshipId = Examples.RelationshipId,
                    GivenName = Examples.CaredForGivenName,
                    FamilyName = Examples.FamilyName,
                    Postcode = Examples.Postcode,
                    Relationship = "parent",
                    MainNeed = "longTermIllness",
                    HoursPerWeek = 50,
                    LivesWithCarer = true,
                    StartedOn = new DateOnly(2025, 9, 1),
                    CreatedAt = new DateTime(2026, 1, 31, 9, 15, 0, DateTimeKind.Utc),
                },
            ],
            Consents =
            [
                new() { Purpose = "shareWithCarersCentral", Basis = "self", GivenOn = new DateOnly(2026, 1, 31), GivenAt = new DateTime(2026, 1, 31, 9, 15, 0, DateTimeKind.Utc) },
            ],
            ReportedConsents = [],
            PartnerReferrals = [],
            PartnerSupport = [],
            Assessments = [],
            AssessmentHistory = [],
            SupportPlans = [],
            Grants = [],
            Breaks = [],
            SittingWeeks = [],
            EmergencyCards = [],
            EmergencyPlans = [],
            GpFlags = [],
            GpIdentification = [],
            GpContactAttempts = [],
            PossibleDuplicateRecords = [],
            InformationRequests = [],
            ComplaintsAndCompliments = [],
            SurveyParticipation = [],
            HistoricRecords = [],
            HistoricEvents = [],
            EventsSentToPartners = [],
            SubjectAccessRequests = [],
            RetentionReviews = [],
            RecordChanges =
            [
                new()
                {
                    OccurredAt = new DateTime(2026, 3, 16, 10, 0, 0, DateTimeKind.Utc), Action = "UpdateMyCarerRecord", RecordType = "carer",
                    RecordId = Examples.CarerId.ToString(), Outcome = "success", ByYou = true, ActorRole = Roles.Carer,
                },
            ],
            Accesses =
            [
                new()
                {
                    OccurredAt = new DateTime(2026, 3, 11, 10, 30, 0, DateTimeKind.Utc), Action = "GetAssessment", RecordType = "assessment",
                    RecordId = Examples.AssessmentId.ToString(), Outcome = "success", ByYou = false, ActorRole = Roles.Assessor,
                    ActorOrganisation = null, AccessReason = "casework",
                },
            ],
        };

    public required About About { get; init; }
    /// <summary>The carer's record now.</summary>
    public required ExportedCarer Carer { get; init; }
    /// <summary>Other records of the same person, merged into this one (closed; decision 0021).</summary>
    [MaxLength(1000)] public required IReadOnlyList<ExportedCarer> MergedRecords { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedCaringRelationship> CaringRelationships { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedConsent> Consents { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedReportedConsent> ReportedConsents { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedPartnerReferral> PartnerReferrals { get; init; }
    [MaxLength(100000)] public required IReadOnlyList<ExportedPartnerSupport> PartnerSupport { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedAssessment> Assessments { get; init; }
    [MaxLength(100000)] public required IReadOnlyList<ExportedAssessmentStep> AssessmentHistory { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedSupportPlan> SupportPlans { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedGrant> Grants { get; init; }
    [MaxLength(100000)] public required IReadOnlyList<ExportedBreak> Breaks { get; init; }
    [MaxLength(100000)] public required IReadOnlyList<ExportedSittingWeek> SittingWeeks { get; init; }
    [MaxLength(1000)] public required IReadOnlyList<ExportedEmergencyCard> EmergencyCards { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedEmergencyPlan> EmergencyPlans { get; init; }
    [MaxLength(100000)] public required IReadOnlyList<ExportedGpFlag> GpFlags { get; init; }
    [MaxLength(1000)] public required IReadOnlyList<ExportedGpIdentification> GpIdentification { get; init; }
    [MaxLength(100000)] public required IReadOnlyList<ExportedGpContactAttempt> GpContactAttempts { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedMatch> PossibleDuplicateRecords { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedInformationRequest> InformationRequests { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedFeedback> ComplaintsAndCompliments { get; init; }
    [MaxLength(100)] public required IReadOnlyList<ExportedSurveyYear> SurveyParticipation { get; init; }
    [MaxLength(10000)] public required IReadOnlyList<ExportedHistoricRecord> HistoricRecords { get; init; }
    [MaxLength(100000)] public required IReadOnlyList<ExportedHistoricEvent> HistoricEvents { get; init; }
    [MaxLength(100000)] public required IReadOnlyList<ExportedPartnerEvent> EventsSentToPartners { get; init; }
    [MaxLength(1000)] public required IReadOnlyList<ExportedSubjectAccessRequest> SubjectAccessRequests { get; init; }
    /// <summary>When the record was closed and its review for anonymising after the retention period (decision 0027).</summary>
    [MaxLength(100)] public required IReadOnlyList<ExportedRetentionReview> RetentionReviews { get; init; }
    /// <summary>Every change to the record and what it holds, from the audit log (the record's history).</summary>
    [MaxLength(1000000)] public required IReadOnlyList<ExportedAuditEvent> RecordChanges { get; init; }
    /// <summary>Every look at the record and what it holds, from the audit log: when, which team or organisation, and why.</summary>
    [MaxLength(1000000)] public required IReadOnlyList<ExportedAuditEvent> Accesses { get; init; }
}

/// <summary>
/// When and for whom the export was produced (ProducedFor: carer, the carer downloaded it; dataProtectionRequest,
/// the data protection team produced it for a request), and who to ask about it.
/// </summary>
public sealed record About(
    DateTimeOffset ProducedAt,
    [property: MaxLength(30)] string ProducedFor,
    [property: MaxLength(200)] string Council,
    [property: MaxLength(200)] string QuestionsTo,
    [property: MaxLength(200)] string QuestionsEmail,
    [property: MaxLength(50)] string QuestionsPhone,
    [property: MaxLength(500)] string QuestionsAddress,
    [property: MaxLength(2000)] string WhatIsLeftOut);

public sealed record ExportedCarer
{
    public Guid Id { get; init; }
    [MaxLength(100)] public string GivenName { get; init; } = "";
    [MaxLength(100)] public string FamilyName { get; init; } = "";
    public DateOnly DateOfBirth { get; init; }
    [MaxLength(254)] public string? Email { get; init; }
    [MaxLength(30)] public string? Phone { get; init; }
    [MaxLength(200)] public string? AddressLine1 { get; init; }
    [MaxLength(200)] public string? AddressLine2 { get; init; }
    [MaxLength(100)] public string? Town { get; init; }
    [MaxLength(10)] public string Postcode { get; init; } = "";
    [MaxLength(50)] public string PreferredLanguage { get; init; } = "";
    [MaxLength(20)] public string PreferredContactChannel { get; init; } = "";
    [JsonIgnore] public string[] ReasonableAdjustmentCodes { get; init; } = [];
    [MaxLength(6)] public IReadOnlyList<ReasonableAdjustment> ReasonableAdjustments => ReasonableAdjustmentCodes.Select(Vocabulary.Parse<ReasonableAdjustment>).ToList();
    [MaxLength(50)] public string? Ethnicity { get; init; }
    [MaxLength(50)] public string? EmploymentStatus { get; init; }
    [MaxLength(50)] public string? EducationStatus { get; init; }
    [MaxLength(10)] public string? NhsNumber { get; init; }
    /// <summary>An NHS number you gave that another record holds, unverified (decision 0023).</summary>
    [MaxLength(10)] public string? ClaimedNhsNumber { get; init; }
    [MaxLength(10)] public string? GpPracticeOdsCode { get; init; }
    [MaxLength(30)] public string? GpCarerStatus { get; init; }
    public DateOnly? GpStatusOn { get; init; }
    [MaxLength(30)] public string IdentificationSource { get; init; } = "";
    public DateTime IdentifiedAt { get; init; }
    /// <summary>Who registered the record: you, a member of staff, a partner, a GP or an import.</summary>
    [MaxLength(30)] public string RegisteredBy { get; init; } = "";
    public bool HasOnlineAccount { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public DateTime? ClosedAt { get; init; }
}

/// <summary>Someone you care for, as you told us (not what another carer or a GP told us about them: decision 0026).</summary>
public sealed record ExportedCaringRelationship
{
    public Guid RelationshipId { get; init; }
    [MaxLength(100)] public string GivenName { get; init; } = "";
    [MaxLength(100)] public string FamilyName { get; init; } = "";
    [MaxLength(10)] public string Postcode { get; init; } = "";
    [MaxLength(30)] public string Relationship { get; init; } = "";
    [MaxLength(30)] public string MainNeed { get; init; } = "";
    [Range(0, 168)] public int HoursPerWeek { get; init; }
    public bool LivesWithCarer { get; init; }
    public DateOnly StartedOn { get; init; }
    public DateOnly? EndedOn { get; init; }
    public DateTime CreatedAt { get; init; }
}

public sealed record ExportedConsent
{
    [MaxLength(30)] public string Purpose { get; init; } = "";
    [MaxLength(30)] public string Basis { get; init; } = "";
    public DateOnly GivenOn { get; init; }
    public DateTime GivenAt { get; init; }
    public DateOnly? WithdrawnOn { get; init; }
    public DateTime? WithdrawnAt { get; init; }
}

public sealed record ExportedReportedConsent
{
    [MaxLength(20)] public string Partner { get; init; } = "";
    [MaxLength(30)] public string Purpose { get; init; } = "";
    [MaxLength(30)] public string Basis { get; init; } = "";
    public DateOnly GivenOn { get; init; }
    public DateTime ReportedAt { get; init; }
    [MaxLength(20)] public string Status { get; init; } = "";
    public DateTime? AnsweredAt { get; init; }
}

public sealed record ExportedPartnerReferral
{
    [MaxLength(20)] public string Partner { get; init; } = "";
    [MaxLength(30)] public string MatchedBy { get; init; } = "";
    [MaxLength(2000)] public string? Reason { get; init; }
    public DateTime ReferredAt { get; init; }
}

public sealed record ExportedPartnerSupport
{
    [MaxLength(20)] public string Partner { get; init; } = "";
    [MaxLength(50)] public string SupportType { get; init; } = "";
    public DateOnly GivenOn { get; init; }
    [Range(0, 100000)] public int? DurationMinutes { get; init; }
    [MaxLength(2000)] public string? Notes { get; init; }
    public DateTime RecordedAt { get; init; }
    [MaxLength(30)] public string Source { get; init; } = "";
}

/// <summary>An assessment with your answers, the decision and the assessor's notes.</summary>
public sealed record ExportedAssessment
{
    public Guid Id { get; init; }
    [MaxLength(30)] public string Kind { get; init; } = "";
    [MaxLength(30)] public string Status { get; init; } = "";
    public bool SelfAssessment { get; init; }
    public DateTime RequestedAt { get; init; }
    public DateOnly? ScheduledFor { get; init; }
    public DateOnly? ReofferOn { get; init; }
    public DateTime? SubmittedAt { get; init; }
    public bool? Eligible { get; init; }
    [MaxLength(4000)] public string? AssessorNotes { get; init; }
    public DateTime? CompletedAt { get; init; }
    [MaxLength(30)] public string Source { get; init; } = "";
    [JsonIgnore] public string AnswersJson { get; init; } = "{}";
    [JsonIgnore] public string? DecisionJson { get; init; }
    public SelfAssessmentAnswers Answers => JsonSerializer.Deserialize<SelfAssessmentAnswers>(AnswersJson, JsonSetup.Stored) ?? new SelfAssessmentAnswers();
    public Decision? Decision => StoredDecision.Read(DecisionJson).Adult;
    public YoungCarerDecision? YoungCarerDecision => StoredDecision.Read(DecisionJson).YoungCarer;
}

public sealed record ExportedAssessmentStep
{
    public Guid AssessmentId { get; init; }
    [MaxLength(30)] public string? FromStatus { get; init; }
    [MaxLength(30)] public string ToStatus { get; init; } = "";
    public DateTime At { get; init; }
    [MaxLength(50)] public string ByRole { get; init; } = "";
    [MaxLength(1000)] public string? Note { get; init; }
}

public sealed record ExportedSupportPlan
{
    public Guid Id { get; init; }
    public Guid AssessmentId { get; init; }
    [MaxLength(4000)] public string Needs { get; init; } = "";
    [MaxLength(4000)] public string EligibleNeeds { get; init; } = "";
    [Range(0, 10_000_000)] public int PersonalBudgetPence { get; init; }
    public DateOnly NextReviewOn { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    [JsonIgnore] public string ActionsJson { get; init; } = "[]";
    [JsonIgnore] public string? DirectPaymentJson { get; init; }
    [MaxLength(20)] public IReadOnlyList<PlanAction> Actions => JsonSerializer.Deserialize<List<PlanAction>>(ActionsJson, JsonSetup.Stored) ?? [];
    public DirectPayment? DirectPayment => DirectPaymentJson is null ? null : JsonSerializer.Deserialize<DirectPayment>(DirectPaymentJson, JsonSetup.Stored);
}

public sealed record ExportedGrant
{
    public Guid Id { get; init; }
    [Range(2000, 2100)] public int FinancialYear { get; init; }
    [MaxLength(30)] public string Pot { get; init; } = "";
    [MaxLength(50)] public string Purpose { get; init; } = "";
    [Range(0, 10_000_000)] public int? AmountPence { get; init; }
    [MaxLength(2000)] public string HelpsWith { get; init; } = "";
    [MaxLength(20)] public string Status { get; init; } = "";
    public DateTime SubmittedAt { get; init; }
    public DateTime? DecidedAt { get; init; }
    public DateOnly? ApprovedOn { get; init; }
    [MaxLength(2000)] public string? DeclineReason { get; init; }
    [MaxLength(2000)] public string? OverrideReason { get; init; }
    public DateOnly? PaidOn { get; init; }
    [MaxLength(100)] public string? PaymentReference { get; init; }
    public DateTime? CancelledAt { get; init; }
    public bool LaterInYear { get; init; }
    [MaxLength(30)] public string Source { get; init; } = "";
}

public sealed record ExportedBreak
{
    public Guid Id { get; init; }
    public Guid? RelationshipId { get; init; }
    [MaxLength(200)] public string? Provider { get; init; }
    [MaxLength(30)] public string BreakType { get; init; } = "";
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    [Range(0, 10080)] public int? SittingMinutes { get; init; }
    public bool Emergency { get; init; }
    [MaxLength(20)] public string Status { get; init; } = "";
    public DateTime RequestedAt { get; init; }
    [MaxLength(2000)] public string? DecisionReason { get; init; }
    [MaxLength(30)] public string Source { get; init; } = "";
}

public sealed record ExportedSittingWeek
{
    public DateOnly WeekStart { get; init; }
    [Range(0, 240)] public int Minutes { get; init; }
}

public sealed record ExportedEmergencyCard
{
    [MaxLength(12)] public string CardNumber { get; init; } = "";
    public DateTime IssuedAt { get; init; }
}

public sealed record ExportedEmergencyPlan
{
    public Guid Id { get; init; }
    public Guid RelationshipId { get; init; }
    public DateOnly ReviewedOn { get; init; }
    public DateOnly NextReviewOn { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    [JsonIgnore] public string ContentJson { get; init; } = "{}";
    public EmergencyPlanContent Content => JsonSerializer.Deserialize<EmergencyPlanContent>(ContentJson, JsonSetup.Stored) ?? new EmergencyPlanContent();
}

/// <summary>A GP practice's flag saying you are (or are no longer) a carer.</summary>
public sealed record ExportedGpFlag
{
    [MaxLength(10)] public string OdsCode { get; init; } = "";
    [MaxLength(20)] public string SnomedCode { get; init; } = "";
    public bool IsCarer { get; init; }
    [MaxLength(30)] public string Status { get; init; } = "";
    public DateOnly RecordedOn { get; init; }
    public bool ConsentToContact { get; init; }
    [MaxLength(30)] public string Source { get; init; } = "";
    public DateTime ReceivedAt { get; init; }
}

/// <summary>Where the council's GP worklist stands for you (identified by a GP, contacted, registered or declined).</summary>
public sealed record ExportedGpIdentification
{
    [MaxLength(10)] public string OdsCode { get; init; } = "";
    public bool IsCarer { get; init; }
    public DateOnly LatestFlagOn { get; init; }
    [MaxLength(30)] public string Status { get; init; } = "";
    public DateTime FirstFlaggedAt { get; init; }
}

public sealed record ExportedGpContactAttempt
{
    [MaxLength(30)] public string Outcome { get; init; } = "";
    [MaxLength(2000)] public string? Note { get; init; }
    public DateTime AttemptedAt { get; init; }
}

/// <summary>A record we thought might be yours too; the other record is not shown.</summary>
public sealed record ExportedMatch
{
    [MaxLength(20)] public string Kind { get; init; } = "";
    [MaxLength(200)] public string Reason { get; init; } = "";
    [MaxLength(20)] public string Status { get; init; } = "";
    public DateTime FoundAt { get; init; }
    public DateTime? ResolvedAt { get; init; }
}

public sealed record ExportedInformationRequest
{
    public Guid Id { get; init; }
    [MaxLength(50)] public string Subject { get; init; } = "";
    [MaxLength(200)] public string Title { get; init; } = "";
    [MaxLength(2000)] public string? Description { get; init; }
    [MaxLength(30)] public string Format { get; init; } = "";
    [MaxLength(50)] public string? Language { get; init; }
    public DateTime RequestedAt { get; init; }
    public DateOnly DueOn { get; init; }
    [MaxLength(20)] public string Status { get; init; } = "";
    public DateTime? SentAt { get; init; }
    [MaxLength(30)] public string? SentMethod { get; init; }
    [MaxLength(2000)] public string? UnableReason { get; init; }
}

public sealed record ExportedFeedback
{
    public Guid Id { get; init; }
    [MaxLength(20)] public string Kind { get; init; } = "";
    [MaxLength(50)] public string About { get; init; } = "";
    [MaxLength(5000)] public string Body { get; init; } = "";
    [MaxLength(30)] public string ReceivedVia { get; init; } = "";
    public DateTime ReceivedAt { get; init; }
    [MaxLength(30)] public string Status { get; init; } = "";
    public DateTime? AcknowledgedAt { get; init; }
    public DateOnly? ResponseDueOn { get; init; }
    public DateTime? RespondedAt { get; init; }
    [MaxLength(30)] public string? Outcome { get; init; }
    [MaxLength(5000)] public string? Response { get; init; }
    [MaxLength(5000)] public string? WhatWillChange { get; init; }
    [MaxLength(5000)] public string? OmbudsmanAdvice { get; init; }
}

/// <summary>A year you took part in the carers' survey. Your answers are kept apart from your name and cannot be linked back to you.</summary>
public sealed record ExportedSurveyYear
{
    [Range(2000, 2100)] public int FinancialYear { get; init; }
}

/// <summary>A person record imported from the council's previous system and linked to you.</summary>
public sealed record ExportedHistoricRecord
{
    [MaxLength(100)] public string SourcePersonId { get; init; } = "";
    [MaxLength(20)] public string MatchedBy { get; init; } = "";
    public DateTime CreatedAt { get; init; }
}

public sealed record ExportedHistoricEvent
{
    [MaxLength(100)] public string SourceEventId { get; init; } = "";
    [MaxLength(30)] public string Kind { get; init; } = "";
    [MaxLength(100)] public string RecordId { get; init; } = "";
    public DateTime CreatedAt { get; init; }
}

/// <summary>A message about you sent to a partner organisation (what kind, to whom, when; its contents are the records above).</summary>
public sealed record ExportedPartnerEvent
{
    [MaxLength(50)] public string EventType { get; init; } = "";
    [MaxLength(20)] public string Partner { get; init; } = "";
    public DateTime OccurredAt { get; init; }
    public DateTime? DeliveredAt { get; init; }
}

public sealed record ExportedSubjectAccessRequest
{
    public DateOnly ReceivedOn { get; init; }
    [MaxLength(20)] public string ReceivedBy { get; init; } = "";
    [MaxLength(20)] public string Requester { get; init; } = "";
    [MaxLength(200)] public string? RepresentativeName { get; init; }
    [MaxLength(100)] public string? RepresentativeRelationship { get; init; }
    [MaxLength(500)] public string IdentityVerifiedBy { get; init; } = "";
    public DateOnly DueOn { get; init; }
    public DateOnly? ExtendedTo { get; init; }
    [MaxLength(1000)] public string? ExtensionReason { get; init; }
    [MaxLength(20)] public string Status { get; init; } = "";
    public DateOnly? SentOn { get; init; }
    [MaxLength(1000)] public string? RefusalReason { get; init; }
}

/// <summary>The review of a closed record for anonymising once its retention period has passed.</summary>
public sealed record ExportedRetentionReview
{
    [MaxLength(20)] public string ClosedReason { get; init; } = "";
    public DateOnly ClosedOn { get; init; }
    public DateOnly DueOn { get; init; }
    [MaxLength(20)] public string Status { get; init; } = "";
    public DateTime? DecidedAt { get; init; }
    [MaxLength(1000)] public string? RejectionReason { get; init; }
    public DateTime? AnonymisedAt { get; init; }
}

/// <summary>One line of the audit log about you: when, what, by whom (you, or a team or organisation and role: no officer's name), and why.</summary>
public sealed record ExportedAuditEvent
{
    public DateTime OccurredAt { get; init; }
    [MaxLength(100)] public string Action { get; init; } = "";
    [MaxLength(50)] public string RecordType { get; init; } = "";
    [MaxLength(100)] public string? RecordId { get; init; }
    [MaxLength(30)] public string Outcome { get; init; } = "";
    public bool ByYou { get; init; }
    [MaxLength(50)] public string ActorRole { get; init; } = "";
    [MaxLength(50)] public string? ActorOrganisation { get; init; }
    [MaxLength(30)] public string? AccessReason { get; init; }
}
