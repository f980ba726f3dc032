using Carers.Api.Infrastructure;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.Survey;

/// <summary>The survey years, newest first, a page at a time, each with the eTag a manager needs to close it.</summary>
public static class ListSurveyYears
{
    public const int DefaultLimit = 20;

    public sealed record Request
    {
        /// <summary>Results a page, 1 to 100 (20 if not given).</summary>
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        /// <summary>The nextCursor of the previous page.</summary>
        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    internal sealed record Position(int Y);

    public sealed record Query(Request Criteria) : IQuery<Page<SurveyYearView>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Page<SurveyYearView>>
    {
        private const string Sql = $"""
            SELECT {SurveyYears.Columns} FROM survey_year
            WHERE (@AfterYear::integer IS NULL OR financial_year < @AfterYear)
            ORDER BY financial_year DESC
            LIMIT @Take
            """;

        public async ValueTask<Page<SurveyYearView>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<SurveyYears.Row>(new CommandDefinition(Sql, new { AfterYear = after?.Y, Take = limit + 1 },
                cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].FinancialYear)) : null;
            return new Page<SurveyYearView>(page.Select(SurveyYears.ToView).ToList(), next);
        }
    }

    /// <remarks>
    /// Lists the survey years, newest first, each with its status, closing date and the `eTag` a manager
    /// sends as `If-Match` to close it.
    ///
    /// Paging: `limit` is 1 to 100 (20 if not given); send a page's `nextCursor` as `cursor` for the next
    /// page; the last page's `nextCursor` is null.
    ///
    /// 400: a `limit` out of range, or a cursor that is not one of ours.
    /// </remarks>
    public static async Task<Ok<Page<SurveyYearView>>> Endpoint([AsParameters] Request criteria, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(criteria), cancellationToken));
}
