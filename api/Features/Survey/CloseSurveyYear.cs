using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Survey;

/// <summary>
/// A manager closes an open survey year before its closing date. Needs If-Match (the list's eTag):
/// none is 428, a stale one 412; a closed year is 409. In the same transaction the year's responses
/// are written again in a random order, so neither their physical order nor the transaction that
/// wrote them still lines up with the participation rows (decision 0017).
/// </summary>
public static class CloseSurveyYear
{
    public sealed record Command(Caller Caller, int Year, int ExpectedVersion) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Closed(SurveyYearView Year, int Version) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record AlreadyClosed : Outcome;
        public sealed record Stale : Outcome;
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string CloseSql = $"""
            UPDATE survey_year SET status = 'closed', closed_by = @Subject, closed_at = @Now, version = version + 1
            WHERE financial_year = @Year AND version = @ExpectedVersion AND status = 'open'
            RETURNING {SurveyYears.Columns}
            """;

        private const string ShuffleSql = """
            WITH old AS (
                DELETE FROM survey_response WHERE financial_year = @Year
                RETURNING occupation, control, self_care, safety, social_participation, encouragement, satisfaction, age_band
            )
            INSERT INTO survey_response (financial_year, occupation, control, self_care, safety, social_participation, encouragement, satisfaction, age_band)
            SELECT @Year, occupation, control, self_care, safety, social_participation, encouragement, satisfaction, age_band
            FROM old ORDER BY random()
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var row = await connection.QuerySingleOrDefaultAsync<SurveyYears.Row>(new CommandDefinition(CloseSql, new
            {
                command.Year, command.ExpectedVersion, command.Caller.Subject, Now = clock.GetUtcNow().UtcDateTime,
            }, transaction, cancellationToken: cancellationToken));
            if (row is null)
            {
                var current = await SurveyYears.LoadAsync(connection, transaction, command.Year, cancellationToken);
                return current switch
                {
                    null => new Outcome.NotFound(),
                    { Status: "closed" } => new Outcome.AlreadyClosed(),
                    _ => new Outcome.Stale(),
                };
            }

            await connection.ExecuteAsync(new CommandDefinition(ShuffleSql, new { command.Year }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(CloseSurveyYear), SurveyYears.RecordType, command.Year.ToString(CultureInfo.InvariantCulture),
                    AuditOutcome.Success), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Closed(SurveyYears.ToView(row), row.Version);
        }
    }

    /// <remarks>
    /// Closes an open survey year before its closing date; it is never opened again. In the same
    /// transaction the year's responses are written again in a random order, so their order no longer lines
    /// up with who answered (decision 0017).
    ///
    /// Concurrency: send `If-Match` with the year's `eTag` from ListSurveyYears.
    ///
    /// - 404: no survey for that year.
    /// - 409: the year is already closed.
    /// - 412: the year changed since you read it: read the list again.
    /// - 428: `If-Match` is missing.
    /// </remarks>
    public static async Task<Results<Ok<SurveyYearView>, ProblemHttpResult>> Endpoint(
        [Range(2000, 2100)] int financialYear, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var expected = request.ExpectedVersion();
        switch (await mediator.Send(new Command(Caller.From(user), financialYear, expected), cancellationToken))
        {
            case Outcome.Closed closed:
                ETags.Set(response, closed.Version);
                return TypedResults.Ok(closed.Year);
            case Outcome.AlreadyClosed:
                return SurveyProblems.AlreadyClosed();
            case Outcome.Stale:
                return ETags.Stale("survey year");
            default:
                return SurveyProblems.YearNotFound();
        }
    }
}
