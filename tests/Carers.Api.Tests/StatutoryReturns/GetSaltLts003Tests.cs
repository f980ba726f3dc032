using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.StatutoryReturns.StatutoryReturnsData;

namespace Carers.Api.Tests.StatutoryReturns;

/// <summary>
/// SALT LTS003: carers supported in the year, each once, in the highest support type they had
/// (direct payment, then commissioned support, then information and advice only), by age band at
/// the year's end and the main need of the person they care for most.
/// </summary>
public sealed class GetSaltLts003Tests(ApiFixture api) : ApiTest(api)
{
    private async Task ArrangeAsync()
    {
        var data = new StatutoryReturnsData(Api.ConnectionString);
        var everything = await data.CarerAsync("1955-06-01");
        var (main, _) = await data.CaresForAsync(everything, "dementia", 40);
        await data.CaresForAsync(everything, "frailty", 10);
        var assessed = await data.AssessmentAsync(everything, "completed", "2015-04-10", [("requested", "inProgress", "2015-04-12")], completedOn: "2015-04-20", eligible: true);
        await data.GrantAsync(everything, assessed, "paid", "2015-05-01", financialYear: 2015);
        await data.BreakAsync(everything, main, "completed", "2015-06-01", "2015-06-03");
        await data.PartnerSupportAsync(everything, "2015-07-01");

        var breaksOnly = await data.CarerAsync("1945-01-01");
        var (theirs, _) = await data.CaresForAsync(breaksOnly, "mentalHealth", 20);
        await data.BreakAsync(breaksOnly, theirs, "completed", "2015-08-01", "2015-08-02");
        await data.AssessmentAsync(breaksOnly, "completed", "2015-07-01", [("requested", "scheduled", "2015-07-02")], completedOn: "2015-07-10", eligible: true);

        var assessedOnly = await data.CarerAsync("1938-01-01");
        await data.AssessmentAsync(assessedOnly, "completed", "2015-09-01", [("requested", "scheduled", "2015-09-02")], completedOn: "2015-09-20", eligible: false);

        var declined = await data.CarerAsync("1970-01-01");
        await data.AssessmentAsync(declined, "declined", "2015-10-01", [("requested", "declined", "2015-10-05")]);
        await data.AssessmentAsync(await data.CarerAsync("1971-01-01"), "requested", "2015-10-01", []);
        await data.PartnerSupportAsync(await data.CarerAsync("1972-01-01"), "2014-12-01");
    }

    [Fact]
    public async Task Each_carer_counts_once_in_their_highest_support_type_by_age_band_and_need()
    {
        await ArrangeAsync();

        var response = await Manager().GetAsync($"{Lts003Route}?year=2015", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await ReadJson(response);
        Assert.Equal((2015, "2015/16", "2015-04-01", "2016-03-31"), (report["financialYear"]!.GetValue<int>(), report["financialYearLabel"]!.GetValue<string>(),
            report["from"]!.GetValue<string>(), report["to"]!.GetValue<string>()));
        Assert.Equal((1, 1, 1, 3), (report["directPayment"]!.GetValue<int>(), report["commissionedSupport"]!.GetValue<int>(),
            report["informationAndAdviceOnly"]!.GetValue<int>(), report["total"]!.GetValue<int>()));
        var rows = report["rows"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(5 * 7, rows.Count);
        var counted = rows.Where(r => r["total"]!.GetValue<int>() > 0).Select(Cell).ToList();
        Assert.Equal(
        [
            ("age18To64", "supportWithMemoryAndCognition", 1, 0, 0),
            ("age65To74", "mentalHealthSupport", 0, 1, 0),
            ("age75To84", "noneRecorded", 0, 0, 1),
        ], counted);
    }

    private static (string, string, int, int, int) Cell(JsonObject r) =>
        (r["ageBand"]!.GetValue<string>(), r["caredForMainNeed"]!.GetValue<string>(), r["directPayment"]!.GetValue<int>(),
         r["commissionedSupport"]!.GetValue<int>(), r["informationAndAdviceOnly"]!.GetValue<int>());

    [Fact]
    public async Task As_csv_it_has_a_header_row_and_one_line_per_age_band_and_need()
    {
        await ArrangeAsync();

        var response = await Manager().GetAsync($"{Lts003Route}?year=2015&format=csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Carer_Age_Band,Cared_For_Primary_Support_Reason,Direct_Payment,Commissioned_Support,Information_Advice_Only,Total", lines[0]);
        Assert.Equal(1 + 35, lines.Length);
        Assert.Contains("18-64,Support with Memory and Cognition,1,0,0,1", lines);
        Assert.Contains("65-74,Mental Health Support,0,1,0,1", lines);
        Assert.Contains("75-84,Not recorded,0,0,1,1", lines);
    }

    [Fact]
    public async Task A_year_with_no_support_is_all_zeros()
    {
        await ArrangeAsync();

        var report = await ReadJson(await Manager().GetAsync($"{Lts003Route}?year=2012", Ct));

        Assert.Equal(0, report["total"]!.GetValue<int>());
        Assert.All(report["rows"]!.AsArray(), r => Assert.Equal(0, r!["total"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Only_managers_may_read_it()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).GetAsync($"{Lts003Route}?year=2015", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Partner("Chums").GetAsync($"{Lts003Route}?year=2015", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().GetAsync($"{Lts003Route}?year=2015", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync($"{Lts003Route}?year=2015", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("year=1999", "year")]
    [InlineData("year=2100", "year")]
    [InlineData("format=json", "year")]
    [InlineData("year=2015&format=xml", "format")]
    public async Task Bad_input_is_400_with_the_field_named(string query, string field)
    {
        var problem = await AssertProblem(await Manager().GetAsync($"{Lts003Route}?{query}", Ct), HttpStatusCode.BadRequest);
        Assert.Equal([field], ErrorKeys(problem));
    }
}
