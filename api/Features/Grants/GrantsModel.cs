using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Features.Grants;

public enum GrantPurpose { Break, Equipment, DrivingLessons, Training, Leisure, Other }

public enum GrantStatus { Submitted, Approved, Declined, Paid, Cancelled }

/// <summary>The children's pot pays young carers' grants; the adults' pot everyone else's.</summary>
public enum GrantPot { Children, Adults }

public sealed class GrantOptions
{
    public const string Section = "Grants";

    /// <summary>The most one grant may be, in pence.</summary>
    public int MaxAmountPence { get; init; } = 50_000;

    /// <summary>An approved grant unpaid after this many working days shows as late.</summary>
    public int PaymentDueWorkingDays { get; init; } = 10;

    /// <summary>The children's pot's share of a year's budget unless the officer sets another.</summary>
    public int DefaultChildrenPercent { get; init; } = 20;
}

public sealed record GrantApplication(
    Guid Id,
    Guid CarerId,
    [property: MaxLength(201)] string CarerName,
    [property: MaxLength(7)] string FinancialYear,
    GrantPot Pot,
    GrantPurpose Purpose,
    [property: Range(1, 10_000_000)] int AmountPence,
    [property: MaxLength(1000)] string HelpsWith,
    GrantStatus Status,
    DateTimeOffset SubmittedAt,
    DateOnly? ApprovedOn,
    [property: MaxLength(1000)] string? DeclineReason,
    [property: MaxLength(1000)] string? OverrideReason,
    DateOnly? PaidOn,
    [property: MaxLength(50)] string? PaymentReference,
    bool Late,
    bool? AssessmentEligible,
    DateTimeOffset? AssessmentDecidedAt,
    [property: MaxLength(20)] string ETag)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static GrantApplication Example =>
        new(
            Id: Examples.GrantId,
            CarerId: Examples.CarerId,
            CarerName: Examples.CarerName,
            FinancialYear: "2025/26",
            Pot: GrantPot.Adults,
            Purpose: GrantPurpose.Break,
            AmountPence: 25000,
            HelpsWith: "A weekend away with my sister in Norfolk while Dad stays at Crossroads Care Luton.",
            Status: GrantStatus.Approved,
            SubmittedAt: Examples.At.AddDays(16),
            ApprovedOn: new DateOnly(2026, 3, 20),
            DeclineReason: null,
            OverrideReason: null,
            PaidOn: null,
            PaymentReference: null,
            Late: false,
            AssessmentEligible: true,
            AssessmentDecidedAt: Examples.At.AddDays(14),
            ETag: Examples.ETag);
}

/// <summary>Reads grant applications; "late" is worked out against England and Wales working days.</summary>
public static class GrantReader
{
    public const string Columns = """
        g.id, g.carer_id, c.given_name || ' ' || c.family_name AS carer_name, g.financial_year, g.pot, g.purpose, g.amount_pence, g.helps_with,
        g.status, g.submitted_at, g.approved_on, g.decline_reason, g.override_reason, g.paid_on, g.payment_reference, g.version,
        a.eligible AS assessment_eligible, a.completed_at AS assessment_decided_at
        """;

    /// <summary>
    /// The platform's own applications only: a direct payment brought in by the historic import (decision 0020) has
    /// no amount, no pot of this platform and nothing left to do; it counts in the indicators and the returns.
    /// </summary>
    public const string From = "FROM grant_application g JOIN carer c ON c.id = g.carer_id AND g.source = 'platform' JOIN assessment a ON a.id = g.assessment_id";

    public const string ByIdSql = $"SELECT {Columns} {From} WHERE g.id = @GrantId";

    public const string ForCarerSql = $"SELECT {Columns} {From} WHERE c.account_subject = @Subject ORDER BY g.submitted_at DESC LIMIT 50";

    public static GrantApplication Map(Row r, DateOnly today, WorkingDays workingDays, int dueDays) => new(
        r.Id, r.CarerId, r.CarerName, Domain.FinancialYear.Label(r.FinancialYear), Vocabulary.Parse<GrantPot>(r.Pot), Vocabulary.Parse<GrantPurpose>(r.Purpose),
        r.AmountPence, r.HelpsWith, Vocabulary.Parse<GrantStatus>(r.Status), new DateTimeOffset(r.SubmittedAt, TimeSpan.Zero), r.ApprovedOn,
        r.DeclineReason, r.OverrideReason, r.PaidOn, r.PaymentReference,
        r.Status == "approved" && r.ApprovedOn is { } approved && workingDays.Between(approved, today) > dueDays,
        r.AssessmentEligible, r.AssessmentDecidedAt is null ? null : new DateTimeOffset(r.AssessmentDecidedAt.Value, TimeSpan.Zero),
        ETags.For(r.Version));

    public static async Task<(GrantApplication Grant, int Version)?> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid grantId,
        DateOnly today, WorkingDays workingDays, int dueDays, CancellationToken ct)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByIdSql, new { GrantId = grantId }, transaction, cancellationToken: ct));
        return row is null ? null : (Map(row, today, workingDays, dueDays), row.Version);
    }

    public record Row
    {
        public Guid Id { get; init; }
        public Guid CarerId { get; init; }
        public string CarerName { get; init; } = "";
        public int FinancialYear { get; init; }
        public string Pot { get; init; } = "";
        public string Purpose { get; init; } = "";
        public int AmountPence { get; init; }
        public string HelpsWith { get; init; } = "";
        public string Status { get; init; } = "";
        public DateTime SubmittedAt { get; init; }
        public DateOnly? ApprovedOn { get; init; }
        public string? DeclineReason { get; init; }
        public string? OverrideReason { get; init; }
        public DateOnly? PaidOn { get; init; }
        public string? PaymentReference { get; init; }
        public int Version { get; init; }
        public bool? AssessmentEligible { get; init; }
        public DateTime? AssessmentDecidedAt { get; init; }
    }
}
