using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.Breaks;

/// <summary>Sitting service is measured in hours; the others in days (SPEC §5).</summary>
public enum BreakType { SittingService, ShortBreak, ResidentialRespite, SharedLives, DayOpportunities }

public enum BreakStatus { Requested, Approved, Declined, Confirmed, Completed, Cancelled }

public sealed record Break(
    Guid Id,
    Guid CarerId,
    Guid RelationshipId,
    Guid ProviderId,
    [property: MaxLength(200)] string ProviderName,
    BreakType BreakType,
    DateOnly StartsOn,
    DateOnly EndsOn,
    [property: Range(0, 240)] int? SittingMinutes,
    bool Emergency,
    BreakStatus Status,
    DateTimeOffset RequestedAt,
    [property: MaxLength(1000)] string? DecisionReason,
    [property: MaxLength(201)] string CarerName,
    [property: MaxLength(201)] string CaredForName,
    [property: MaxLength(20)] string ETag)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static Break Example =>
        new(
            Id: Examples.BreakId,
            CarerId: Examples.CarerId,
            RelationshipId: Examples.RelationshipId,
            ProviderId: Examples.BreakProviderId,
            ProviderName: Examples.BreakProviderName,
            BreakType: BreakType.SittingService,
            StartsOn: new DateOnly(2026, 3, 14),
            EndsOn: new DateOnly(2026, 3, 14),
            SittingMinutes: 240,
            Emergency: false,
            Status: BreakStatus.Confirmed,
            RequestedAt: Examples.At,
            DecisionReason: null,
            CarerName: Examples.CarerName,
            CaredForName: Examples.CaredForName,
            ETag: Examples.ETag);
}

public static class BreakRules
{
    /// <summary>At most 4 hours of sitting service a carer a week, Monday to Sunday (also a CHECK in the database).</summary>
    public const int SittingMinutesPerWeek = 240;

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static int IsoDay(DateOnly day) => ((int)day.DayOfWeek + 6) % 7 + 1;

    public const string Columns = """
        b.id, b.carer_id, b.relationship_id, b.provider_id, p.name AS provider_name, b.break_type, b.starts_on, b.ends_on,
        b.sitting_minutes, b.emergency, b.status, b.requested_at, b.decision_reason, b.version,
        ca.given_name || ' ' || ca.family_name AS carer_name, COALESCE(cr.given_name, cp.given_name) || ' ' || COALESCE(cr.family_name, cp.family_name) AS cared_for_name
        """;

    /// <summary>What <see cref="Columns"/> needs beside the booking (alias b): its provider, carer and the person cared for.</summary>
    public const string Joins = """
        JOIN break_provider p ON p.id = b.provider_id JOIN carer ca ON ca.id = b.carer_id
        JOIN caring_relationship cr ON cr.id = b.relationship_id JOIN cared_for_person cp ON cp.id = cr.cared_for_person_id
        """;

    public const string From = "FROM break_booking b " + Joins;

    public sealed record Row
    {
        public Guid Id { get; init; }
        public Guid CarerId { get; init; }
        public Guid RelationshipId { get; init; }
        public Guid ProviderId { get; init; }
        public string ProviderName { get; init; } = "";
        public string BreakType { get; init; } = "";
        public DateOnly StartsOn { get; init; }
        public DateOnly EndsOn { get; init; }
        public int? SittingMinutes { get; init; }
        public bool Emergency { get; init; }
        public string Status { get; init; } = "";
        public DateTime RequestedAt { get; init; }
        public string? DecisionReason { get; init; }
        public string CarerName { get; init; } = "";
        public string CaredForName { get; init; } = "";
        public int Version { get; init; }

        public Break ToBreak() => new(Id, CarerId, RelationshipId, ProviderId, ProviderName, Vocabulary.Parse<BreakType>(BreakType), StartsOn, EndsOn,
            SittingMinutes, Emergency, Vocabulary.Parse<BreakStatus>(Status), new DateTimeOffset(RequestedAt, TimeSpan.Zero), DecisionReason,
            CarerName, CaredForName, ETags.For(Version));
    }

    /// <summary>Gives back a booking's places and sitting minutes (cancelled or declined). Parameter @BookingId.</summary>
    public const string ReleaseSql = """
        UPDATE provider_day_usage u SET taken = u.taken - 1
        FROM break_booking b, break_provider p
        WHERE b.id = @BookingId AND p.id = b.provider_id AND u.provider_id = b.provider_id AND u.break_type = b.break_type
          AND u.day BETWEEN b.starts_on AND b.ends_on AND extract(isodow FROM u.day)::int = ANY(p.works_on);
        UPDATE sitting_week_usage w SET minutes = w.minutes - b.sitting_minutes
        FROM break_booking b
        WHERE b.id = @BookingId AND b.sitting_minutes IS NOT NULL AND w.carer_id = b.carer_id
          AND w.week_start = b.starts_on - (extract(isodow FROM b.starts_on)::int - 1);
        """;
}
