using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Feedback;

/// <summary>A complaint (which follows the 2009 Regulations' steps) or a compliment (simply recorded).</summary>
public enum FeedbackKind { Complaint, Compliment }

/// <summary>Which part of the service it is about.</summary>
public enum FeedbackAbout { Assessment, SupportPlan, Grant, Break, EmergencyPlan, Information, Staff, Other }

/// <summary>How it reached the council: online is the carer's own form; the others are recorded by staff on the carer's behalf.</summary>
public enum ReceivedVia { Online, Phone, Letter, Email, InPerson }

/// <summary>recorded: a compliment. received, acknowledged, responded: the steps of a complaint.</summary>
public enum FeedbackStatus { Recorded, Received, Acknowledged, Responded }

/// <summary>The outcome of a complaint, given with the response.</summary>
public enum ComplaintOutcome { Upheld, PartlyUpheld, NotUpheld }

/// <summary>
/// Where the 3-working-day acknowledgement stands: due (more than a working day left), atRisk (due
/// today or the next working day), overdue (the date has passed), acknowledged.
/// </summary>
public enum AcknowledgementState { Due, AtRisk, Overdue, Acknowledged }

/// <summary>
/// A compliment or a complaint as the carer sees it: what they said, and for a complaint each step
/// with its date. Who did each step is for staff (ComplaintRecord). outcome is left out until the response.
/// </summary>
public sealed record FeedbackItem(
    Guid Id,
    FeedbackKind Kind,
    FeedbackAbout About,
    [property: MaxLength(FeedbackRules.TextMax)] string Text,
    ReceivedVia ReceivedVia,
    DateTimeOffset ReceivedAt,
    FeedbackStatus Status,
    DateOnly? AcknowledgeBy,
    DateTimeOffset? AcknowledgedAt,
    DateOnly? ResponseDueOn,
    DateTimeOffset? ResponsePeriodAgreedAt,
    DateTimeOffset? RespondedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ComplaintOutcome? Outcome,
    [property: MaxLength(FeedbackRules.TextMax)] string? Response,
    [property: MaxLength(FeedbackRules.WhatWillChangeMax)] string? WhatWillChange,
    [property: MaxLength(1000)] string? OmbudsmanAdvice)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static FeedbackItem Example =>
        new(
            Guid.Parse("5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170"),
            FeedbackKind.Complaint,
            FeedbackAbout.Break,
            "The sitter did not arrive on Saturday 14 March and nobody rang to tell me. I had to cancel my hospital appointment.",
            ReceivedVia.Phone,
            new DateTimeOffset(2026, 3, 16, 10, 5, 0, TimeSpan.Zero),
            FeedbackStatus.Responded,
            AcknowledgeBy: new DateOnly(2026, 3, 19),
            AcknowledgedAt: new DateTimeOffset(2026, 3, 17, 14, 30, 0, TimeSpan.Zero),
            ResponseDueOn: new DateOnly(2026, 4, 15),
            ResponsePeriodAgreedAt: new DateTimeOffset(2026, 3, 17, 14, 30, 0, TimeSpan.Zero),
            RespondedAt: new DateTimeOffset(2026, 4, 8, 11, 0, 0, TimeSpan.Zero),
            Outcome: ComplaintOutcome.Upheld,
            Response: "We are sorry. The provider's rota had the wrong date and nobody checked it with you. We have paid for a replacement sitting session on 21 March.",
            WhatWillChange: "Providers must now confirm each booking with the carer two days before.",
            OmbudsmanAdvice: FeedbackRules.OmbudsmanAdvice);
}

/// <summary>A complaint as staff see it: the carer's view, who the carer is, who did each step, and the ETag for the next step.</summary>
public sealed record ComplaintRecord(
    FeedbackItem Complaint,
    Guid CarerId,
    [property: MaxLength(201)] string CarerName,
    [property: MaxLength(200)] string RecordedBy,
    [property: MaxLength(200)] string? AcknowledgedBy,
    [property: MaxLength(200)] string? ResponsePeriodAgreedBy,
    [property: MaxLength(200)] string? RespondedBy,
    AcknowledgementState Acknowledgement,
    bool ResponseOverdue,
    [property: MaxLength(20)] string ETag)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static ComplaintRecord Example =>
        new(
            FeedbackItem.Example,
            Examples.CarerId,
            Examples.CarerName,
            RecordedBy: Examples.Assessor,
            AcknowledgedBy: Examples.Assessor,
            ResponsePeriodAgreedBy: Examples.Assessor,
            RespondedBy: Examples.Manager,
            AcknowledgementState.Acknowledged,
            ResponseOverdue: false,
            ETag: Examples.ETag);
}

public static class FeedbackRules
{
    public const int TextMax = 4000;
    public const int WhatWillChangeMax = 2000;

    /// <summary>Free text over several lines: anything printable and line breaks, but no markup brackets or other control characters.</summary>
    public const string MultiLinePattern = @"^[^<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]*$";

    /// <summary>
    /// The Ombudsman paragraph every response carries (regulation 14 of the 2009 Regulations:
    /// the complainant's right to take the complaint to the Local Government and Social Care Ombudsman).
    /// Stored with the response, so the carer always reads what they were told.
    /// </summary>
    public const string OmbudsmanAdvice =
        "If you are not happy with our response, you can ask the Local Government and Social Care Ombudsman to look at your complaint. "
        + "The Ombudsman is free, independent and impartial. You can contact them at https://www.lgo.org.uk or on 0300 061 0614.";

    /// <summary>The 2009 Regulations' response period when none is agreed: 6 months from the day the complaint was received.</summary>
    public const int DefaultResponseMonths = 6;

    public static IRuleBuilderOptions<T, string?> FeedbackText<T>(this IRuleBuilder<T, string?> rule, string missing, int max) =>
        rule.NotEmpty().WithMessage(missing)
            .MaximumLength(max).WithMessage($"This must be {max:N0} characters or fewer")
            .Matches(MultiLinePattern).WithMessage("This must not include < or > or control characters");

    public static IRuleBuilderOptions<T, string?> OptionalFeedbackText<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.MaximumLength(max).WithMessage($"This must be {max:N0} characters or fewer")
            .Matches(MultiLinePattern).WithMessage("This must not include < or > or control characters");

    /// <summary>The day a complaint was received, in the council's time zone (the clock's), from which working days count.</summary>
    public static DateOnly LocalDate(TimeProvider clock, DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().Date);
}

public static class FeedbackReader
{
    public const string RecordType = "feedback";

    public const string Columns = """
        f.id, f.carer_id, f.kind, f.about, f.body AS text, f.received_via, f.received_at, f.status, f.acknowledge_by, f.acknowledged_at,
        f.acknowledged_by, f.response_due_on, f.response_period_agreed_at, f.response_period_agreed_by, f.responded_at, f.responded_by,
        f.outcome, f.response, f.what_will_change, f.ombudsman_advice, f.recorded_by, f.version
        """;

    public const string StaffColumns = $"{Columns}, c.given_name || ' ' || c.family_name AS carer_name";

    public sealed record Row
    {
        public Guid Id { get; init; }
        public Guid CarerId { get; init; }
        public string Kind { get; init; } = "";
        public string About { get; init; } = "";
        public string Text { get; init; } = "";
        public string ReceivedVia { get; init; } = "";
        public DateTime ReceivedAt { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? AcknowledgeBy { get; init; }
        public DateTime? AcknowledgedAt { get; init; }
        public string? AcknowledgedBy { get; init; }
        public DateOnly? ResponseDueOn { get; init; }
        public DateTime? ResponsePeriodAgreedAt { get; init; }
        public string? ResponsePeriodAgreedBy { get; init; }
        public DateTime? RespondedAt { get; init; }
        public string? RespondedBy { get; init; }
        public string? Outcome { get; init; }
        public string? Response { get; init; }
        public string? WhatWillChange { get; init; }
        public string? OmbudsmanAdvice { get; init; }
        public string RecordedBy { get; init; } = "";
        public int Version { get; init; }
        public string CarerName { get; init; } = "";
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static DateTimeOffset? Utc(DateTime? at) => at is null ? null : Utc(at.Value);

    public static FeedbackItem ToItem(Row r) => new(
        r.Id, Vocabulary.Parse<FeedbackKind>(r.Kind), Vocabulary.Parse<FeedbackAbout>(r.About), r.Text, Vocabulary.Parse<ReceivedVia>(r.ReceivedVia),
        Utc(r.ReceivedAt), Vocabulary.Parse<FeedbackStatus>(r.Status), r.AcknowledgeBy, Utc(r.AcknowledgedAt), r.ResponseDueOn,
        Utc(r.ResponsePeriodAgreedAt), Utc(r.RespondedAt), r.Outcome is null ? null : Vocabulary.Parse<ComplaintOutcome>(r.Outcome),
        r.Response, r.WhatWillChange, r.OmbudsmanAdvice);

    /// <summary>The staff view, with where the acknowledgement stands on <paramref name="today"/>.</summary>
    public static ComplaintRecord ToRecord(Row r, DateOnly today, WorkingDays workingDays)
    {
        var acknowledgement = r.Status != "received" ? AcknowledgementState.Acknowledged
            : r.AcknowledgeBy < today ? AcknowledgementState.Overdue
            : r.AcknowledgeBy <= workingDays.Add(today, 1) ? AcknowledgementState.AtRisk
            : AcknowledgementState.Due;
        return new ComplaintRecord(ToItem(r), r.CarerId, r.CarerName, r.RecordedBy, r.AcknowledgedBy, r.ResponsePeriodAgreedBy, r.RespondedBy,
            acknowledgement, r.Status != "responded" && r.ResponseDueOn < today, ETags.For(r.Version));
    }

    private const string ComplaintSql = $"SELECT {StaffColumns} FROM feedback f JOIN carer c ON c.id = f.carer_id WHERE f.id = @Id AND f.kind = 'complaint'";

    public static async Task<Row?> LoadComplaintAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ComplaintSql, new { Id = id }, transaction, cancellationToken: ct));
}

public static class FeedbackProblems
{
    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such complaint or compliment.");

    public static ProblemHttpResult OutOfOrder(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This step cannot be taken now.", detail: detail);
}
