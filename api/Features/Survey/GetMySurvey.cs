using System.Security.Claims;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Survey;

/// <summary>
/// Whether a survey is open for the carer to answer, and whether they already have. Never the
/// answers: once sent they are not linked to anyone, the carer included (decision 0017).
/// Someone not registered gets 404.
/// </summary>
public static class GetMySurvey
{
    public sealed record Query(Caller Caller) : IQuery<MySurvey?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, MySurvey?>
    {
        private const string Sql = """
            SELECT c.id AS carer_id, y.financial_year, y.closes_on,
                   EXISTS (SELECT 1 FROM survey_participation p WHERE p.financial_year = y.financial_year AND p.carer_id = c.id) AS answered
            FROM carer c
            LEFT JOIN survey_year y ON y.status = 'open' AND y.closes_on >= @Today
            WHERE c.account_subject = @Subject
            """;

        public async ValueTask<MySurvey?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(Sql, new
            {
                query.Caller.Subject, Today = DateOnly.FromDateTime(clock.GetLocalNow().Date),
            }, cancellationToken: cancellationToken));
            if (row is null) return null;
            return row.FinancialYear is { } year
                ? new MySurvey(true, year, Domain.FinancialYear.Label(year), row.ClosesOn, row.Answered)
                : new MySurvey(false, null, null, null, false);
        }

        private sealed record Row
        {
            public Guid CarerId { get; init; }
            public int? FinancialYear { get; init; }
            public DateOnly? ClosesOn { get; init; }
            public bool Answered { get; init; }
        }
    }

    /// <remarks>
    /// Says whether a survey year is taking answers today (`open`, with its financial year, label and
    /// closing date) and whether the caller has answered it. Never the answers: once sent they are not
    /// linked to anyone, the carer included (decision 0017).
    ///
    /// 404: the caller has not registered as a carer yet.
    /// </remarks>
    public static async Task<Results<Ok<MySurvey>, ProblemHttpResult>> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user)), cancellationToken) is { } found ? TypedResults.Ok(found) : SurveyProblems.NotRegistered();
}
