using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.Notices;

/// <summary>What a notice tells the carer (SPEC §9): one kind a thing that happened in their case.</summary>
public enum NoticeKind
{
    RegistrationReceived,
    AssessmentOffered,
    AssessmentScheduled,
    AssessmentDecided,
    SupportPlanReady,
    ReviewDue,
    GrantApproved,
    GrantDeclined,
    GrantPaid,
    BreakConfirmed,
    BreakCancelled,
    EmergencyPlanReviewDue,
    PartnerReferralAwaitingConfirmation,
    ComplaintAcknowledged,
}

/// <summary>How a notice goes: GOV.UK Notify's three channels.</summary>
public enum NoticeChannel { Email, Sms, Letter }

/// <summary>The wording and print of a notice: easy read wording, a large-print letter, or both.</summary>
public enum NoticeFormat { Standard, EasyRead, LargePrint, LargePrintEasyRead }

/// <summary>
/// queued: waiting to go (or to go again after a fault); sent: GOV.UK Notify accepted it; undeliverable: the record has
/// no address the notice can use (staff see why); failed: Notify refused it for good (a number or address it will not take).
/// </summary>
public enum NoticeStatus { Queued, Sent, Undeliverable, Failed }

/// <summary>
/// The facts a notice's wording names, each optional: the use case that queues it gives those its kind needs
/// (<see cref="NoticeWording"/> fails a notice whose wording names a fact it was not given).
/// </summary>
public sealed record NoticeValues
{
    /// <summary>A day: an assessment's, a review's, a break's.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Reasons in the words of the officer who decided.</summary>
    public string? Reasons { get; init; }
    public long? AmountPence { get; init; }
    /// <summary>The partner organisation, as the carer knows it.</summary>
    public string? Partner { get; init; }
    /// <summary>A reference the carer can quote.</summary>
    public string? Reference { get; init; }

    public static readonly NoticeValues None = new();
}

/// <summary>One notice as the carer (ListMyNotices) and council staff (ListCarerNotices) see it.</summary>
/// <param name="Language">The ISO 639-1 code of the language it is written in: the carer's preferred one where a translation exists, else en.</param>
/// <param name="Channel">Null when it could not be sent at all (undeliverable).</param>
/// <param name="FailureReason">Why it was not sent, for an undeliverable or failed notice.</param>
public sealed record CarerNotice(
    Guid Id,
    NoticeKind Kind,
    NoticeChannel? Channel,
    NoticeFormat Format,
    LanguageCode Language,
    [property: MaxLength(300)] string Subject,
    [property: MaxLength(20000)] string Body,
    NoticeStatus Status,
    [property: MaxLength(300)] string? FailureReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static CarerNotice Example =>
        new(
            Guid.Parse("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d"),
            NoticeKind.AssessmentScheduled,
            NoticeChannel.Sms,
            NoticeFormat.Standard,
            LanguageCode.En,
            "Your carer's assessment",
            "Dear Amina, your carer's assessment is booked for Wednesday 11 March 2026 at your home. Call 01582 546000 if you need to change it.",
            NoticeStatus.Sent,
            null,
            Examples.At.AddDays(2),
            Examples.At.AddDays(2).AddMinutes(1));
}

/// <summary>A carer_notice row as the lists read it.</summary>
internal sealed record NoticeRow
{
    public Guid Id { get; init; }
    public string Kind { get; init; } = "";
    public string? Channel { get; init; }
    public string Format { get; init; } = "";
    public string Language { get; init; } = "";
    public string Subject { get; init; } = "";
    public string Body { get; init; } = "";
    public string Status { get; init; } = "";
    public string? FailureReason { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? SentAt { get; init; }

    public const string Columns = "n.id, n.kind, n.channel, n.format, n.language, n.subject, n.body, n.status, n.failure_reason, n.created_at, n.sent_at";

    public CarerNotice ToNotice() => new(Id, Vocabulary.Parse<NoticeKind>(Kind), Channel is null ? null : Vocabulary.Parse<NoticeChannel>(Channel),
        Vocabulary.Parse<NoticeFormat>(Format), Vocabulary.Parse<LanguageCode>(Language), Subject, Body, Vocabulary.Parse<NoticeStatus>(Status), FailureReason,
        new DateTimeOffset(CreatedAt, TimeSpan.Zero), SentAt is null ? null : new DateTimeOffset(SentAt.Value, TimeSpan.Zero));
}

/// <summary>The keyset position of a notice list: newest first.</summary>
internal sealed record NoticePosition(DateTime T, Guid I);
