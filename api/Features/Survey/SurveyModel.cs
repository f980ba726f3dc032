using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Survey;

/// <summary>open: carers can answer until closesOn. closed: a manager closed it; it is never opened again.</summary>
public enum SurveyYearStatus { Open, Closed }

/// <summary>The six quality-of-life items of the national Survey of Adult Carers in England.</summary>
public enum SurveyItem { Occupation, Control, SelfCare, Safety, SocialParticipation, Encouragement }

/// <summary>Overall satisfaction with the support received, on the national survey's seven points, or no support received.</summary>
public enum SurveySatisfaction
{
    ExtremelySatisfied, VerySatisfied, QuiteSatisfied, NeitherSatisfiedNorDissatisfied,
    QuiteDissatisfied, VeryDissatisfied, ExtremelyDissatisfied, NotReceivedSupport,
}

/// <summary>The only thing a response keeps about who answered: the age band on the day (under 18, 18 to 25, 26 to 64, 65 and over).</summary>
public enum SurveyAgeBand { Under18, From18To25, From26To64, From65 }

/// <summary>A survey year (a financial year: 2026 is 1 April 2026 to 31 March 2027), with the ETag to close it.</summary>
public sealed record SurveyYearView(
    [property: Range(2000, 2100)] int FinancialYear,
    [property: MaxLength(7)] string Label,
    SurveyYearStatus Status,
    DateOnly ClosesOn,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    [property: MaxLength(20)] string ETag)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static SurveyYearView Example =>
        new(2025, "2025/26", SurveyYearStatus.Open, new DateOnly(2026, 3, 31), new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), null, Examples.ETag);
}

/// <summary>open: a survey year is taking answers today. financialYear, label and closesOn are given when it is; answered says whether you have answered it.</summary>
public sealed record MySurvey(
    bool Open,
    [property: Range(2000, 2100)] int? FinancialYear,
    [property: MaxLength(7)] string? Label,
    DateOnly? ClosesOn,
    bool Answered)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static MySurvey Example =>
        new(true, 2025, "2025/26", new DateOnly(2026, 3, 31), false);
}


public static class SurveyYears
{
    public const string RecordType = "surveyYear";

    /// <summary>A count under this is never shown (nor anything that would reveal it).</summary>
    public const int MinimumCellSize = 5;

    public const string Columns = "financial_year, status, closes_on, opened_at, closed_at, version";

    public sealed record Row
    {
        public int FinancialYear { get; init; }
        public string Status { get; init; } = "";
        public DateOnly ClosesOn { get; init; }
        public DateTime OpenedAt { get; init; }
        public DateTime? ClosedAt { get; init; }
        public int Version { get; init; }
    }

    public static SurveyYearView ToView(Row r) => new(
        r.FinancialYear, Domain.FinancialYear.Label(r.FinancialYear), Vocabulary.Parse<SurveyYearStatus>(r.Status), r.ClosesOn,
        new DateTimeOffset(DateTime.SpecifyKind(r.OpenedAt, DateTimeKind.Utc)),
        r.ClosedAt is null ? null : new DateTimeOffset(DateTime.SpecifyKind(r.ClosedAt.Value, DateTimeKind.Utc)), ETags.For(r.Version));

    private const string ByYearSql = $"SELECT {Columns} FROM survey_year WHERE financial_year = @Year";

    public static async Task<Row?> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, int year, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(ByYearSql, new { Year = year }, transaction, cancellationToken: ct));

    public static SurveyAgeBand AgeBandFor(DateOnly dateOfBirth, DateOnly today) => CarerCategories.Age(dateOfBirth, today) switch
    {
        < 18 => SurveyAgeBand.Under18,
        <= 25 => SurveyAgeBand.From18To25,
        <= 64 => SurveyAgeBand.From26To64,
        _ => SurveyAgeBand.From65,
    };
}

/// <summary>
/// Small-number suppression for one table whose cells add up to a total that is shown (decision 0017):
/// every cell under the minimum is hidden; then, while the hidden cells add up to less than the
/// minimum, the smallest shown cell is hidden too, so the total minus the shown cells never gives
/// away a hidden cell, nor narrows the hidden ones to fewer than the minimum people.
/// </summary>
public static class Suppression
{
    /// <returns>For each count, whether it is hidden.</returns>
    public static bool[] Apply(IReadOnlyList<int> counts, int minimum = SurveyYears.MinimumCellSize)
    {
        var hidden = counts.Select(c => c < minimum).ToArray();
        if (!hidden.Any(h => h)) return hidden;
        while (Enumerable.Range(0, counts.Count).Where(i => hidden[i]).Sum(i => counts[i]) < minimum)
        {
            var shown = Enumerable.Range(0, counts.Count).Where(i => !hidden[i]).OrderBy(i => counts[i]).ThenBy(i => i).ToList();
            if (shown.Count == 0) break;
            hidden[shown[0]] = true;
        }

        return hidden;
    }
}

public static class SurveyProblems
{
    public static ProblemHttpResult YearNotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no survey for that year.");

    public static ProblemHttpResult NotRegistered() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet.");

    public static ProblemHttpResult AlreadyClosed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This survey year is already closed.",
            detail: "A closed survey year is not opened again.");
}

/// <summary>
/// A count that may be hidden: count is null exactly when suppressed. Why it is hidden (under 5, or
/// protecting one that is) is not said, since that would point at the small one.
/// </summary>
public sealed record SurveyCount([property: Range(0, int.MaxValue)] int? Count, bool Suppressed)
{
    public static SurveyCount Hidden { get; } = new(null, true);

    public static IReadOnlyList<SurveyCount> From(IReadOnlyList<int> counts)
    {
        var hidden = Suppression.Apply(counts);
        return counts.Select((c, i) => hidden[i] ? Hidden : new SurveyCount(c, false)).ToList();
    }
}
