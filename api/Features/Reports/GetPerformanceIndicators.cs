using System.Globalization;
using System.Text;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using CsvHelper;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Carers.Api.Features.Reports;

/// <summary>
/// The performance indicators for a financial year (1 April to 31 March), as JSON or, from the same
/// operation, as CSV (?format=csv). Every figure is read in one REPEATABLE READ READ ONLY transaction
/// on the reporting connection (a read replica when configured), so the figures agree with each other.
/// </summary>
public static class GetPerformanceIndicators
{
    public const string Json = "json";
    public const string Csv = "csv";

    public sealed record Request
    {
        /// <summary>The financial year by the year it starts in (2025 is 1 April 2025 to 31 March 2026), 2000 to the current year; the current year if not given.</summary>
        [FromQuery(Name = "year")]
        [System.ComponentModel.DataAnnotations.Range(2000, 2100)]
        public int? Year { get; init; }

        /// <summary>json (the default) or csv.</summary>
        [FromQuery(Name = "format")]
        [System.ComponentModel.DataAnnotations.MaxLength(4)]
        [System.ComponentModel.DataAnnotations.RegularExpression("^(json|csv)$")]
        public string? Format { get; init; }
    }

    public sealed record Query(int Year) : IQuery<IndicatorSet>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public const int FirstYear = 2000;

        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Year).Must(year => year is null || (year >= FirstYear && year <= CurrentYear(clock)))
                .WithMessage(x => $"Enter a financial year from {FirstYear} to {CurrentYear(clock)}");
            RuleFor(x => x.Format).Must(format => format is null or Json or Csv).WithMessage("The format must be json or csv");
        }
    }

    public static int CurrentYear(TimeProvider clock) => FinancialYear.Of(DateOnly.FromDateTime(clock.GetLocalNow().Date));

    public sealed class Handler(ReportingDataSource reporting, TimeProvider clock, WorkingDays workingDays, IOptions<ReportsOptions> options)
        : IQueryHandler<Query, IndicatorSet>
    {
        public async ValueTask<IndicatorSet> Handle(Query query, CancellationToken cancellationToken)
        {
            var from = new DateOnly(query.Year, 4, 1);
            var to = new DateOnly(query.Year + 1, 3, 31);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var shares = options.Value.PopulationShares;
            var parameters = new
            {
                query.Year, From = from, To = to, Today = today, TargetDays = options.Value.AssessmentTargetDays,
                DueWorkingDays = options.Value.PaymentDueWorkingDays,
                Holidays = WeekdayHolidays(from, to.AddMonths(2)),
                Groups = shares.Keys.ToArray(), Shares = shares.Values.ToArray(),
            };
            var sql = string.Join(";\n", IndicatorCatalogue.All.SelectMany(d => d.PartsSql is null ? [d.Sql] : new[] { d.Sql, d.PartsSql }));

            var (connection, transaction) = await reporting.BeginSnapshotAsync(cancellationToken);
            await using (connection)
            await using (transaction)
            {
                var indicators = new List<Indicator>();
                await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)))
                {
                    foreach (var definition in IndicatorCatalogue.All)
                    {
                        var headline = await results.ReadSingleAsync<Row>();
                        var parts = definition.PartsSql is null ? [] : (await results.ReadAsync<Row>()).ToList();
                        indicators.Add(new Indicator(definition.Id, definition.Group, definition.Title, definition.Unit,
                            headline.Value, headline.Numerator, headline.Denominator, definition.Text, Parts(definition, parts)));
                    }
                }

                await transaction.CommitAsync(cancellationToken);
                return new IndicatorSet(query.Year, FinancialYear.Label(query.Year), from, to, clock.GetUtcNow(), indicators);
            }
        }

        private static List<IndicatorPart> Parts(IndicatorCatalogue.Definition definition, List<Row> rows)
        {
            if (definition.Parts is null)
            {
                return rows.Select(r => new IndicatorPart(r.Part ?? "notRecorded", r.Part ?? "Not recorded", r.Value, r.Numerator, r.Denominator)).ToList();
            }

            var byKey = rows.Where(r => r.Part is not null).ToDictionary(r => r.Part!);
            return definition.Parts.Select(p => byKey.TryGetValue(p.Key, out var row)
                ? new IndicatorPart(p.Key, p.Label, row.Value, row.Numerator, row.Denominator)
                : new IndicatorPart(p.Key, p.Label, p.Held && definition.Unit is IndicatorUnit.Count or IndicatorUnit.Days or IndicatorUnit.Pounds ? 0 : null, null, null))
                .ToList();
        }

        /// <summary>Bank holidays that fall on a weekday: with weekends, the days that are not working days.</summary>
        private DateOnly[] WeekdayHolidays(DateOnly from, DateOnly to)
        {
            var days = new List<DateOnly>();
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !workingDays.IsWorkingDay(day)) days.Add(day);
            }

            return [.. days];
        }

        private sealed record Row
        {
            public string? Part { get; init; }
            public decimal? Value { get; init; }
            public decimal? Numerator { get; init; }
            public decimal? Denominator { get; init; }
        }
    }

    /// <summary>One row an indicator and one a part: group, id, part, title, unit, value, numerator, denominator, definition.</summary>
    public static string WriteCsv(IndicatorSet set)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "financial_year", "group", "id", "part", "title", "unit", "value", "numerator", "denominator", "definition" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var indicator in set.Indicators)
        {
            Line(csv, set.Label, indicator, null, indicator.Title, indicator.Value, indicator.Numerator, indicator.Denominator, indicator.Definition);
            foreach (var part in indicator.Parts)
            {
                Line(csv, set.Label, indicator, part.Key, part.Label, part.Value, part.Numerator, part.Denominator, "");
            }
        }

        csv.Flush();
        return writer.ToString();
    }

    private static void Line(CsvWriter csv, string label, Indicator indicator, string? part, string title, decimal? value, decimal? numerator, decimal? denominator, string definition)
    {
        csv.WriteField(label);
        csv.WriteField(indicator.Group.Code());
        csv.WriteField(indicator.Id);
        csv.WriteField(part ?? "");
        csv.WriteField(title);
        csv.WriteField(indicator.Unit.Code());
        csv.WriteField(value?.ToString(CultureInfo.InvariantCulture) ?? "");
        csv.WriteField(numerator?.ToString(CultureInfo.InvariantCulture) ?? "");
        csv.WriteField(denominator?.ToString(CultureInfo.InvariantCulture) ?? "");
        csv.WriteField(definition);
        csv.NextRecord();
    }

    /// <remarks>
    /// The council's performance indicators for a financial year (`year` is the year it starts: 1 April to 31 March), grouped
    /// by theme, each with its value, numerator and denominator where it is a rate, its definition, and its breakdown. A value
    /// is null when it cannot be computed (no denominator, or data the platform does not hold: the definition says why).
    ///
    /// Every figure is read from one snapshot (a repeatable-read, read-only transaction, on the read replica when there is
    /// one), so the figures agree with each other. `format=csv` gives the same figures as CSV (one line an indicator, then one
    /// a part). 400: the year is before 2000 or after the current one, or the format is not json or
    /// csv.
    /// </remarks>
    public static async Task<IResult> Endpoint([AsParameters] Request criteria, IMediator mediator, TimeProvider clock, CancellationToken cancellationToken)
    {
        var set = await mediator.Send(new Query(criteria.Year ?? CurrentYear(clock)), cancellationToken);
        return criteria.Format == Csv
            ? TypedResults.File(Encoding.UTF8.GetBytes(WriteCsv(set)), "text/csv", $"indicators-{set.Year}-{(set.Year + 1) % 100:00}.csv")
            : TypedResults.Ok(set);
    }
}
