using System.Text.Json.Nodes;
using Carers.Api.Features.StatutoryReturns;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.HistoricImport.HistoricFiles;

namespace Carers.Api.Tests.HistoricImport;

/// <summary>
/// The Carers Strategy's own figures for 2021-22 (1,260 adult carers identified, 690 assessed, 416 grants
/// awarded) reproduced from records loaded only through the historic import. No other test uses 2021.
/// </summary>
public sealed class UploadHistoricImportStrategyTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task The_strategys_2021_22_figures_come_out_of_the_indicators()
    {
        var rows = new List<ClientLevelDataRow>();
        for (var i = 0; i < 1260; i++)
        {
            var day = new DateOnly(2021, 4, 1).AddDays(i % 200);
            var person = Person($"LL-{i:D5}", $"{1940 + i % 40}-0{1 + i % 9}-15");
            string Day(int offset) => day.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (i < 690)
            {
                rows.Add(person.Request($"REQ-{i}", Day(0), Day(2)));
                rows.Add(person.Assessment($"ASM-{i}", Day(5), Day(20), eligible: i < 600));
                if (i < 416) rows.Add(person.Service($"DP-{i}", CldServiceComponent.DirectPayment, Day(40)));
            }
            else
            {
                rows.Add(person.Service($"IA-{i}", CldServiceComponent.CarerUniversalServices, Day(0)));
            }
        }

        var status = await ImportAsync(Manager(), Csv(rows), Ct);
        Assert.Equal("completed", status["status"]!.GetValue<string>());
        Assert.Equal(1260, Int(status, "carersCreated"));

        var set = JsonNode.Parse(await Manager().GetStringAsync("/api/reports/indicators?year=2021", Ct))!.AsObject();
        JsonObject Indicator(string id) => set["indicators"]!.AsArray().Single(x => x!["id"]!.GetValue<string>() == id)!.AsObject();
        Assert.Equal(1260m, Indicator("carersIdentified")["value"]!.GetValue<decimal>());
        Assert.Equal(1260m, Indicator("carersIdentified")["parts"]!.AsArray().Single(p => p!["key"]!.GetValue<string>() == "imported")!["value"]!.GetValue<decimal>());
        Assert.Equal(1260m, Indicator("carersIdentifiedByCategory")["parts"]!.AsArray().Single(p => p!["key"]!.GetValue<string>() == "adultCarer")!["value"]!.GetValue<decimal>());
        Assert.Equal(690m, Indicator("adultCarersAssessed")["numerator"]!.GetValue<decimal>());
        Assert.Equal(1260m, Indicator("adultCarersAssessed")["denominator"]!.GetValue<decimal>());
        Assert.Equal(690m, Indicator("assessmentsCompleted")["value"]!.GetValue<decimal>());
        Assert.Equal(416m, Indicator("grantsAwarded")["value"]!.GetValue<decimal>());
    }
}
