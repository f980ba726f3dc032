using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Features.Survey;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Survey.SurveyRequests;

namespace Carers.Api.Tests.Survey;

/// <summary>Staff read a year's results: nothing under 5 respondents, every cell under 5 hidden with enough others that totals give none away, and no endpoint reveals one carer's answers.</summary>
public sealed class GetSurveyResultsTests(ApiFixture api) : ApiTest(api)
{
    private static string Results(int year) => $"{YearsRoute}/{year}/results";

    private static JsonObject Item(JsonObject results, string item) =>
        results["items"]!.AsArray().Single(i => i!["item"]!.GetValue<string>() == item)!.AsObject();

    private static int? CountOf(JsonNode? cell) => cell!["count"]?.GetValue<int?>();

    [Fact]
    public async Task Four_respondents_show_nothing_but_that_there_are_too_few()
    {
        await InsertYearAsync(Api.ConnectionString, 2025, new DateOnly(2026, 3, 31));
        await InsertResponsesAsync(Api.ConnectionString, 2025, 4);

        var results = await ReadJson(await Manager().GetAsync(Results(2025), Ct));

        Assert.Null(CountOf(results["respondents"]));
        Assert.True(results["respondents"]!["suppressed"]!.GetValue<bool>());
        Assert.Null(results["meanQualityOfLife"]);
        Assert.Null(results["percentExtremelyOrVerySatisfied"]);
        Assert.Empty(results["items"]!.AsArray());
        Assert.Empty(results["satisfaction"]!.AsArray());
        Assert.Empty(results["byAgeBand"]!.AsArray());
    }

    [Fact]
    public async Task Five_respondents_are_counted_and_their_mean_shown_with_small_cells_hidden()
    {
        await InsertYearAsync(Api.ConnectionString, 2025, new DateOnly(2026, 3, 31));
        await InsertResponsesAsync(Api.ConnectionString, 2025, 5);

        var results = await ReadJson(await Assessor().GetAsync(Results(2025), Ct));

        Assert.Equal(5, CountOf(results["respondents"]));
        Assert.False(results["respondents"]!["suppressed"]!.GetValue<bool>());
        Assert.Equal(12.0m, results["meanQualityOfLife"]!.GetValue<decimal>());
        var occupation = Item(results, "occupation");
        // 5, 0, 0: the two zeros are under 5, and the 5 would give them away (5 respondents minus 5), so it is hidden too.
        Assert.Equal((true, true, true), (occupation["score2"]!["suppressed"]!.GetValue<bool>(), occupation["score1"]!["suppressed"]!.GetValue<bool>(),
            occupation["score0"]!["suppressed"]!.GetValue<bool>()));
        Assert.Equal(6, results["items"]!.AsArray().Count);
        Assert.Equal(8, results["satisfaction"]!.AsArray().Count);
        Assert.Equal(4, results["byAgeBand"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_hidden_cell_cannot_be_worked_out_from_the_total_and_the_cells_shown()
    {
        await InsertYearAsync(Api.ConnectionString, 2025, new DateOnly(2026, 3, 31));
        await InsertResponsesAsync(Api.ConnectionString, 2025, 7, score: 2, satisfaction: "verySatisfied", ageBand: "from26To64");
        await InsertResponsesAsync(Api.ConnectionString, 2025, 5, score: 1, satisfaction: "extremelySatisfied", ageBand: "from65");

        var results = await ReadJson(await Manager().GetAsync(Results(2025), Ct));

        Assert.Equal(12, CountOf(results["respondents"]));
        Assert.Equal(9.5m, results["meanQualityOfLife"]!.GetValue<decimal>());
        var occupation = Item(results, "occupation");
        Assert.Equal((7, (int?)null, (int?)null), (CountOf(occupation["score2"]), CountOf(occupation["score1"]), CountOf(occupation["score0"])));
        var bands = results["byAgeBand"]!.AsArray().ToDictionary(b => b!["ageBand"]!.GetValue<string>(), b => b!.AsObject());
        Assert.Equal(7, CountOf(bands["from26To64"]["respondents"]));
        Assert.Equal(12.0m, bands["from26To64"]["meanQualityOfLife"]!.GetValue<decimal>());
        Assert.Null(CountOf(bands["from65"]["respondents"]));
        Assert.Null(bands["from65"]["meanQualityOfLife"]);
        // Extremely satisfied (5) is hidden to protect the zeros, so the percentage, which would give it away, is hidden too.
        Assert.Null(results["percentExtremelyOrVerySatisfied"]);

        foreach (var table in Tables(results))
        {
            var hidden = table.Where(c => c!["count"] is null).ToList();
            var shown = table.Sum(c => CountOf(c) ?? 0);
            Assert.True(hidden.Count == 0 || (hidden.Count >= 2 && 12 - shown >= 5), string.Join(", ", table.Select(c => c!.ToJsonString())));
        }

        static IEnumerable<List<JsonNode?>> Tables(JsonObject results) =>
            results["items"]!.AsArray().Select(i => new List<JsonNode?> { i!["score2"], i["score1"], i["score0"] })
                .Append(results["satisfaction"]!.AsArray().Select(s => s!["respondents"]).ToList())
                .Append(results["byAgeBand"]!.AsArray().Select(b => b!["respondents"]).ToList());
    }

    [Fact]
    public async Task The_share_extremely_or_very_satisfied_leaves_out_carers_who_received_no_support()
    {
        await InsertYearAsync(Api.ConnectionString, 2025, new DateOnly(2026, 3, 31));
        foreach (var (satisfaction, count) in new[]
                 {
                     ("extremelySatisfied", 6), ("verySatisfied", 10), ("quiteSatisfied", 5), ("neitherSatisfiedNorDissatisfied", 5),
                     ("quiteDissatisfied", 5), ("veryDissatisfied", 5), ("extremelyDissatisfied", 5), ("notReceivedSupport", 6),
                 })
        {
            await InsertResponsesAsync(Api.ConnectionString, 2025, count, satisfaction: satisfaction);
        }

        var results = await ReadJson(await Manager().GetAsync(Results(2025), Ct));

        // (6 + 10) of the 41 who received support.
        Assert.Equal(39.0m, results["percentExtremelyOrVerySatisfied"]!.GetValue<decimal>());
        Assert.All(results["satisfaction"]!.AsArray(), s => Assert.NotNull(CountOf(s!["respondents"])));
    }

    [Fact]
    public void Suppression_never_leaves_a_hidden_cell_that_the_total_gives_away()
    {
        var random = new Random(2026);
        for (var run = 0; run < 2000; run++)
        {
            var counts = Enumerable.Range(0, random.Next(2, 9)).Select(_ => random.Next(0, 12)).ToArray();
            var suppressed = Suppression.Apply(counts);
            var hidden = Enumerable.Range(0, counts.Length).Where(i => suppressed[i]).ToList();

            Assert.All(Enumerable.Range(0, counts.Length).Where(i => counts[i] < 5), i => Assert.True(suppressed[i]));
            if (hidden.Count > 0 && hidden.Count < counts.Length)
            {
                Assert.True(hidden.Count >= 2 && hidden.Sum(i => counts[i]) >= 5, string.Join(",", counts));
            }
        }
    }

    [Fact]
    public async Task No_staff_endpoint_reveals_one_carers_answers()
    {
        var etag = await Manager().OpenAsync(Ct);
        var subject = NewSubject();
        var carer = Carer(subject);
        var (record, _) = await RegisterAsync(carer, ValidRegistration(givenName: "Zephyrine", familyName: "Uniqueson"));
        var carerId = record["id"]!.GetValue<string>();
        await carer.AnswerAsync(Answers(2, 1, 0, 2, 1, 0, "quiteDissatisfied"), Ct);

        var bodies = new List<string>();
        async Task<JsonObject> Read(HttpClient staff, string path)
        {
            var response = await staff.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync(Ct);
            bodies.Add(text);
            return JsonNode.Parse(text)!.AsObject();
        }

        var alone = await Read(Manager(), Results(ThisYear));
        await Read(Assessor(), Results(ThisYear));
        await Read(Manager(), YearsRoute);

        // Alone, the carer's answer is hidden entirely.
        Assert.Null(CountOf(alone["respondents"]));
        Assert.Null(alone["meanQualityOfLife"]);
        Assert.Empty(alone["items"]!.AsArray());

        // With five others who all answered 2 and very satisfied, every cell holding the carer's answer is still hidden.
        await InsertResponsesAsync(Api.ConnectionString, ThisYear, 5);
        var six = await Read(Manager(), Results(ThisYear));
        Assert.Equal(6, CountOf(six["respondents"]));
        foreach (var (item, score) in new[] { ("occupation", 2), ("control", 1), ("selfCare", 0), ("safety", 2), ("socialParticipation", 1), ("encouragement", 0) })
        {
            Assert.Null(CountOf(Item(six, item)[$"score{score}"]));
        }

        Assert.Null(CountOf(six["satisfaction"]!.AsArray().Single(s => s!["answer"]!.GetValue<string>() == "quiteDissatisfied")!["respondents"]));

        var closed = await Manager().SendAsync(Close(ThisYear, etag), Ct);
        bodies.Add(await closed.Content.ReadAsStringAsync(Ct));
        await Read(Manager(), Results(ThisYear));

        foreach (var body in bodies)
        {
            Assert.DoesNotContain(carerId, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(subject, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Zephyrine", body, StringComparison.Ordinal);
            Assert.DoesNotContain("quiteDissatisfied\",\"respondents\":{\"count\":1", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_carer_cannot_read_results_403_and_an_unknown_year_is_404()
    {
        await InsertYearAsync(Api.ConnectionString, 2025, new DateOnly(2026, 3, 31));

        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).GetAsync(Results(2025), Ct)).StatusCode);
        await AssertProblem(await Manager().GetAsync(Results(2019), Ct), HttpStatusCode.NotFound);
    }
}
