using System.Globalization;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Survey;

/// <summary>
/// A carer answers the open survey year, once: the six quality-of-life items (each 2, 1 or 0, 2 the
/// best) and overall satisfaction. One transaction writes that they answered (survey_participation,
/// whose primary key refuses a second answer, so a second or concurrent answer is 409 and writes
/// nothing) and the answers (survey_response, with no carer id and no time). The audit row says that
/// they answered in which year, never what.
/// </summary>
public static class AnswerSurvey
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                Occupation = 1,
                Control = 1,
                SelfCare = 0,
                Safety = 2,
                SocialParticipation = 0,
                Encouragement = 1,
                Satisfaction = SurveySatisfaction.QuiteSatisfied,
            };

        /// <summary>How you spend your time: 2 doing things you value or enjoy, 1 some but not enough, 0 none.</summary>
        public int? Occupation { get; init; }
        /// <summary>Control over your daily life: 2 as much as you want, 1 some but not enough, 0 none.</summary>
        public int? Control { get; init; }
        /// <summary>Looking after yourself: 2 you look after yourself, 1 sometimes not well enough, 0 you feel you are neglecting yourself.</summary>
        public int? SelfCare { get; init; }
        /// <summary>Feeling safe: 2 no worries about your personal safety, 1 some worries, 0 extremely worried.</summary>
        public int? Safety { get; init; }
        /// <summary>Social contact: 2 as much as you want, 1 some but not enough, 0 little, and you feel socially isolated.</summary>
        public int? SocialParticipation { get; init; }
        /// <summary>Encouragement and support in your caring role: 2 you have it, 1 some but not enough, 0 none.</summary>
        public int? Encouragement { get; init; }
        public SurveySatisfaction? Satisfaction { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Answered(MySurvey Survey) : Outcome;
        public sealed record NotRegistered : Outcome;
        public sealed record NotOpen : Outcome;
        public sealed record AlreadyAnswered : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            Score(RuleFor(x => x.Occupation), "how you spend your time");
            Score(RuleFor(x => x.Control), "how much control you have over your daily life");
            Score(RuleFor(x => x.SelfCare), "how well you look after yourself");
            Score(RuleFor(x => x.Safety), "your personal safety");
            Score(RuleFor(x => x.SocialParticipation), "your social contact");
            Score(RuleFor(x => x.Encouragement), "encouragement and support");
            RuleFor(x => x.Satisfaction).NotNull().WithMessage("Select how satisfied you are with the support you have received");
        }

        private static void Score(IRuleBuilder<Request, int?> rule, string about) =>
            rule.NotNull().WithMessage($"Select the statement about {about} that is closest to you")
                .InclusiveBetween(0, 2).WithMessage("Choose one of the three statements (a score of 0, 1 or 2)");
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        private const string CarerSql = "SELECT id, date_of_birth FROM carer WHERE account_subject = @Subject";

        // FOR SHARE holds off CloseSurveyYear until this answer is in (or out).
        private const string OpenSql = """
            SELECT financial_year, closes_on FROM survey_year WHERE status = 'open' AND closes_on >= @Today FOR SHARE
            """;

        private const string ParticipationSql = """
            INSERT INTO survey_participation (financial_year, carer_id) VALUES (@Year, @CarerId)
            ON CONFLICT DO NOTHING RETURNING carer_id
            """;

        private const string ResponseSql = """
            INSERT INTO survey_response (financial_year, occupation, control, self_care, safety, social_participation, encouragement, satisfaction, age_band)
            VALUES (@Year, @Occupation, @Control, @SelfCare, @Safety, @SocialParticipation, @Encouragement, @Satisfaction, @AgeBand)
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var carer = await connection.QuerySingleOrDefaultAsync<(Guid Id, DateOnly DateOfBirth)?>(new CommandDefinition(
                CarerSql, new { command.Caller.Subject }, transaction, cancellationToken: cancellationToken));
            if (carer is null) return new Outcome.NotRegistered();
            var open = await connection.QuerySingleOrDefaultAsync<(int Year, DateOnly ClosesOn)?>(new CommandDefinition(
                OpenSql, new { Today = today }, transaction, cancellationToken: cancellationToken));
            if (open is null) return new Outcome.NotOpen();
            var year = open.Value.Year;

            // A concurrent answer by the same carer waits here on the primary key, then inserts nothing.
            var inserted = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
                ParticipationSql, new { Year = year, CarerId = carer.Value.Id }, transaction, cancellationToken: cancellationToken));
            if (inserted is null) return new Outcome.AlreadyAnswered();

            await connection.ExecuteAsync(new CommandDefinition(ResponseSql, new
            {
                Year = year, Occupation = (short)body.Occupation!.Value, Control = (short)body.Control!.Value, SelfCare = (short)body.SelfCare!.Value,
                Safety = (short)body.Safety!.Value, SocialParticipation = (short)body.SocialParticipation!.Value,
                Encouragement = (short)body.Encouragement!.Value, Satisfaction = body.Satisfaction!.Value.Code(),
                AgeBand = SurveyYears.AgeBandFor(carer.Value.DateOfBirth, today).Code(),
            }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(command.Caller, nameof(AnswerSurvey), SurveyYears.RecordType, year.ToString(CultureInfo.InvariantCulture), AuditOutcome.Success, CarerId: carer.Value.Id), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Answered(new MySurvey(true, year, FinancialYear.Label(year), open.Value.ClosesOn, true));
        }
    }

    /// <remarks>
    /// Answers the open survey year, once a year: the six quality-of-life items of the national Survey of
    /// Adult Carers in England (each 2, 1 or 0, 2 the best) and overall satisfaction with the support received
    /// (seven points, or no support received). The answers are stored without the carer's id or the time,
    /// so nobody, the carer included, can read them back; the audit log records only that the carer answered
    /// in that year. Answers 200 with the survey's state (`answered: true`).
    ///
    /// - 400: an item or satisfaction is missing or out of range.
    /// - 404: the caller has not registered as a carer yet.
    /// - 409: no survey is open today, or the caller has answered this year's already (nothing is written).
    /// </remarks>
    public static async Task<Results<Ok<MySurvey>, ValidationProblem, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), body), cancellationToken) switch
        {
            Outcome.Answered answered => TypedResults.Ok(answered.Survey),
            Outcome.NotOpen => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The survey is not open.",
                detail: "There is no survey taking answers today."),
            Outcome.AlreadyAnswered => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "You have already answered this year's survey.",
                detail: "Each carer answers once a year. Thank you for taking part."),
            _ => SurveyProblems.NotRegistered(),
        };
}
