using System.Globalization;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.StatutoryReturns;

/// <summary>
/// SALT LTS003 for a financial year: carers supported in the year by the carer's age band at the
/// year's end and the cared-for person's main need, by support type. Counted from the same rows as
/// the Client Level Data extract for the year, each carer once, in the highest support type they had
/// (direct payment, then commissioned support, then information and advice only).
/// </summary>
public static class GetSaltLts003
{
    public sealed record Request
    {
        /// <summary>The financial year by its start: 2026 is 1 April 2026 to 31 March 2027 (2000 to 2099).</summary>
        [FromQuery(Name = "year")]
        public int? Year { get; init; }

        /// <summary>json (the default) or csv.</summary>
        [FromQuery(Name = "format")]
        [System.ComponentModel.DataAnnotations.MaxLength(4)]
        public string? Format { get; init; }
    }

    public sealed record Query(Caller Caller, ReturnPeriod Period) : IQuery<Lts003Report>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Year).ReturnYear();
            RuleFor(x => x.Format).Must(f => f is null || f is "json" or "csv").WithMessage("The format must be json or csv");
        }
    }

    public sealed class Handler(ReportingDataSource db, AuditLog audit) : IQueryHandler<Query, Lts003Report>
    {
        public async ValueTask<Lts003Report> Handle(Query query, CancellationToken cancellationToken)
        {
            var (snapshot, rows) = await CarerEventReader.ReadRowsAsync(db, query.Period, cancellationToken);
            var report = Lts003.Count(query.Period, snapshot, rows);
            await audit.WriteAsync(new AuditEntry(query.Caller, nameof(GetSaltLts003), "statutoryReturn", $"lts003-{query.Period.Label}",
                AuditOutcome.Success), cancellationToken);
            return report;
        }
    }

    /// <remarks>
    /// SALT LTS003 for a financial year (`year`, the year it starts): carers supported in the year, by the carer's age band at
    /// the year's end and the cared-for person's main need, in the highest support type each had (direct payment, then
    /// commissioned support, then information and advice only), with every row present (zeros included) and the totals.
    /// Counted from the same rows as the Client Level Data extract. JSON by default; `format=csv` for the CSV. Audited with the
    /// `Access-Reason` given (report when left out). 400: the year is missing or outside 2000 to 2099, or the format is not
    /// json or csv.
    /// </remarks>
    public static async Task<IResult> Endpoint([AsParameters] Request request, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var period = new ReturnPeriod(request.Year!.Value, null);
        var report = await mediator.Send(new Query(Caller.From(user), period), cancellationToken);
        if (request.Format != "csv") return TypedResults.Ok(report);

        var lines = report.Rows.Select(r => (IReadOnlyList<string>)[Lts003.AgeBandText[r.AgeBand], Lts003.NeedText[r.CaredForMainNeed],
            Number(r.DirectPayment), Number(r.CommissionedSupport), Number(r.InformationAndAdviceOnly), Number(r.Total)]);
        return TypedResults.File(CarerEventReader.Csv(Lts003.CsvHeader, lines), "text/csv", $"salt-lts003-{period.Label}.csv");
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
