using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Survey;

/// <summary>
/// A manager opens the survey for the current financial year, with the last day answers are taken
/// (today at the earliest, 31 March at the latest). One year is open at a time (the database's
/// partial unique index), and a year is opened once: another open year, or this year already
/// opened (open or closed), is 409.
/// </summary>
public static class OpenSurveyYear
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { FinancialYear = 2025, ClosesOn = new DateOnly(2026, 3, 31) };

        /// <summary>The financial year by its start: 2026 is 1 April 2026 to 31 March 2027. Must be the current one.</summary>
        /// <example>2026</example>
        [Range(2000, 2100)]
        public int? FinancialYear { get; init; }

        /// <summary>The last day carers can answer: from today to 31 March at the end of the financial year.</summary>
        public DateOnly? ClosesOn { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Opened(SurveyYearView Year, int Version) : Outcome;
        public sealed record AlreadyOpened : Outcome;
        public sealed record AnotherOpen : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.FinancialYear).NotNull().WithMessage("Enter the financial year")
                .Must(y => y == Domain.FinancialYear.Of(Today(clock))).WithMessage("You can only open the survey for the current financial year");
            RuleFor(x => x.ClosesOn).NotNull().WithMessage("Enter the closing date")
                .Must(d => d >= Today(clock)).WithMessage("The closing date must be today or in the future")
                .Must(d => d <= new DateOnly(Domain.FinancialYear.Of(Today(clock)) + 1, 3, 31))
                .WithMessage("The closing date must be by 31 March, the end of the financial year");
        }

        private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().Date);
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string InsertSql = $"""
            INSERT INTO survey_year (financial_year, closes_on, opened_by, opened_at)
            VALUES (@Year, @ClosesOn, @Subject, @Now)
            ON CONFLICT (financial_year) DO NOTHING
            RETURNING {SurveyYears.Columns}
            """;

        private const string OpenSql = "SELECT financial_year FROM survey_year WHERE status = 'open'";

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var year = command.Body.FinancialYear!.Value;
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var open = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(OpenSql, transaction: transaction, cancellationToken: cancellationToken));
            if (open is { } other && other != year) return new Outcome.AnotherOpen();
            SurveyYears.Row? row;
            try
            {
                row = await connection.QuerySingleOrDefaultAsync<SurveyYears.Row>(new CommandDefinition(InsertSql, new
                {
                    Year = year, command.Body.ClosesOn, command.Caller.Subject, Now = clock.GetUtcNow().UtcDateTime,
                }, transaction, cancellationToken: cancellationToken));
            }
            catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "survey_year_one_open" })
            {
                // Another year was opened between our look and our insert.
                return new Outcome.AnotherOpen();
            }

            if (row is null) return new Outcome.AlreadyOpened();
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(OpenSurveyYear), SurveyYears.RecordType, year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    AuditOutcome.Success), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Opened(SurveyYears.ToView(row), row.Version);
        }
    }

    /// <remarks>
    /// Opens the carers' survey for the current financial year (2026 is 1 April 2026 to 31 March 2027), with
    /// the last day answers are taken: today at the earliest, 31 March at the latest. Carers see it in their
    /// account until then. Answers 201 with the year, its `Location` and its `ETag`.
    ///
    /// - 400: not the current financial year, or a closing date out of range.
    /// - 409: another survey year is still open, or this year's survey was opened already (a year is opened once).
    /// </remarks>
    public static async Task<Results<Created<SurveyYearView>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        switch (await mediator.Send(new Command(Caller.From(user), body), cancellationToken))
        {
            case Outcome.Opened opened:
                ETags.Set(response, opened.Version);
                return TypedResults.Created($"/api/survey-years/{opened.Year.FinancialYear}", opened.Year);
            case Outcome.AnotherOpen:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Another survey year is still open.",
                    detail: "Close it before opening this one.");
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The survey for this year has already been opened.",
                    detail: "A survey year is opened once; a closed one is not opened again.");
        }
    }
}
