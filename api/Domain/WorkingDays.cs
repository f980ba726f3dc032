using System.Text.Json;

namespace Carers.Api.Domain;

/// <summary>
/// Working days in England and Wales: Monday to Friday, less the bank holidays GOV.UK publishes
/// (a data file shipped with the API, Domain/Data/bank-holidays-england-and-wales.json, in
/// GOV.UK's own format; refresh it yearly). Dates after the file's last year count weekends only.
/// </summary>
public sealed class WorkingDays
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingDays(IEnumerable<DateOnly> holidays)
    {
        _holidays = holidays.ToHashSet();
        LastCoveredYear = _holidays.Count == 0 ? 0 : _holidays.Max().Year;
    }

    public int LastCoveredYear { get; }

    public static WorkingDays EnglandAndWales()
    {
        using var stream = typeof(WorkingDays).Assembly.GetManifestResourceStream("Carers.Api.Domain.Data.bank-holidays-england-and-wales.json")
            ?? throw new InvalidOperationException("The bank holidays data file is not embedded.");
        using var document = JsonDocument.Parse(stream);
        return new WorkingDays(document.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/>.</summary>
    public DateOnly Add(DateOnly from, int days)
    {
        var date = from;
        for (var added = 0; added < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) added++;
        }

        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date)) count++;
        }

        return count;
    }
}

/// <summary>UK financial years run 1 April to 31 March; a year is named by its start (2025 is 2025/26).</summary>
public static class FinancialYear
{
    public static int Of(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static string Label(int year) => $"{year}/{(year + 1) % 100:00}";
}
