using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Domain;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Survey;

/// <summary>Bodies and calls the survey tests share.</summary>
public static class SurveyRequests
{
    public const string MyRoute = "/api/me/carer/survey";
    public const string AnswersRoute = "/api/me/carer/survey/answers";
    public const string YearsRoute = "/api/survey-years";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>The financial year containing today, the only one a manager can open.</summary>
    public static int ThisYear => FinancialYear.Of(Today);

    public static DateOnly EndOfThisYear => new(ThisYear + 1, 3, 31);

    public static JsonObject Answers(int occupation = 2, int control = 1, int selfCare = 1, int safety = 2, int socialParticipation = 0,
        int encouragement = 1, string satisfaction = "verySatisfied") => new()
    {
        ["occupation"] = occupation, ["control"] = control, ["selfCare"] = selfCare, ["safety"] = safety,
        ["socialParticipation"] = socialParticipation, ["encouragement"] = encouragement, ["satisfaction"] = satisfaction,
    };

    public static StringContent Body(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    /// <summary>Opens this financial year's survey as a manager; returns the year's ETag.</summary>
    public static async Task<string> OpenAsync(this HttpClient manager, CancellationToken ct)
    {
        var response = await manager.PostAsync(YearsRoute, Body(new JsonObject { ["financialYear"] = ThisYear, ["closesOn"] = EndOfThisYear.ToString("yyyy-MM-dd") }), ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(ct));
        return response.Headers.ETag!.ToString();
    }

    public static async Task AnswerAsync(this HttpClient carer, JsonObject answers, CancellationToken ct)
    {
        var response = await carer.PostAsync(AnswersRoute, Body(answers), ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
    }

    public static async Task RegisterAsync(this HttpClient carer, string dateOfBirth, CancellationToken ct) =>
        Assert.Equal(HttpStatusCode.Created, (await carer.PostAsJsonAsync("/api/me/carer", Infrastructure.ApiTest.ValidRegistration(dateOfBirth: dateOfBirth), ct)).StatusCode);

    public static HttpRequestMessage Close(int year, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{YearsRoute}/{year}/close");
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    /// <summary>Puts a survey year straight into the database (for years and closing dates the API would not open today).</summary>
    public static async Task InsertYearAsync(string connectionString, int year, DateOnly closesOn, string status = "open")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            INSERT INTO survey_year (financial_year, status, closes_on, opened_by, closed_by, closed_at)
            VALUES (@Year, @Status, @ClosesOn, 'manager-sql', CASE WHEN @Status = 'closed' THEN 'manager-sql' END, CASE WHEN @Status = 'closed' THEN now() END)
            """, new { Year = year, Status = status, ClosesOn = closesOn });
    }

    /// <summary>Responses straight into the database, each (scores, satisfaction, age band), for the counting tests.</summary>
    public static async Task InsertResponsesAsync(string connectionString, int year, int count, int score = 2, string satisfaction = "verySatisfied",
        string ageBand = "from26To64")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            INSERT INTO survey_response (financial_year, occupation, control, self_care, safety, social_participation, encouragement, satisfaction, age_band)
            SELECT @Year, @Score, @Score, @Score, @Score, @Score, @Score, @Satisfaction, @AgeBand FROM generate_series(1, @Count)
            """, new { Year = year, Count = count, Score = (short)score, Satisfaction = satisfaction, AgeBand = ageBand });
    }

    public static async Task<(long Participations, long Responses)> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.QuerySingleAsync<(long, long)>("SELECT (SELECT count(*) FROM survey_participation), (SELECT count(*) FROM survey_response)");
    }
}
