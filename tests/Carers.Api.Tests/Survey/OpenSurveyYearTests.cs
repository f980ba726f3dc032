using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.Survey.SurveyRequests;

namespace Carers.Api.Tests.Survey;

/// <summary>A manager opens the current financial year's survey; one year open at a time, each year once; others are refused and nothing is written.</summary>
public sealed class OpenSurveyYearTests(ApiFixture api) : ApiTest(api)
{
    private static JsonObject Year(int? year, string? closesOn)
    {
        var body = new JsonObject();
        if (year is not null) body["financialYear"] = year;
        if (closesOn is not null) body["closesOn"] = closesOn;
        return body;
    }

    [Fact]
    public async Task A_manager_opens_this_years_survey_and_it_is_audited()
    {
        var response = await Manager("manager-open").PostAsync(YearsRoute, Body(Year(ThisYear, EndOfThisYear.ToString("yyyy-MM-dd"))), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"v1\"", response.Headers.ETag!.ToString());
        Assert.Equal($"/api/survey-years/{ThisYear}", response.Headers.Location!.ToString());
        var year = await ReadJson(response);
        Assert.Equal((ThisYear, "open", EndOfThisYear.ToString("yyyy-MM-dd")),
            (year["financialYear"]!.GetValue<int>(), year["status"]!.GetValue<string>(), year["closesOn"]!.GetValue<string>()));
        Assert.Equal($"{ThisYear}/{(ThisYear + 1) % 100:00}", year["label"]!.GetValue<string>());
        var audit = Assert.Single(await AuditFor("manager-open"));
        Assert.Equal(("OpenSurveyYear", "surveyYear", ThisYear.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.action, audit.record_type, audit.record_id));
    }

    [Fact]
    public async Task A_carer_or_an_assessor_cannot_open_a_year_403_and_nothing_is_written()
    {
        var body = Year(ThisYear, EndOfThisYear.ToString("yyyy-MM-dd"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).PostAsync(YearsRoute, Body(body), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().PostAsync(YearsRoute, Body(body), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().PostAsync(YearsRoute, Body(body), Ct)).StatusCode);
        Assert.Equal(0, await CountAsync("survey_year"));
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { "{}", "financialYear" },
        { $$"""{"financialYear":{{ThisYear + 1}},"closesOn":"{{EndOfThisYear:yyyy-MM-dd}}"}""", "financialYear" },
        { $$"""{"financialYear":{{ThisYear - 1}},"closesOn":"{{EndOfThisYear:yyyy-MM-dd}}"}""", "financialYear" },
        { $$"""{"financialYear":"this year","closesOn":"{{EndOfThisYear:yyyy-MM-dd}}"}""", "financialYear" },
        { $$"""{"financialYear":{{ThisYear}}}""", "closesOn" },
        { $$"""{"financialYear":{{ThisYear}},"closesOn":"{{Today.AddDays(-1):yyyy-MM-dd}}"}""", "closesOn" },
        { $$"""{"financialYear":{{ThisYear}},"closesOn":"{{EndOfThisYear.AddDays(1):yyyy-MM-dd}}"}""", "closesOn" },
        { $$"""{"financialYear":{{ThisYear}},"closesOn":"2027-02-30"}""", "closesOn" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_400_naming_the_field_and_nothing_is_written(string body, string field)
    {
        var problem = await AssertProblem(await Manager().PostAsync(YearsRoute, Json(body), Ct), HttpStatusCode.BadRequest);

        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("survey_year"));
    }

    [Fact]
    public async Task A_year_already_opened_is_409_open_or_closed()
    {
        var etag = await Manager().OpenAsync(Ct);
        await AssertProblem(await Manager().PostAsync(YearsRoute, Body(Year(ThisYear, EndOfThisYear.ToString("yyyy-MM-dd"))), Ct), HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.OK, (await Manager().SendAsync(Close(ThisYear, etag), Ct)).StatusCode);
        await AssertProblem(await Manager().PostAsync(YearsRoute, Body(Year(ThisYear, EndOfThisYear.ToString("yyyy-MM-dd"))), Ct), HttpStatusCode.Conflict);

        Assert.Equal(1, await CountAsync("survey_year"));
        Assert.Equal(1, await CountAsync("survey_year WHERE status = 'closed'"));
    }

    [Fact]
    public async Task While_last_years_survey_is_still_open_this_years_is_409()
    {
        await InsertYearAsync(Api.ConnectionString, ThisYear - 1, new DateOnly(ThisYear, 3, 31));

        await AssertProblem(await Manager().PostAsync(YearsRoute, Body(Year(ThisYear, EndOfThisYear.ToString("yyyy-MM-dd"))), Ct), HttpStatusCode.Conflict);

        Assert.Equal(0, await CountAsync($"survey_year WHERE financial_year = {ThisYear}"));
    }

    [Fact]
    public async Task The_database_refuses_a_second_open_year_and_a_closing_date_outside_the_year()
    {
        await InsertYearAsync(Api.ConnectionString, 2024, new DateOnly(2025, 3, 31));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);

        var twoOpen = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "INSERT INTO survey_year (financial_year, closes_on, opened_by) VALUES (2025, '2026-03-31', 'sql')"));
        var outside = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "INSERT INTO survey_year (financial_year, status, closes_on, opened_by, closed_by, closed_at) VALUES (2023, 'closed', '2024-04-01', 'sql', 'sql', now())"));

        Assert.Equal("survey_year_one_open", twoOpen.ConstraintName);
        Assert.Equal("survey_year_closes_within_year", outside.ConstraintName);
    }
}
