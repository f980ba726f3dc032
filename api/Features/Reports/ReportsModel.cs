using System.ComponentModel.DataAnnotations;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.Reports;

/// <summary>The areas the indicators are grouped in, in the order a report shows them.</summary>
public enum IndicatorGroup { Identification, Assessments, Grants, Breaks, Equality, YoungCarers, Feedback, Partners }

/// <summary>What an indicator's value counts: a number of records or people, a percentage (numerator over denominator), pounds, days, hours, a mean score or a ratio.</summary>
public enum IndicatorUnit { Count, Percentage, Pounds, Days, Hours, Score, Ratio }

/// <summary>One line of a breakdown (by source, by pot, by ethnic group, ...). Value is null when the platform does not hold the data.</summary>
public sealed record IndicatorPart(
    [property: MaxLength(40)] string Key,
    [property: MaxLength(200)] string Label,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static IndicatorPart Example =>
        new("youngCarer", "Young carers (under 18)", 212, null, null);
}

/// <summary>
/// One performance indicator for a financial year. Numerator and denominator are given where it is
/// a rate, a mean or a ratio; value is null when it cannot be computed (no denominator, or data the
/// platform does not hold: the definition says why). The definition is the same text as docs/indicators.md.
/// </summary>
public sealed record Indicator(
    [property: MaxLength(80)] string Id,
    IndicatorGroup Group,
    [property: MaxLength(200)] string Title,
    IndicatorUnit Unit,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    [property: MaxLength(4000)] string Definition,
    [property: MaxLength(100)] IReadOnlyList<IndicatorPart> Parts)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static Indicator Example =>
        new(
            "carersIdentifiedByCategory",
            IndicatorGroup.Identification,
            "Carers identified in the year, by category",
            IndicatorUnit.Count,
            1486,
            null,
            null,
            "The same carers as \"Carers identified in the year\", by their age on the identification date: under 18 young carer, 18 to 25 young adult carer, 26 and over adult carer.",
            [IndicatorPart.Example, new("youngAdultCarer", "Young adult carers (18 to 25)", 139, null, null), new("adultCarer", "Adult carers (26 and over)", 1135, null, null)]);
}

/// <summary>The indicator set for one financial year, 1 April to 31 March, read from one snapshot.</summary>
public sealed record IndicatorSet(
    [property: Range(2000, 2100)] int Year,
    [property: MaxLength(7)] string Label,
    DateOnly From,
    DateOnly To,
    DateTimeOffset GeneratedAt,
    [property: MaxLength(200)] IReadOnlyList<Indicator> Indicators)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static IndicatorSet Example =>
        new(
            2025,
            "2025/26",
            new DateOnly(2025, 4, 1),
            new DateOnly(2026, 3, 31),
            Examples.At,
            [
                Indicator.Example,
                new("assessmentsWithin28Days", IndicatorGroup.Assessments, "Assessments decided within 28 days of the request", IndicatorUnit.Percentage,
                    81.4m, 562, 690, "Adult and young carers' assessments decided in the year, and of them the share decided within 28 days of being requested.", []),
            ]);
}

/// <summary>Configuration of the indicators (section "Reports").</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>Days from request to completion within which an assessment counts as on time (28).</summary>
    public int AssessmentTargetDays { get; init; } = 28;

    /// <summary>Working days from approval after which a payment counts as late (10).</summary>
    public int PaymentDueWorkingDays { get; init; } = 10;

    /// <summary>Each ONS 2021 ethnic group's percentage of Luton's population (2021 Census), by the contract's ethnicity code.</summary>
    public Dictionary<string, decimal> PopulationShares { get; init; } = [];
}
