using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.InformationRequests;

/// <summary>What the carer wants: a named leaflet, their support plan, their assessment decision, or a letter.</summary>
public enum InformationSubject { Leaflet, SupportPlan, AssessmentDecision, Letter }

/// <summary>The format it should come in. anotherLanguage needs a language code from the configured list.</summary>
public enum InformationFormat { LargePrint, EasyRead, Audio, Braille, BslVideo, AnotherLanguage }

/// <summary>requested: waiting for staff. sent: staff sent it (how and when). unable: staff could not, with a reason the carer reads.</summary>
public enum InformationRequestStatus { Requested, Sent, Unable }

/// <summary>How staff got it to the carer.</summary>
public enum InformationSentMethod { Post, Email, Collected, HandDelivered }

/// <summary>Where the format of a request came from: the carer chose it, or it was pre-filled from their record.</summary>
public enum FormatSource { Chosen, ReasonableAdjustments, PreferredLanguage }

public sealed class InformationRequestOptions
{
    public const string Section = "InformationRequests";

    /// <summary>A request is due this many working days (England and Wales) after the day it was made.</summary>
    public int DueWorkingDays { get; init; } = 10;

    /// <summary>
    /// The languages (ISO 639-1 code to English name) the council can translate into. The name is how
    /// a carer's preferred language is matched to a code when a request is pre-filled.
    /// </summary>
    public Dictionary<string, string> Languages { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>A carer's request for information in an accessible format or another language. sentMethod is left out until it is sent.</summary>
public sealed record InformationRequest(
    Guid Id,
    InformationSubject Subject,
    [property: MaxLength(200)] string Title,
    [property: MaxLength(1000)] string? Description,
    InformationFormat Format,
    [property: MaxLength(2)] string? Language,
    DateTimeOffset RequestedAt,
    DateOnly DueOn,
    InformationRequestStatus Status,
    DateTimeOffset? SentAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] InformationSentMethod? SentMethod,
    [property: MaxLength(1000)] string? UnableReason)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static InformationRequest Example =>
        new(
            Examples.RequestId,
            InformationSubject.SupportPlan,
            "My support plan",
            "The plan from my assessment in March, in Urdu please.",
            InformationFormat.AnotherLanguage,
            "ur",
            new DateTimeOffset(2026, 3, 17, 12, 0, 0, TimeSpan.Zero),
            new DateOnly(2026, 3, 31),
            InformationRequestStatus.Sent,
            new DateTimeOffset(2026, 3, 23, 15, 10, 0, TimeSpan.Zero),
            InformationSentMethod.Post,
            null);
}

/// <summary>One open request in the staff queue, with the ETag to send in If-Match when recording its outcome.</summary>
public sealed record InformationQueueItem(
    Guid Id,
    Guid CarerId,
    [property: MaxLength(201)] string CarerName,
    InformationSubject Subject,
    [property: MaxLength(200)] string Title,
    [property: MaxLength(1000)] string? Description,
    InformationFormat Format,
    [property: MaxLength(2)] string? Language,
    DateTimeOffset RequestedAt,
    DateOnly DueOn,
    bool Overdue,
    [property: MaxLength(20)] string ETag)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static InformationQueueItem Example =>
        new(
            Examples.RequestId,
            Examples.CarerId,
            Examples.CarerName,
            InformationSubject.SupportPlan,
            "My support plan",
            "The plan from my assessment in March, in Urdu please.",
            InformationFormat.AnotherLanguage,
            "ur",
            new DateTimeOffset(2026, 3, 17, 12, 0, 0, TimeSpan.Zero),
            new DateOnly(2026, 3, 31),
            false,
            Examples.ETag);
}

public static class InformationRequestReader
{
    public const string RecordType = "informationRequest";

    public const string Columns = """
        r.id, r.carer_id, r.subject, r.title, r.description, r.format, r.language, r.requested_at, r.due_on, r.status,
        r.sent_at, r.sent_method, r.unable_reason, r.version
        """;

    public sealed record Row
    {
        public Guid Id { get; init; }
        public Guid CarerId { get; init; }
        public string Subject { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Description { get; init; }
        public string Format { get; init; } = "";
        public string? Language { get; init; }
        public DateTime RequestedAt { get; init; }
        public DateOnly DueOn { get; init; }
        public string Status { get; init; } = "";
        public DateTime? SentAt { get; init; }
        public string? SentMethod { get; init; }
        public string? UnableReason { get; init; }
        public int Version { get; init; }
    }

    public static InformationRequest ToRequest(Row r) => new(
        r.Id, Vocabulary.Parse<InformationSubject>(r.Subject), r.Title, r.Description, Vocabulary.Parse<InformationFormat>(r.Format), r.Language,
        new DateTimeOffset(DateTime.SpecifyKind(r.RequestedAt, DateTimeKind.Utc)), r.DueOn, Vocabulary.Parse<InformationRequestStatus>(r.Status),
        r.SentAt is null ? null : new DateTimeOffset(DateTime.SpecifyKind(r.SentAt.Value, DateTimeKind.Utc)),
        r.SentMethod is null ? null : Vocabulary.Parse<InformationSentMethod>(r.SentMethod), r.UnableReason);

    private const string ByIdSql = $"SELECT {Columns} FROM information_request r WHERE r.id = @Id";

    public static async Task<Row?> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { Id = id }, transaction, cancellationToken: ct));
}

/// <summary>
/// The pre-fill rule (decision 0015): the first of the carer's reasonable adjustments that is a
/// format (largePrint, easyRead, audio, bsl -> bslVideo, in that order); otherwise their preferred
/// language, when it is not English and is one the council translates into (matched by code or by
/// English name, ignoring case) -> anotherLanguage with its code; otherwise none.
/// </summary>
public static class InformationDefaults
{
    public static (InformationFormat Format, string? Language, FormatSource Source)? For(
        IReadOnlyCollection<string> adjustments, string preferredLanguage, IReadOnlyDictionary<string, string> languages)
    {
        (string Adjustment, InformationFormat Format)[] byAdjustment =
        [
            ("largePrint", InformationFormat.LargePrint), ("easyRead", InformationFormat.EasyRead),
            ("audio", InformationFormat.Audio), ("bsl", InformationFormat.BslVideo),
        ];
        foreach (var (adjustment, format) in byAdjustment)
        {
            if (adjustments.Contains(adjustment)) return (format, null, FormatSource.ReasonableAdjustments);
        }

        var preferred = preferredLanguage.Trim();
        if (preferred.Equals("English", StringComparison.OrdinalIgnoreCase) || preferred.Equals("en", StringComparison.OrdinalIgnoreCase)) return null;
        var code = languages.FirstOrDefault(l => l.Key.Equals(preferred, StringComparison.OrdinalIgnoreCase)
            || l.Value.Equals(preferred, StringComparison.OrdinalIgnoreCase)).Key;
        return code is null ? null : (InformationFormat.AnotherLanguage, code, FormatSource.PreferredLanguage);
    }
}

public static class InformationProblems
{
    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such information request.");

    public static ProblemHttpResult Closed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This request is already closed.",
            detail: "It has been recorded as sent or as unable; it cannot be changed again.");
}
