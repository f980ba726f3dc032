using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.DataRights;

public enum SubjectAccessChannel { Post, Phone, Email, InPerson }

/// <summary>Who asked: the carer themselves, or someone acting for them.</summary>
public enum SubjectAccessRequester { Carer, Representative }

public enum SubjectAccessStatus { Received, Sent, Refused }

/// <summary>Someone acting for the carer (a relative, an advocate, a solicitor), and whether their authority was checked.</summary>
public sealed record Representative(
    [property: MaxLength(200)] string Name,
    [property: MaxLength(100)] string Relationship,
    bool AuthorityChecked)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static Representative Example =>
        new("Farah Khan", "Daughter, with lasting power of attorney for property and financial affairs", true);
}

/// <summary>A subject access request as the data protection team sees it, with its deadline.</summary>
public sealed record SubjectAccessRequest(
    Guid Id,
    Guid CarerId,
    [property: MaxLength(201)] string CarerName,
    DateOnly ReceivedOn,
    SubjectAccessChannel ReceivedBy,
    SubjectAccessRequester Requester,
    Representative? Representative,
    [property: MaxLength(500)] string IdentityVerifiedBy,
    // One calendar month after receipt (UK GDPR Art. 12(3)).
    DateOnly DueOn,
    DateOnly? ExtendedTo,
    [property: MaxLength(1000)] string? ExtensionReason,
    // The date that counts: the extension's, else the month's.
    DateOnly RespondBy,
    // Days from today to RespondBy while open; negative when overdue; null once closed.
    [property: Range(-100000, 100000)] int? DaysLeft,
    bool Overdue,
    SubjectAccessStatus Status,
    DateOnly? SentOn,
    [property: MaxLength(1000)] string? RefusalReason,
    DateTimeOffset RecordedAt,
    [property: MaxLength(20)] string ETag)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static SubjectAccessRequest Example =>
        new(
            Examples.RequestId,
            Examples.CarerId,
            Examples.CarerName,
            ReceivedOn: new DateOnly(2026, 3, 4),
            ReceivedBy: SubjectAccessChannel.Email,
            Requester: SubjectAccessRequester.Representative,
            Representative: Representative.Example,
            IdentityVerifiedBy: "Lasting power of attorney seen and checked with the Office of the Public Guardian; Farah's passport seen at the Town Hall.",
            DueOn: new DateOnly(2026, 4, 4),
            ExtendedTo: null,
            ExtensionReason: null,
            RespondBy: new DateOnly(2026, 4, 4),
            DaysLeft: 29,
            Overdue: false,
            Status: SubjectAccessStatus.Received,
            SentOn: null,
            RefusalReason: null,
            RecordedAt: new DateTimeOffset(2026, 3, 4, 11, 20, 0, TimeSpan.Zero),
            ETag: Examples.ETag);
}

/// <summary>The deadline rule and the one reader of subject_access_request.</summary>
public static class SubjectAccessRequests
{
    public const string RecordType = "subjectAccessRequest";

    /// <summary>
    /// One calendar month (the ICO's reading of Art. 12(3)): the same date next month, or that month's last day when
    /// there is no such date (31 January: 28 or 29 February). The table's CHECK holds the same rule.
    /// </summary>
    public static DateOnly DueOn(DateOnly receivedOn) => receivedOn.AddMonths(1);

    /// <summary>The latest an extension can run to: two further months (Art. 12(3)).</summary>
    public static DateOnly LatestExtension(DateOnly receivedOn) => receivedOn.AddMonths(3);

    public const string Columns = """
        s.id, s.carer_id, c.given_name || ' ' || c.family_name AS carer_name, s.received_on, s.received_by, s.requester, s.representative_name,
        s.representative_relationship, s.authority_checked, s.identity_verified_by, s.due_on, s.extended_to, s.extension_reason, s.status,
        s.sent_on, s.refusal_reason, s.recorded_at, s.version
        """;

    public const string From = "FROM subject_access_request s JOIN carer c ON c.id = s.carer_id";

    public static async Task<Row?> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"SELECT {Columns} {From} WHERE s.id = @Id", new { Id = id }, transaction, cancellationToken: ct));

    public static SubjectAccessRequest ToRequest(Row r, DateOnly today)
    {
        var status = Vocabulary.Parse<SubjectAccessStatus>(r.Status);
        var respondBy = r.ExtendedTo ?? r.DueOn;
        int? daysLeft = status == SubjectAccessStatus.Received ? respondBy.DayNumber - today.DayNumber : null;
        return new SubjectAccessRequest(r.Id, r.CarerId, r.CarerName, r.ReceivedOn, Vocabulary.Parse<SubjectAccessChannel>(r.ReceivedBy),
            Vocabulary.Parse<SubjectAccessRequester>(r.Requester),
            r.RepresentativeName is null ? null : new Representative(r.RepresentativeName, r.RepresentativeRelationship!, r.AuthorityChecked ?? false),
            r.IdentityVerifiedBy, r.DueOn, r.ExtendedTo, r.ExtensionReason, respondBy, daysLeft, daysLeft < 0, status, r.SentOn, r.RefusalReason,
            new DateTimeOffset(DateTime.SpecifyKind(r.RecordedAt, DateTimeKind.Utc)), ETags.For(r.Version));
    }

    public sealed record Row
    {
        public Guid Id { get; init; }
        public Guid CarerId { get; init; }
        public string CarerName { get; init; } = "";
        public DateOnly ReceivedOn { get; init; }
        public string ReceivedBy { get; init; } = "";
        public string Requester { get; init; } = "";
        public string? RepresentativeName { get; init; }
        public string? RepresentativeRelationship { get; init; }
        public bool? AuthorityChecked { get; init; }
        public string IdentityVerifiedBy { get; init; } = "";
        public DateOnly DueOn { get; init; }
        public DateOnly? ExtendedTo { get; init; }
        public string? ExtensionReason { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? SentOn { get; init; }
        public string? RefusalReason { get; init; }
        public DateTime RecordedAt { get; init; }
        public int Version { get; init; }
    }
}

public static class SubjectAccessProblems
{
    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such subject access request.");

    public static ProblemHttpResult Closed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This request is already closed.",
            detail: "It has been recorded as sent or refused; it cannot be changed again.");
}
