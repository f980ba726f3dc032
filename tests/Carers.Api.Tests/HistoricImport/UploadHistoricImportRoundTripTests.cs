using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.StatutoryReturns;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.HistoricImport;

/// <summary>
/// Exporting the CLD rows of 2008-09 to 2010-11 and importing them, oldest year first, into an empty
/// platform gives the same identification, assessment, grant and break indicators for every year
/// (those the layout carries: docs/indicators.md lists the ones it cannot). No other test uses these years.
/// </summary>
public sealed class UploadHistoricImportRoundTripTests(ApiFixture api) : ApiTest(api)
{
    private static readonly int[] Years = [2008, 2009, 2010];

    /// <summary>(indicator, what of it) compared; parts by source are left out, since every imported record's source is "imported".</summary>
    private static readonly (string Id, string Field)[] Compared =
    [
        ("carersIdentified", "value"), ("carersIdentifiedByCategory", "parts"), ("adultCarersAssessed", "fraction"), ("assessmentsRequested", "value"),
        ("assessmentsDeclined", "value"), ("assessmentsCompleted", "value"), ("assessmentsCompletedWithinTarget", "fraction"), ("reviewsDone", "value"),
        ("grantsAwarded", "value"), ("grantsPaid", "value"), ("breakDaysProvided", "value"), ("carersBenefitingFromBreaks", "value"),
    ];

    private async Task Sql(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync(sql, parameters);
    }

    private async Task<Guid> CarerAsync(StatutoryReturnsData data, string dateOfBirth, string identifiedOn)
    {
        var carer = await data.CarerAsync(dateOfBirth);
        await Sql("UPDATE carer SET identified_at = (@On::date + time '12:00') AT TIME ZONE 'Europe/London' WHERE id = @Id",
            new { Id = carer, On = HistoricFiles.D(identifiedOn) });
        return carer;
    }

    private Task GrantAsync(Guid carer, Guid assessment, string approvedOn, string paidOn) => Sql("""
        INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id, approved_on, paid_on, submitted_at)
        VALUES (@Carer, @Year, 'adults', 'A break', 30000, 'rest', 'paid', @Assessment, @ApprovedOn, @PaidOn, @ApprovedOn::date)
        """, new { Carer = carer, Assessment = assessment, Year = global::Carers.Api.Domain.FinancialYear.Of(HistoricFiles.D(approvedOn)), ApprovedOn = HistoricFiles.D(approvedOn), PaidOn = HistoricFiles.D(paidOn) });

    private async Task ArrangeAsync()
    {
        var data = new StatutoryReturnsData(Api.ConnectionString);
        var ann = await CarerAsync(data, "1960-05-01", "2008-05-01");
        var (annCaring, _) = await data.CaresForAsync(ann, "dementia", 40, startedOn: "2005-01-01");
        var annAssessment = await data.AssessmentAsync(ann, "reviewed", "2008-05-01",
            [("requested", "scheduled", "2008-05-05"), ("scheduled", "inProgress", "2008-05-20"), ("inProgress", "completed", "2008-06-10"), ("completed", "reviewed", "2009-06-01")],
            completedOn: "2008-06-10", eligible: true);
        await GrantAsync(ann, annAssessment, "2008-06-20", "2008-07-01");
        await data.BreakAsync(ann, annCaring, "completed", "2009-08-01", "2009-08-03");
        await data.PartnerSupportAsync(ann, "2010-01-15");

        var bob = await CarerAsync(data, "1950-02-02", "2009-10-01");
        await data.AssessmentAsync(bob, "declined", "2009-10-01", [("requested", "declined", "2009-10-03")]);

        var cat = await CarerAsync(data, "1985-09-09", "2010-04-20");
        await data.AssessmentAsync(cat, "completed", "2010-04-20", [("inProgress", "completed", "2010-05-01")], completedOn: "2010-05-01", eligible: false, selfAssessment: true);

        var dan = await CarerAsync(data, "1970-03-03", "2010-07-01");
        var (danCaring, _) = await data.CaresForAsync(dan, "frailty", 20, startedOn: "2009-01-01");
        var danAssessment = await data.AssessmentAsync(dan, "completed", "2010-07-01",
            [("requested", "offered", "2010-07-02"), ("offered", "scheduled", "2010-07-10"), ("scheduled", "completed", "2011-01-10")],
            completedOn: "2011-01-10", eligible: true);
        await GrantAsync(dan, danAssessment, "2011-01-20", "2011-02-01");
        await data.BreakAsync(dan, danCaring, "completed", "2011-03-01", "2011-03-05");
    }

    private static async Task<Dictionary<string, string>> FiguresAsync(HttpClient manager, int year)
    {
        var set = JsonNode.Parse(await manager.GetStringAsync($"/api/reports/indicators?year={year}", Ct))!.AsObject();
        var figures = new Dictionary<string, string>();
        foreach (var (id, field) in Compared)
        {
            var indicator = set["indicators"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!;
            figures[id] = field switch
            {
                "parts" => string.Join(", ", indicator["parts"]!.AsArray().Select(p => $"{p!["key"]}={p["value"]}")),
                "fraction" => $"{indicator["numerator"]}/{indicator["denominator"]}",
                _ => indicator["value"]?.ToJsonString() ?? "null",
            };
        }

        return figures;
    }

    [Fact]
    public async Task Exported_and_imported_into_an_empty_platform_the_years_indicators_are_the_same()
    {
        await ArrangeAsync();
        var manager = Manager();
        var original = new Dictionary<int, Dictionary<string, string>>();
        var files = new Dictionary<int, string>();
        foreach (var year in Years)
        {
            original[year] = await FiguresAsync(manager, year);
            files[year] = await manager.GetStringAsync($"/api/statutory-returns/client-level-data?year={year}", Ct);
        }

        Assert.Equal("1", original[2008]["carersIdentified"]);
        Assert.Equal("2", original[2010]["carersIdentified"]);
        Assert.Equal("5", original[2010]["breakDaysProvided"]);

        var empty = await Api.CreateEmptyDatabaseAsync("historic_round_trip");
        await using var second = Api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?> { ["ConnectionStrings:Carers"] = empty });
        var secondManager = second.CreateClient();
        secondManager.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor("Staff.Manager", "manager-1"));
        foreach (var year in Years)
        {
            var status = await HistoricFiles.ImportAsync(secondManager, files[year], Ct);
            Assert.True(status["status"]!.GetValue<string>() == "completed", status.ToJsonString());
        }

        foreach (var year in Years)
        {
            Assert.Equal(original[year], await FiguresAsync(secondManager, year));
        }

        // The imported platform's own extract gives the same events on the same days (ids are its own).
        static IEnumerable<string> Events(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => string.Join(',', line.Split(',').Skip(12).Where((_, i) => i != 1 && i < 9)))
            .Order(StringComparer.Ordinal);
        foreach (var year in Years)
        {
            Assert.Equal(Events(files[year]), Events(await secondManager.GetStringAsync($"/api/statutory-returns/client-level-data?year={year}", Ct)));
        }
    }
}
