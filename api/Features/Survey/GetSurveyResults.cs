using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Survey;

/// <summary>
/// A survey year's results, counted from the responses alone (no carer is named or linked): the
/// respondents, the mean quality-of-life score (0 to 12, one decimal place), the share extremely or
/// very satisfied (of those who received support), the answers to each item and to satisfaction, and
/// respondents and mean score by age band. Nothing is shown for fewer than 5 respondents; within a
/// table any count under 5 is hidden, with the smallest others until a total cannot give it away
/// (Suppression). Results are counted while the year is open too.
/// </summary>
public static class GetSurveyResults
{
    /// <summary>How many respondents gave one item a score of 2, 1 and 0 (2 is the best).</summary>
    public sealed record ItemResult(SurveyItem Item, SurveyCount Score2, SurveyCount Score1, SurveyCount Score0);

    public sealed record SatisfactionResult(SurveySatisfaction Answer, SurveyCount Respondents);

    /// <summary>meanQualityOfLife is left null when the band's respondents are hidden.</summary>
    public sealed record AgeBandResult(SurveyAgeBand AgeBand, SurveyCount Respondents, decimal? MeanQualityOfLife);

    /// <summary>
    /// When respondents are fewer than minimumCellSize the whole result is hidden: respondents.count and the
    /// means are null and the tables empty. percentExtremelyOrVerySatisfied is null when it would reveal a hidden count.
    /// </summary>
    public sealed record Response(
        [property: Range(2000, 2100)] int FinancialYear,
        [property: MaxLength(7)] string Label,
        SurveyYearStatus Status,
        [property: Range(1, 100)] int MinimumCellSize,
        SurveyCount Respondents,
        decimal? MeanQualityOfLife,
        decimal? PercentExtremelyOrVerySatisfied,
        [property: MaxLength(6)] IReadOnlyList<ItemResult> Items,
        [property: MaxLength(8)] IReadOnlyList<SatisfactionResult> Satisfaction,
        [property: MaxLength(4)] IReadOnlyList<AgeBandResult> ByAgeBand)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new(
                2025,
                "2025/26",
                SurveyYearStatus.Closed,
                SurveyYears.MinimumCellSize,
                new(312, false),
                7.4m,
                38.1m,
                [new(SurveyItem.Occupation, new(96, false), new(171, false), new(45, false)), new(SurveyItem.SocialParticipation, new(80, false), new(158, false), new(74, false))],
                [new(SurveySatisfaction.ExtremelySatisfied, new(41, false)), new(SurveySatisfaction.VerySatisfied, new(78, false)), new(SurveySatisfaction.NotReceivedSupport, SurveyCount.Hidden)],
                [new(SurveyAgeBand.Under18, SurveyCount.Hidden, null), new(SurveyAgeBand.From26To64, new(201, false), 7.1m)]);
    }

    public sealed record Query(int Year) : IQuery<Response?>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Response?>
    {
        private const string BandsSql = """
            SELECT age_band, count(*)::int AS respondents,
                   sum(occupation + control + self_care + safety + social_participation + encouragement)::int AS total_score
            FROM survey_response WHERE financial_year = @Year GROUP BY age_band
            """;

        private const string ItemsSql = """
            SELECT v.item, v.score, count(*)::int AS respondents
            FROM survey_response r
            CROSS JOIN LATERAL (VALUES ('occupation', r.occupation), ('control', r.control), ('selfCare', r.self_care), ('safety', r.safety),
                ('socialParticipation', r.social_participation), ('encouragement', r.encouragement)) AS v (item, score)
            WHERE r.financial_year = @Year
            GROUP BY v.item, v.score
            """;

        private const string SatisfactionSql = """
            SELECT satisfaction, count(*)::int AS respondents FROM survey_response WHERE financial_year = @Year GROUP BY satisfaction
            """;

        public async ValueTask<Response?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            // One snapshot for the three counts, so an answer arriving between them cannot make the tables disagree.
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            var year = await SurveyYears.LoadAsync(connection, transaction, query.Year, cancellationToken);
            if (year is null) return null;
            var parameters = new { query.Year };
            var bands = (await connection.QueryAsync<(string AgeBand, int Respondents, int TotalScore)>(new CommandDefinition(
                BandsSql, parameters, transaction, cancellationToken: cancellationToken))).ToDictionary(b => Vocabulary.Parse<SurveyAgeBand>(b.AgeBand));
            var respondents = bands.Values.Sum(b => b.Respondents);
            var label = Domain.FinancialYear.Label(query.Year);
            var status = Vocabulary.Parse<SurveyYearStatus>(year.Status);
            if (respondents < SurveyYears.MinimumCellSize)
            {
                return new Response(query.Year, label, status, SurveyYears.MinimumCellSize, SurveyCount.Hidden,
                    null, null, [], [], []);
            }

            var items = (await connection.QueryAsync<(string Item, short Score, int Respondents)>(new CommandDefinition(
                ItemsSql, parameters, transaction, cancellationToken: cancellationToken))).ToDictionary(i => (Vocabulary.Parse<SurveyItem>(i.Item), (int)i.Score), i => i.Respondents);
            var satisfaction = (await connection.QueryAsync<(string Satisfaction, int Respondents)>(new CommandDefinition(
                SatisfactionSql, parameters, transaction, cancellationToken: cancellationToken))).ToDictionary(s => Vocabulary.Parse<SurveySatisfaction>(s.Satisfaction), s => s.Respondents);
            await transaction.CommitAsync(cancellationToken);

            return new Response(query.Year, label, status, SurveyYears.MinimumCellSize, new SurveyCount(respondents, false),
                Mean(bands.Values.Sum(b => b.TotalScore), respondents), PercentSatisfied(satisfaction, respondents, out var satisfactionCells),
                ItemTables(items), satisfactionCells, BandTable(bands));
        }

        private static decimal Mean(int totalScore, int respondents) => Math.Round((decimal)totalScore / respondents, 1, MidpointRounding.AwayFromZero);

        private static List<ItemResult> ItemTables(Dictionary<(SurveyItem, int), int> items) =>
            Enum.GetValues<SurveyItem>().Select(item =>
            {
                var cells = SurveyCount.From([items.GetValueOrDefault((item, 2)), items.GetValueOrDefault((item, 1)), items.GetValueOrDefault((item, 0))]);
                return new ItemResult(item, cells[0], cells[1], cells[2]);
            }).ToList();

        private static decimal? PercentSatisfied(Dictionary<SurveySatisfaction, int> counts, int respondents, out List<SatisfactionResult> cells)
        {
            var answers = Enum.GetValues<SurveySatisfaction>();
            var table = SurveyCount.From(answers.Select(a => counts.GetValueOrDefault(a)).ToList());
            cells = answers.Select((a, i) => new SatisfactionResult(a, table[i])).ToList();
            var shown = answers.Select((a, i) => (a, table[i])).ToDictionary(p => p.a, p => p.Item2);
            // The percentage, with the total, gives extremely + very and those with no support: show it only when those counts are shown anyway.
            if (shown[SurveySatisfaction.ExtremelySatisfied].Suppressed || shown[SurveySatisfaction.VerySatisfied].Suppressed
                || shown[SurveySatisfaction.NotReceivedSupport].Suppressed) return null;
            var supported = respondents - counts.GetValueOrDefault(SurveySatisfaction.NotReceivedSupport);
            if (supported < SurveyYears.MinimumCellSize) return null;
            var satisfied = counts.GetValueOrDefault(SurveySatisfaction.ExtremelySatisfied) + counts.GetValueOrDefault(SurveySatisfaction.VerySatisfied);
            return Math.Round(100m * satisfied / supported, 1, MidpointRounding.AwayFromZero);
        }

        private static List<AgeBandResult> BandTable(Dictionary<SurveyAgeBand, (string AgeBand, int Respondents, int TotalScore)> bands)
        {
            var order = Enum.GetValues<SurveyAgeBand>();
            var cells = SurveyCount.From(order.Select(b => bands.GetValueOrDefault(b).Respondents).ToList());
            return order.Select((band, i) => new AgeBandResult(band, cells[i],
                cells[i].Suppressed ? null : Mean(bands[band].TotalScore, bands[band].Respondents))).ToList();
        }
    }

    /// <remarks>
    /// A survey year's results, counted from the responses alone (no carer is named or linked): the number of
    /// respondents, the mean quality-of-life score (0 to 12, one decimal place), the share extremely or very
    /// satisfied (of those who received support), the answers to each item and to satisfaction, and the
    /// respondents and mean score by age band. Counted while the year is open too.
    ///
    /// Small numbers are protected: nothing is shown for fewer than 5 respondents, and within a table any
    /// count under 5 is hidden (`count: null`), with the smallest others until the total cannot give it away.
    /// Why a count is hidden is not said.
    ///
    /// 404: no survey for that year.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint([Range(2000, 2100)] int financialYear, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(financialYear), cancellationToken) is { } found ? TypedResults.Ok(found) : SurveyProblems.YearNotFound();
}
