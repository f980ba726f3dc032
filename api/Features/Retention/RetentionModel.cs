using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.Retention;

/// <summary>Why a record was closed. merged is set only by a merge (decision 0021); the others by staff (CloseCarerRecord).</summary>
public enum ClosedReason { ExCarer, NoContact, Died, MovedAway, Merged }

/// <summary>The reasons staff may close a record for (a merge closes the dropped record itself).</summary>
public enum ClosingReason { ExCarer, NoContact, Died, MovedAway }

/// <summary>due: past its date, awaiting a data-protection officer. approved: the next run anonymises it. rejected: kept, with the reason.
/// anonymised: done. failed: anonymising failed and was rolled back; the next run tries again.</summary>
public enum RetentionReviewStatus { Due, Approved, Rejected, Anonymised, Failed }

/// <summary>Kinds of personal data anonymising removes. identity: name, full date of birth (the year stays) and full postcode (the district stays).</summary>
public enum RetentionDataKind
{
    Identity, ContactDetails, NhsNumber, SignIn, CaredForPeople, Assessments, SupportPlans, EmergencyPlans, Feedback, InformationRequests, Grants,
    PartnerSupportNotes,
}

/// <summary>What argues against anonymising now.</summary>
public enum RetentionConcern { OpenComplaint, GrantNotPaid, GrantAwaitingDecision, BreakBooked, InformationRequestOpen, PossibleDuplicate }

public enum RetentionRunMode { DryRun, Live }

public enum RetentionRunStatus { Running, Finished, Failed }

/// <summary>
/// Retention settings (decision 0027): years kept after closure for each reason, young carers' records until an age,
/// the daily run's time in Europe/London, and how many approved records one pass of a run reads at a time.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public Dictionary<string, int> YearsAfterClosure { get; init; } = new(StringComparer.Ordinal);

    /// <summary>A record identified as a young carer's (under 18) is kept at least until this birthday.</summary>
    public int YoungCarerKeepUntilAge { get; init; } = 25;

    /// <summary>HH:mm, Europe/London.</summary>
    public string DailyRunAt { get; init; } = "02:30";

    public int BatchSize { get; init; } = 500;

    public bool WorkerEnabled { get; init; } = true;

    public TimeOnly RunAt => TimeOnly.ParseExact(DailyRunAt, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public int YearsFor(ClosedReason reason) => YearsAfterClosure[reason.Code()];

    /// <summary>Problems with the settings, empty when they are usable; the service refuses to start otherwise.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var reason in Enum.GetValues<ClosedReason>())
        {
            if (!YearsAfterClosure.TryGetValue(reason.Code(), out var years))
                yield return $"Retention:YearsAfterClosure:{reason.Code()} must be set.";
            else if (years is < 1 or > 100)
                yield return $"Retention:YearsAfterClosure:{reason.Code()} must be 1 to 100 years.";
        }

        foreach (var key in YearsAfterClosure.Keys.Where(k => !Enum.GetValues<ClosedReason>().Any(r => r.Code() == k)))
            yield return $"Retention:YearsAfterClosure:{key} is not a reason a record is closed for.";
        if (YoungCarerKeepUntilAge is < 18 or > 100) yield return "Retention:YoungCarerKeepUntilAge must be 18 to 100.";
        if (!TimeOnly.TryParseExact(DailyRunAt, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            yield return "Retention:DailyRunAt must be a time HH:mm (Europe/London).";
        if (BatchSize is < 1 or > 10_000) yield return "Retention:BatchSize must be 1 to 10,000.";
    }
}

/// <summary>One record in the retention review queue, with what anonymising would remove and what argues against it.</summary>
/// <param name="CarerName">The carer's name while the record is not yet anonymised; null once it is.</param>
/// <param name="FailureReason">The last failure: the kind of error, never a value from the record.</param>
/// <param name="WouldRemove">The kinds of personal data the record holds that anonymising would remove.</param>
/// <param name="Concerns">What argues against anonymising now (an open complaint, a grant approved and not yet paid, ...).</param>
public sealed record RetentionReview(
    Guid Id,
    Guid CarerId,
    [property: MaxLength(401)] string? CarerName,
    ClosedReason ClosedReason,
    DateOnly ClosedOn,
    DateOnly DueOn,
    RetentionReviewStatus Status,
    DateTimeOffset ListedAt,
    [property: MaxLength(200)] string? DecidedBy,
    DateTimeOffset? DecidedAt,
    [property: MaxLength(1000)] string? RejectionReason,
    DateTimeOffset? AnonymisedAt,
    [property: Range(0, int.MaxValue)] int Attempts,
    [property: MaxLength(1000)] string? FailureReason,
    DateTimeOffset? FailedAt,
    [property: MaxLength(20)] IReadOnlyList<RetentionDataKind> WouldRemove,
    [property: MaxLength(20)] IReadOnlyList<RetentionConcern> Concerns,
    [property: MaxLength(20)] string ETag)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static RetentionReview Example =>
        new(
            Guid.Parse("e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a0b"),
            Guid.Parse("f0e1d2c3-b4a5-4697-8879-6a5b4c3d2e1f"),
            "Grace Okafor",
            ClosedReason.ExCarer,
            new DateOnly(2019, 11, 30),
            new DateOnly(2026, 2, 28),
            RetentionReviewStatus.Due,
            new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero),
            DecidedBy: null,
            DecidedAt: null,
            RejectionReason: null,
            AnonymisedAt: null,
            Attempts: 0,
            FailureReason: null,
            FailedAt: null,
            WouldRemove: [RetentionDataKind.Identity, RetentionDataKind.ContactDetails, RetentionDataKind.NhsNumber, RetentionDataKind.CaredForPeople, RetentionDataKind.Assessments],
            Concerns: [],
            ETag: Examples.ETag);
}

/// <summary>One run of the retention job.</summary>
/// <param name="Listed">Records past their date newly queued for review (a dry run: that would be queued).</param>
/// <param name="ToAnonymise">Approved records to anonymise when the run started (a dry run: that a live run would anonymise).</param>
public sealed record RetentionRun(
    Guid Id,
    RetentionRunMode Mode,
    [property: MaxLength(200)] string StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    RetentionRunStatus Status,
    [property: Range(0, int.MaxValue)] int Listed,
    [property: Range(0, int.MaxValue)] int ToAnonymise,
    [property: Range(0, int.MaxValue)] int Anonymised,
    [property: Range(0, int.MaxValue)] int Failed,
    [property: MaxLength(1000)] string? FailureReason)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static RetentionRun Example =>
        new(
            Guid.Parse("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"),
            RetentionRunMode.DryRun,
            Examples.Manager,
            new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 1, 2, 0, 4, TimeSpan.Zero),
            RetentionRunStatus.Finished,
            Listed: 37,
            ToAnonymise: 12,
            Anonymised: 0,
            Failed: 0,
            FailureReason: null);
}

internal sealed record RunRow
{
    public Guid Id { get; init; }
    public string Mode { get; init; } = "";
    public string StartedBy { get; init; } = "";
    public DateTime StartedAt { get; init; }
    public DateTime? FinishedAt { get; init; }
    public string Status { get; init; } = "";
    public int Listed { get; init; }
    public int ToAnonymise { get; init; }
    public int Anonymised { get; init; }
    public int Failed { get; init; }
    public string? FailureReason { get; init; }

    public const string Columns = "id, mode, started_by, started_at, finished_at, status, listed, to_anonymise, anonymised, failed, failure_reason";

    public RetentionRun ToRun() => new(Id, Vocabulary.Parse<RetentionRunMode>(Mode), StartedBy, Utc(StartedAt), FinishedAt is { } f ? Utc(f) : null,
        Vocabulary.Parse<RetentionRunStatus>(Status), Listed, ToAnonymise, Anonymised, Failed, FailureReason);

    internal static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
}
