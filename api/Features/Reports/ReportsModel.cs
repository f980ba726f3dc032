using System.ComponentModel.DataAnnotations;

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
    decimal? Denominator);

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
    [property: MaxLength(100)] IReadOnlyList<IndicatorPart> Parts);

/// <summary>The indicator set for one financial year, 1 April to 31 March, read from one snapshot.</summary>
public sealed record IndicatorSet(
    [property: Range(2000, 2100)] int Year,
    [property: MaxLength(7)] string Label,
    DateOnly From,
    DateOnly To,
    DateTimeOffset GeneratedAt,
    [property: MaxLength(200)] IReadOnlyList<Indicator> Indicators);

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
