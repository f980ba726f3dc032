using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.StatutoryReturns;

/// <summary>
/// The Client Level Data extract for carers, for a financial year or a quarter of it: one CSV row per
/// carer event, for a manager to submit to NHS England. Every download writes an audit row, since the
/// file carries carers' NHS numbers, dates of birth and postcodes.
/// </summary>
public static class GetClientLevelDataExtract
{
    public sealed record Request
    {
        /// <summary>The financial year by its start: 2026 is 1 April 2026 to 31 March 2027 (2000 to 2099).</summary>
        [FromQuery(Name = "year")]
        public int? Year { get; init; }

        /// <summary>A quarter of the financial year, 1 (April to June) to 4 (January to March); the whole year if left out.</summary>
        [FromQuery(Name = "quarter")]
        public int? Quarter { get; init; }

        /// <summary>csv, the only format (a whole period's rows are a file, not a list to page through).</summary>
        [FromQuery(Name = "format")]
        [System.ComponentModel.DataAnnotations.MaxLength(4)]
        public string? Format { get; init; }
    }

    public sealed record Query(Caller Caller, ReturnPeriod Period) : IQuery<byte[]>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Year).ReturnYear();
            RuleFor(x => x.Quarter).InclusiveBetween(1, 4).WithMessage("The quarter must be 1, 2, 3 or 4");
            RuleFor(x => x.Format).Must(f => f is null || f == "csv").WithMessage("The format must be csv");
        }
    }

    public sealed class Handler(ReportingDataSource db, AuditLog audit) : IQueryHandler<Query, byte[]>
    {
        public async ValueTask<byte[]> Handle(Query query, CancellationToken cancellationToken)
        {
            var (_, rows) = await CarerEventReader.ReadRowsAsync(db, query.Period, cancellationToken);
            await audit.WriteAsync(new AuditEntry(query.Caller, nameof(GetClientLevelDataExtract), "statutoryReturn", $"cld-{query.Period.Label}",
                AuditOutcome.Success, $"{rows.Count} rows"), cancellationToken);
            return CarerEventReader.Csv(ClientLevelDataRow.Fields, rows.Select(r => r.Values()));
        }
    }

    /// <remarks>
    /// The Client Level Data extract for carers, for a financial year (`year`, the year it starts) or one `quarter` of it (1
    /// to 4): one CSV row per carer event in the CLD field order, for a manager to submit to NHS England. The file carries
    /// carers' NHS numbers, dates of birth and postcodes, so every download is in the audit log with the `Access-Reason` given
    /// (report when left out). 400: the year is missing or outside 2000 to 2099, the quarter is not 1 to 4, or a format other
    /// than csv is asked for.
    /// </remarks>
    public static async Task<IResult> Endpoint([AsParameters] Request request, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var period = new ReturnPeriod(request.Year!.Value, request.Quarter);
        var csv = await mediator.Send(new Query(Caller.From(user), period), cancellationToken);
        return TypedResults.File(csv, "text/csv", $"client-level-data-carers-{period.Label}.csv");
    }
}
