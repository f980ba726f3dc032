using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Serialization;
using Carers.Api.Domain;
using Carers.Api.Features.Assessments;
using Carers.Api.Features.Breaks;
using Carers.Api.Features.Feedback;
using Carers.Api.Features.Grants;
using Carers.Api.Features.InformationRequests;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>
/// Staff open a carer's whole case in one read (decision 0032): assessments with their support plans, grants, breaks,
/// emergency plans, partners' referrals and support, GP flags, complaints and compliments, and requests for information.
/// Each section is newest first, at most <see cref="MaxShown"/> items, with the total so nothing is cut silently. One
/// round trip: one SQL batch writes the audit rows (the carer, and one "case viewed" row per record type shown) and reads
/// every section. The carer's details, cared-for people and consents are GetCarer's.
/// </summary>
public static class GetCarerCase
{
    /// <summary>The most items a section shows; <c>total</c> and <c>hasMore</c> say when there are more.</summary>
    public const int MaxShown = 50;

    public sealed record Query(Caller Caller, Guid CarerId) : IQuery<Response?>;

    /// <summary>One section: the newest items (at most 50), how many there are in all, and whether some are not shown.</summary>
    public sealed record Section<T>([property: MaxLength(MaxShown)] IReadOnlyList<T> Items, [property: Range(0, int.MaxValue)] int Total, bool HasMore);

    public sealed record Response(
        Guid CarerId,
        Section<AssessmentSummary> Assessments,
        Section<GrantSummary> Grants,
        Section<BreakSummary> Breaks,
        Section<EmergencyPlanSummary> EmergencyPlans,
        Section<PartnerReferralSummary> PartnerReferrals,
        Section<PartnerSupportSummary> PartnerSupport,
        Section<GpFlagSummary> GpFlags,
        Section<FeedbackSummary> Feedback,
        Section<InformationRequestSummary> InformationRequests)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new(
                Examples.CarerId,
                new([new(Examples.AssessmentId, AssessmentKind.Adult, AssessmentStatus.Completed, false, Examples.At, Examples.At.AddDays(14), Examples.Assessor, true,
                    new DateOnly(2026, 3, 11), null, new(Guid.Parse("6d5c4b3a-2918-4f7e-8d6c-5b4a39281706"), new DateOnly(2027, 3, 16), 54000, Examples.At.AddDays(14)))], 1, false),
                new([new(Examples.GrantId, GrantStatus.Approved, 25000, 2025, GrantPot.Adults, "break", Examples.At.AddDays(16), Examples.At.AddDays(18), null)], 1, false),
                new([new(Examples.BreakId, BreakStatus.Confirmed, "sittingService", new DateOnly(2026, 3, 14), new DateOnly(2026, 3, 14), false, Examples.BreakProviderName, Examples.At)], 1, false),
                new([new(Examples.EmergencyPlanId, Examples.RelationshipId, Examples.CaredForName, Examples.On, new DateOnly(2026, 9, 2))], 1, false),
                new([new(Examples.PendingReferralId, PartnerNames.CarersCentral, Examples.At.AddDays(-30), "new", "confirmed")], 1, false),
                new([new(Guid.Parse("a9b8c7d6-e5f4-4321-9fed-cba987654321"), PartnerNames.CarersCentral, "coaching", new DateOnly(2026, 2, 10), 60)], 1, false),
                new([new(4127, "E81046", new DateOnly(2026, 2, 20), "active", true, new DateTimeOffset(2026, 2, 20, 18, 2, 0, TimeSpan.Zero))], 1, false),
                new([], 0, false),
                new([new(Guid.Parse("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f"), InformationSubject.SupportPlan, "Your support plan", InformationFormat.AnotherLanguage,
                    InformationRequestStatus.Sent, new DateOnly(2026, 3, 17), new DateOnly(2026, 3, 31), Examples.At.AddDays(20))], 1, false));
    }

    /// <summary>The support plan of a completed assessment: when it is next reviewed.</summary>
    public sealed record SupportPlanSummary(Guid Id, DateOnly NextReviewOn, [property: Range(0, int.MaxValue)] int PersonalBudgetPence, DateTimeOffset UpdatedAt);

    public sealed record AssessmentSummary(
        Guid Id, AssessmentKind Kind, AssessmentStatus Status, bool SelfAssessment, DateTimeOffset RequestedAt,
        DateTimeOffset? DecidedAt, [property: MaxLength(200)] string? AllocatedTo, bool? Eligible, DateOnly? ScheduledFor, DateOnly? ReofferOn,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SupportPlanSummary? SupportPlan);

    public sealed record GrantSummary(
        Guid Id, GrantStatus Status, [property: Range(1, int.MaxValue)] int AmountPence, [property: Range(2000, 2100)] int FinancialYear, GrantPot Pot,
        [property: MaxLength(40)] string Purpose, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, DateOnly? PaidOn);

    public sealed record BreakSummary(
        Guid Id, BreakStatus Status, [property: MaxLength(40)] string BreakType, DateOnly StartsOn, DateOnly EndsOn, bool Emergency,
        [property: MaxLength(200)] string? ProviderName, DateTimeOffset RequestedAt);

    public sealed record EmergencyPlanSummary(
        Guid Id, Guid RelationshipId, [property: MaxLength(201)] string ForName, DateOnly ReviewedOn, DateOnly NextReviewOn);

    /// <summary>A partner's referral of this carer; <c>reportedConsent</c> is the consent the partner reported (decision 0024), if any.</summary>
    public sealed record PartnerReferralSummary(
        Guid Id, [property: MaxLength(20)] string Partner, DateTimeOffset ReferredAt, [property: MaxLength(20)] string MatchedBy,
        [property: MaxLength(20)] string? ReportedConsent);

    public sealed record PartnerSupportSummary(
        Guid Id, [property: MaxLength(20)] string Partner, [property: MaxLength(40)] string SupportType, DateOnly GivenOn,
        [property: Range(1, 1440)] int DurationMinutes);

    public sealed record GpFlagSummary(
        [property: Range(1, long.MaxValue)] long Id, [property: MaxLength(10)] string OdsCode, DateOnly RecordedOn,
        [property: MaxLength(10)] string Status, bool IsCarer, DateTimeOffset ReceivedAt);

    public sealed record FeedbackSummary(
        Guid Id, FeedbackKind Kind, FeedbackAbout About, FeedbackStatus Status, DateOnly ReceivedOn, DateOnly? AcknowledgeBy,
        DateOnly? ResponseDueOn, DateTimeOffset? RespondedAt);

    public sealed record InformationRequestSummary(
        Guid Id, InformationSubject Subject, [property: MaxLength(200)] string Title, InformationFormat Format, InformationRequestStatus Status,
        DateOnly RequestedOn, DateOnly DueOn, DateTimeOffset? ClosedAt);

    /// <summary>
    /// Each section in the order read: its audit record type, its table (for the count) and its newest-first read.
    /// The read carries <c>count(*) OVER ()</c> as total: the window runs before the LIMIT, so one statement gives both.
    /// </summary>
    private static readonly (string RecordType, string Table, string? Select)[] Sections =
    [
        ("assessment", "assessment", """
            SELECT a.id, a.kind, a.status, a.self_assessment, a.requested_at, a.completed_at, a.allocated_to, a.eligible,
                   a.scheduled_for, a.reoffer_on, sp.id AS plan_id, sp.next_review_on, sp.personal_budget_pence, sp.updated_at AS plan_updated_at,
                   count(*) OVER () AS total
            FROM assessment a LEFT JOIN support_plan sp ON sp.assessment_id = a.id
            WHERE a.carer_id = @CarerId ORDER BY a.requested_at DESC, a.id DESC
            """),
        ("supportPlan", "support_plan", null),
        ("grantApplication", "grant_application", """
            SELECT id, status, amount_pence, financial_year, pot, purpose, submitted_at, decided_at, paid_on, count(*) OVER () AS total
            FROM grant_application WHERE carer_id = @CarerId ORDER BY submitted_at DESC, id DESC
            """),
        ("breakBooking", "break_booking", """
            SELECT b.id, b.status, b.break_type, b.starts_on, b.ends_on, b.emergency, p.name AS provider_name, b.requested_at, count(*) OVER () AS total
            FROM break_booking b LEFT JOIN break_provider p ON p.id = b.provider_id
            WHERE b.carer_id = @CarerId ORDER BY b.starts_on DESC, b.requested_at DESC, b.id DESC
            """),
        ("emergencyPlan", "emergency_plan", """
            SELECT e.id, e.relationship_id,
                   COALESCE(r.given_name, p.given_name) || ' ' || COALESCE(r.family_name, p.family_name) AS for_name,
                   e.reviewed_on, e.next_review_on, count(*) OVER () AS total
            FROM emergency_plan e JOIN caring_relationship r ON r.id = e.relationship_id JOIN cared_for_person p ON p.id = r.cared_for_person_id
            WHERE e.carer_id = @CarerId ORDER BY e.reviewed_on DESC, e.id DESC
            """),
        ("partnerReferral", "partner_referral", """
            SELECT f.id, f.partner, f.referred_at, f.matched_by, rc.status AS reported_consent, count(*) OVER () AS total
            FROM partner_referral f LEFT JOIN reported_consent rc ON rc.referral_id = f.id
            WHERE f.carer_id = @CarerId ORDER BY f.referred_at DESC, f.id DESC
            """),
        ("partnerSupport", "partner_support", """
            SELECT id, partner, support_type, given_on, duration_minutes, count(*) OVER () AS total
            FROM partner_support WHERE carer_id = @CarerId ORDER BY given_on DESC, recorded_at DESC, id DESC
            """),
        ("gpFlag", "gp_flag", """
            SELECT id, ods_code, recorded_on, status, is_carer, received_at, count(*) OVER () AS total
            FROM gp_flag WHERE carer_id = @CarerId ORDER BY recorded_on DESC, id DESC
            """),
        ("feedback", "feedback", """
            SELECT id, kind, about, status, received_on, acknowledge_by, response_due_on, responded_at, count(*) OVER () AS total
            FROM feedback WHERE carer_id = @CarerId ORDER BY received_at DESC, id DESC
            """),
        ("informationRequest", "information_request", """
            SELECT id, subject, title, format, status, requested_on, due_on, closed_at, count(*) OVER () AS total
            FROM information_request WHERE carer_id = @CarerId ORDER BY requested_at DESC, id DESC
            """),
    ];

    private static readonly string Sql = $"""
        {AuditLog.Into}
        SELECT {AuditLog.ActorValues}, 'GetCarerCase', 'carer', @CarerId::text, CASE WHEN c.id IS NULL THEN 'notFound' ELSE 'success' END, NULL, c.id, @AccessReason
        FROM (SELECT 1) AS one LEFT JOIN carer c ON c.id = @CarerId;
        {AuditLog.Into}
        SELECT {AuditLog.ActorValues}, 'GetCarerCase', s.record_type, NULL, 'success',
               'case viewed: ' || LEAST(s.n, {MaxShown}) || ' shown of ' || s.n, @CarerId, @AccessReason
        FROM (VALUES {string.Join(", ", Sections.Select(s => $"('{s.RecordType}', (SELECT count(*) FROM {s.Table} WHERE carer_id = @CarerId))"))}) AS s(record_type, n)
        WHERE s.n > 0;
        SELECT count(*) FROM carer WHERE id = @CarerId;
        {string.Join("\n", Sections.Where(s => s.Select is not null).Select(s => s.Select + $" LIMIT {MaxShown};"))}
        """;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Response?>
    {
        public async ValueTask<Response?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql,
                AuditLog.ActorParameters(query.Caller, new { query.CarerId }), cancellationToken: cancellationToken));
            var found = await grid.ReadSingleAsync<long>() > 0;
            var assessments = await ReadAsync<AssessmentRow, AssessmentSummary>(grid, r => new(
                r.Id, Vocabulary.Parse<AssessmentKind>(r.Kind), Vocabulary.Parse<AssessmentStatus>(r.Status), r.SelfAssessment, Utc(r.RequestedAt),
                Utc(r.CompletedAt), r.AllocatedTo, r.Eligible, r.ScheduledFor, r.ReofferOn,
                r.PlanId is { } planId ? new SupportPlanSummary(planId, r.NextReviewOn!.Value, r.PersonalBudgetPence!.Value, Utc(r.PlanUpdatedAt!.Value)) : null));
            var grants = await ReadAsync<GrantRow, GrantSummary>(grid, r => new(
                r.Id, Vocabulary.Parse<GrantStatus>(r.Status), r.AmountPence, r.FinancialYear, Vocabulary.Parse<GrantPot>(r.Pot), r.Purpose,
                Utc(r.SubmittedAt), Utc(r.DecidedAt), r.PaidOn));
            var breaks = await ReadAsync<BreakRow, BreakSummary>(grid, r => new(
                r.Id, Vocabulary.Parse<BreakStatus>(r.Status), r.BreakType, r.StartsOn, r.EndsOn, r.Emergency, r.ProviderName, Utc(r.RequestedAt)));
            var plans = await ReadAsync<EmergencyPlanRow, EmergencyPlanSummary>(grid, r => new(r.Id, r.RelationshipId, r.ForName, r.ReviewedOn, r.NextReviewOn));
            var referrals = await ReadAsync<ReferralRow, PartnerReferralSummary>(grid, r => new(r.Id, r.Partner, Utc(r.ReferredAt), r.MatchedBy, r.ReportedConsent));
            var support = await ReadAsync<SupportRow, PartnerSupportSummary>(grid, r => new(r.Id, r.Partner, r.SupportType, r.GivenOn, r.DurationMinutes));
            var flags = await ReadAsync<GpFlagRow, GpFlagSummary>(grid, r => new(r.Id, r.OdsCode, r.RecordedOn, r.Status, r.IsCarer, Utc(r.ReceivedAt)));
            var feedback = await ReadAsync<FeedbackRow, FeedbackSummary>(grid, r => new(
                r.Id, Vocabulary.Parse<FeedbackKind>(r.Kind), Vocabulary.Parse<FeedbackAbout>(r.About), Vocabulary.Parse<FeedbackStatus>(r.Status),
                r.ReceivedOn, r.AcknowledgeBy, r.ResponseDueOn, Utc(r.RespondedAt)));
            var information = await ReadAsync<InformationRow, InformationRequestSummary>(grid, r => new(
                r.Id, Vocabulary.Parse<InformationSubject>(r.Subject), r.Title, Vocabulary.Parse<InformationFormat>(r.Format),
                Vocabulary.Parse<InformationRequestStatus>(r.Status), r.RequestedOn, r.DueOn, Utc(r.ClosedAt)));
            return found
                ? new Response(query.CarerId, assessments, grants, breaks, plans, referrals, support, flags, feedback, information)
                : null;
        }

        private static async Task<Section<TItem>> ReadAsync<TRow, TItem>(SqlMapper.GridReader grid, Func<TRow, TItem> map) where TRow : Row
        {
            var rows = (await grid.ReadAsync<TRow>()).ToList();
            var total = rows.Count == 0 ? 0 : (int)rows[0].Total;
            return new Section<TItem>(rows.Select(map).ToList(), total, total > rows.Count);
        }

        private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

        private static DateTimeOffset? Utc(DateTime? at) => at is { } value ? Utc(value) : null;
    }

    /// <remarks>
    /// Staff read a carer's whole case in one request: assessments with their support plans, grants, breaks, emergency plans, partners'
    /// referrals and support, GP flags, complaints and compliments, and requests for information. Each section is newest first, at most
    /// 50 items, with `total` and `hasMore`, so nothing is cut silently. Audited, one row for each kind of record shown.
    ///
    /// - The carer's details, cared-for people and consents are GetCarer's.
    /// - 404 (not-found): there is no such carer.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(
        Guid carerId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var found = await mediator.Send(new Query(Caller.From(user), carerId), cancellationToken);
        return found is not null
            ? TypedResults.Ok(found)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer.");
    }

    private abstract record Row
    {
        public long Total { get; init; }
    }

    private sealed record AssessmentRow : Row
    {
        public Guid Id { get; init; }
        public string Kind { get; init; } = "";
        public string Status { get; init; } = "";
        public bool SelfAssessment { get; init; }
        public DateTime RequestedAt { get; init; }
        public DateTime? CompletedAt { get; init; }
        public string? AllocatedTo { get; init; }
        public bool? Eligible { get; init; }
        public DateOnly? ScheduledFor { get; init; }
        public DateOnly? ReofferOn { get; init; }
        public Guid? PlanId { get; init; }
        public DateOnly? NextReviewOn { get; init; }
        public int? PersonalBudgetPence { get; init; }
        public DateTime? PlanUpdatedAt { get; init; }
    }

    private sealed record GrantRow : Row
    {
        public Guid Id { get; init; }
        public string Status { get; init; } = "";
        public int AmountPence { get; init; }
        public int FinancialYear { get; init; }
        public string Pot { get; init; } = "";
        public string Purpose { get; init; } = "";
        public DateTime SubmittedAt { get; init; }
        public DateTime? DecidedAt { get; init; }
        public DateOnly? PaidOn { get; init; }
    }

    private sealed record BreakRow : Row
    {
        public Guid Id { get; init; }
        public string Status { get; init; } = "";
        public string BreakType { get; init; } = "";
        public DateOnly StartsOn { get; init; }
        public DateOnly EndsOn { get; init; }
        public bool Emergency { get; init; }
        public string? ProviderName { get; init; }
        public DateTime RequestedAt { get; init; }
    }

    private sealed record EmergencyPlanRow : Row
    {
        public Guid Id { get; init; }
        public Guid RelationshipId { get; init; }
        public string ForName { get; init; } = "";
        public DateOnly ReviewedOn { get; init; }
        public DateOnly NextReviewOn { get; init; }
    }

    private sealed record ReferralRow : Row
    {
        public Guid Id { get; init; }
        public string Partner { get; init; } = "";
        public DateTime ReferredAt { get; init; }
        public string MatchedBy { get; init; } = "";
        public string? ReportedConsent { get; init; }
    }

    private sealed record SupportRow : Row
    {
        public Guid Id { get; init; }
        public string Partner { get; init; } = "";
        public string SupportType { get; init; } = "";
        public DateOnly GivenOn { get; init; }
        public int DurationMinutes { get; init; }
    }

    private sealed record GpFlagRow : Row
    {
        public long Id { get; init; }
        public string OdsCode { get; init; } = "";
        public DateOnly RecordedOn { get; init; }
        public string Status { get; init; } = "";
        public bool IsCarer { get; init; }
        public DateTime ReceivedAt { get; init; }
    }

    private sealed record FeedbackRow : Row
    {
        public Guid Id { get; init; }
        public string Kind { get; init; } = "";
        public string About { get; init; } = "";
        public string Status { get; init; } = "";
        public DateOnly ReceivedOn { get; init; }
        public DateOnly? AcknowledgeBy { get; init; }
        public DateOnly? ResponseDueOn { get; init; }
        public DateTime? RespondedAt { get; init; }
    }

    private sealed record InformationRow : Row
    {
        public Guid Id { get; init; }
        public string Subject { get; init; } = "";
        public string Title { get; init; } = "";
        public string Format { get; init; } = "";
        public string Status { get; init; } = "";
        public DateOnly RequestedOn { get; init; }
        public DateOnly DueOn { get; init; }
        public DateTime? ClosedAt { get; init; }
    }
}
