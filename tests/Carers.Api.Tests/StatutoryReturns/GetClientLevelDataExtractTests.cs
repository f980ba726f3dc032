using System.Globalization;
using System.Net;
using Carers.Api.Features.StatutoryReturns;
using Carers.Api.Tests.Infrastructure;
using CsvHelper;
using static Carers.Api.Tests.StatutoryReturns.StatutoryReturnsData;

namespace Carers.Api.Tests.StatutoryReturns;

/// <summary>
/// The CLD extract for carers: closed requests, completed assessments, reviews and services in the
/// period, one row each in the published field order; open and cancelled events, other periods,
/// merged-away duplicates and carers under 18 left out; up to three linked cared-for ids.
/// </summary>
public sealed class GetClientLevelDataExtractTests(ApiFixture api) : ApiTest(api)
{
    private sealed record Scenario(Guid Carer, Guid Survivor, Guid Duplicate, Guid Young, Guid OpenOnly, Guid[] LinkedIds, Guid OpenAssessment);

    private async Task<Scenario> ArrangeAsync()
    {
        var data = new StatutoryReturnsData(Api.ConnectionString);
        var carer = await data.CarerAsync("1960-05-01", nhsNumber: "9434765919", ethnicity: "Other, \"mixed\"");
        var (mainRelationship, first) = await data.CaresForAsync(carer, "dementia", 40);
        var (_, second) = await data.CaresForAsync(carer, "frailty", 30);
        var (_, third) = await data.CaresForAsync(carer, "mentalHealth", 20);
        await data.CaresForAsync(carer, "other", 10);
        await data.CaresForAsync(carer, "learningDisability", 5, caredForBorn: "2010-01-01");

        var reviewed = await data.AssessmentAsync(carer, "reviewed", "2014-05-01",
            [("requested", "scheduled", "2014-05-03"), ("scheduled", "inProgress", "2014-05-20"), ("inProgress", "completed", "2014-06-10"), ("completed", "reviewed", "2014-11-20")],
            completedOn: "2014-06-10", eligible: true);
        var open = await data.AssessmentAsync(carer, "inProgress", "2014-12-01", [("requested", "inProgress", "2014-12-02")]);
        await data.GrantAsync(carer, reviewed, "paid", "2014-07-01");
        await data.GrantAsync(carer, reviewed, "cancelled", null);
        await data.GrantAsync(carer, reviewed, "paid", "2016-01-01", financialYear: 2015);
        await data.BreakAsync(carer, mainRelationship, "completed", "2014-08-01", "2014-08-03");
        await data.BreakAsync(carer, mainRelationship, "cancelled", "2014-09-01", "2014-09-02");
        await data.PartnerSupportAsync(carer, "2014-09-15");

        var survivor = await data.CarerAsync("1940-01-01");
        var duplicate = await data.CarerAsync("1940-01-01");
        await data.PartnerSupportAsync(duplicate, "2014-10-01");
        await data.MergeAsync(duplicate, survivor);

        var young = await data.CarerAsync("2000-01-01");
        await data.PartnerSupportAsync(young, "2014-10-01");

        var openOnly = await data.CarerAsync("1970-01-01");
        await data.AssessmentAsync(openOnly, "requested", "2014-06-01", []);
        return new Scenario(carer, survivor, duplicate, young, openOnly, [first, second, third], open);
    }

    private static List<Dictionary<string, string>> Parse(string csv, out string[] header)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var h = header;
            rows.Add(h.ToDictionary(f => f, f => reader.GetField(f)!));
        }

        return rows;
    }

    [Fact]
    public async Task A_year_gives_one_row_per_closed_event_in_the_published_field_order_and_leaves_out_what_the_rules_leave_out()
    {
        var s = await ArrangeAsync();

        var manager = NewSubject("manager");
        var response = await Manager(manager).GetAsync($"{CldRoute}?year=2014", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("client-level-data-carers-2014-15.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("LA_Code,Reporting_Period_Start_Date,Reporting_Period_End_Date,NHS_Number,LA_Person_Unique_Identifier,", text, StringComparison.Ordinal);
        var rows = Parse(text, out var header);
        Assert.Equal(ClientLevelDataRow.Fields, header);

        Assert.Equal(8, rows.Count);
        Assert.Equal(new[] { s.Carer.ToString(), s.Survivor.ToString() }.Order(), rows.Select(r => r["LA_Person_Unique_Identifier"]).Distinct().Order());
        Assert.DoesNotContain(s.Duplicate.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(s.Young.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(s.OpenOnly.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain($"ASM-{s.OpenAssessment}", text, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal(("E06000032", "2014-04-01", "2015-03-31", "Carer"), (r["LA_Code"], r["Reporting_Period_Start_Date"], r["Reporting_Period_End_Date"], r["Client_Type"])));

        var mine = rows.Where(r => r["LA_Person_Unique_Identifier"] == s.Carer.ToString()).ToList();
        Assert.Equal(["Request", "Assessment", "Service", "Service", "Service", "Review", "Request"], mine.Select(r => r["Event_Type"]));
        var request = mine[0];
        Assert.Equal(("2014-05-01", "2014-05-03", "Progress to Assessment", "Community / Other route"),
            (request["Event_Start_Date"], request["Event_End_Date"], request["Event_Outcome"], request["Request_Route_of_Access"]));
        var assessment = mine[1];
        Assert.Equal(("2014-05-03", "2014-06-10", "Progress to Support Planning / Services", "Carer Assessment", "Y"),
            (assessment["Event_Start_Date"], assessment["Event_End_Date"], assessment["Event_Outcome"], assessment["Assessment_Type"], assessment["Eligible_Needs_Identified"]));
        Assert.Equal(("Carer Support: Direct to Carer", "Direct Payment", "Direct Payment", "2014-07-01"),
            (mine[2]["Service_Type"], mine[2]["Service_Component"], mine[2]["Delivery_Mechanism"], mine[2]["Event_Start_Date"]));
        Assert.Equal(("Carer Respite", "CASSR Commissioned support", "2014-08-01", "2014-08-03"),
            (mine[3]["Service_Component"], mine[3]["Delivery_Mechanism"], mine[3]["Event_Start_Date"], mine[3]["Event_End_Date"]));
        Assert.Equal(("Carer Universal Services", "NFA - Information & Advice / Signposting only"), (mine[4]["Service_Component"], mine[4]["Event_Outcome"]));
        Assert.Equal(("2014-11-20", "Planned"), (mine[5]["Event_Start_Date"], mine[5]["Review_Reason"]));
        Assert.Equal(("2014-12-01", "2014-12-02"), (mine[6]["Event_Start_Date"], mine[6]["Event_End_Date"]));

        Assert.All(mine, r =>
        {
            Assert.Equal(s.LinkedIds.Select(i => i.ToString()), [r["Adult_1_Linked_Person_ID"], r["Adult_2_Linked_Person_ID"], r["Adult_3_Linked_Person_ID"]]);
            Assert.Equal(("4", "105", "9434765919", "1960-05-01", "Other, \"mixed\""),
                (r["No_of_adults_being_cared_for"], r["Total_Hrs_Caring_per_week"], r["NHS_Number"], r["Date_of_Birth"], r["Ethnicity"]));
        });
        Assert.Contains("\"Other, \"\"mixed\"\"\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cared", text, StringComparison.Ordinal);

        var merged = Assert.Single(rows, r => r["LA_Person_Unique_Identifier"] == s.Survivor.ToString());
        Assert.Equal(("Service", "", "0"), (merged["Event_Type"], merged["Adult_1_Linked_Person_ID"], merged["No_of_adults_being_cared_for"]));

        var audit = Assert.Single(await AuditFor(manager));
        Assert.Equal(("GetClientLevelDataExtract", "statutoryReturn", "cld-2014-15"), (audit.action, audit.record_type, audit.record_id));
    }

    [Fact]
    public async Task A_quarter_holds_only_events_closed_in_it_and_another_period_is_empty()
    {
        var s = await ArrangeAsync();

        var quarter = Parse(await (await Manager().GetAsync($"{CldRoute}?year=2014&quarter=1&format=csv", Ct)).Content.ReadAsStringAsync(Ct), out _);
        var other = Parse(await (await Manager().GetAsync($"{CldRoute}?year=2013", Ct)).Content.ReadAsStringAsync(Ct), out var header);

        Assert.Equal(["Request", "Assessment"], quarter.Select(r => r["Event_Type"]));
        Assert.All(quarter, r => Assert.Equal((s.Carer.ToString(), "2014-04-01", "2014-06-30"), (r["LA_Person_Unique_Identifier"], r["Reporting_Period_Start_Date"], r["Reporting_Period_End_Date"])));
        Assert.Empty(other);
        Assert.Equal(ClientLevelDataRow.Fields, header);
    }

    [Fact]
    public async Task A_service_running_past_the_period_end_has_no_end_date_and_is_still_provided()
    {
        var data = new StatutoryReturnsData(Api.ConnectionString);
        var carer = await data.CarerAsync("1965-02-02");
        var (relationship, _) = await data.CaresForAsync(carer, "frailty", 20);
        await data.BreakAsync(carer, relationship, "confirmed", "2017-06-29", "2017-07-02");

        var rows = Parse(await (await Manager().GetAsync($"{CldRoute}?year=2017&quarter=1", Ct)).Content.ReadAsStringAsync(Ct), out _);

        var row = Assert.Single(rows);
        Assert.Equal(("2017-06-29", "", "Provision of service"), (row["Event_Start_Date"], row["Event_End_Date"], row["Event_Outcome"]));
    }

    [Fact]
    public async Task Only_managers_may_download_it()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).GetAsync($"{CldRoute}?year=2014", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Partner("CarersCentral").GetAsync($"{CldRoute}?year=2014", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().GetAsync($"{CldRoute}?year=2014", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync($"{CldRoute}?year=2014", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("year=1999", "year")]
    [InlineData("year=2100", "year")]
    [InlineData("quarter=1", "year")]
    [InlineData("year=2014&quarter=5", "quarter")]
    [InlineData("year=2014&quarter=0", "quarter")]
    [InlineData("year=2014&format=xml", "format")]
    public async Task Bad_input_is_400_with_the_field_named(string query, string field)
    {
        var problem = await AssertProblem(await Manager().GetAsync($"{CldRoute}?{query}", Ct), HttpStatusCode.BadRequest);
        Assert.Equal([field], ErrorKeys(problem));
    }
}
