using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.Survey.SurveyRequests;

namespace Carers.Api.Tests.Survey;

/// <summary>A carer answers the open year once: the participation and the answers are written together, apart, and never twice; bad input writes nothing.</summary>
public sealed class AnswerSurveyTests(ApiFixture api) : ApiTest(api)
{
    private async Task<HttpClient> RegisteredCarerAsync(string? subject = null)
    {
        var carer = Carer(subject ?? NewSubject());
        await RegisterAsync(carer);
        return carer;
    }

    [Fact]
    public async Task A_carer_answers_once_the_answers_are_kept_without_their_id_and_the_audit_row_does_not_carry_them()
    {
        await Manager().OpenAsync(Ct);
        var subject = NewSubject();
        var carer = await RegisteredCarerAsync(subject);

        var response = await carer.PostAsync(AnswersRoute, Body(Answers(2, 1, 0, 2, 1, 0, "quiteDissatisfied")), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var survey = await ReadJson(response);
        Assert.True(survey["answered"]!.GetValue<bool>());
        Assert.Null(survey["occupation"]);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var stored = await connection.QuerySingleAsync<(short, short, short, short, short, short, string, string)>(
            "SELECT occupation, control, self_care, safety, social_participation, encouragement, satisfaction, age_band FROM survey_response");
        Assert.Equal(((short)2, (short)1, (short)0, (short)2, (short)1, (short)0, "quiteDissatisfied", "from26To64"), stored);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM survey_participation p JOIN carer c ON c.id = p.carer_id WHERE c.account_subject = @Subject AND p.financial_year = @Year",
            new { Subject = subject, Year = ThisYear }));
        var audit = Assert.Single(await AuditFor(subject), a => a.action == "AnswerSurvey");
        Assert.Equal(("surveyYear", ThisYear.ToString(System.Globalization.CultureInfo.InvariantCulture), "success"), (audit.record_type, audit.record_id, audit.outcome));
        var reason = await connection.ExecuteScalarAsync<string?>("SELECT reason FROM audit_event WHERE action = 'AnswerSurvey'");
        Assert.Null(reason);
    }

    [Fact]
    public async Task The_response_table_has_no_carer_and_no_time_to_link_an_answer_to_anyone()
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var columns = (await connection.QueryAsync<(string Name, string Type)>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'survey_response'")).ToList();

        Assert.Equal(["age_band", "control", "encouragement", "financial_year", "id", "occupation", "safety", "satisfaction", "self_care", "social_participation"],
            columns.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(columns, c => c.Type.Contains("time", StringComparison.Ordinal) || c.Type == "date");
        var foreignKeys = await connection.QueryAsync<string>("""
            SELECT ccu.table_name FROM information_schema.table_constraints tc
            JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
            WHERE tc.table_name = 'survey_response' AND tc.constraint_type = 'FOREIGN KEY'
            """);
        Assert.Equal(["survey_year"], foreignKeys.Distinct());
    }

    [Fact]
    public async Task A_second_answer_is_409_and_writes_nothing()
    {
        await Manager().OpenAsync(Ct);
        var carer = await RegisteredCarerAsync();
        await carer.AnswerAsync(Answers(), Ct);

        await AssertProblem(await carer.PostAsync(AnswersRoute, Body(Answers(occupation: 0)), Ct), HttpStatusCode.Conflict);

        Assert.Equal((1, 1), await CountsAsync(Api.ConnectionString));
        Assert.Equal(0, await CountAsync("survey_response WHERE occupation = 0"));
    }

    [Fact]
    public async Task Two_hundred_answers_at_once_by_the_same_carer_keep_exactly_one()
    {
        await Manager().OpenAsync(Ct);
        var subject = NewSubject();
        await RegisteredCarerAsync(subject);
        var clients = Enumerable.Range(0, 8).Select(_ => Api.ClientAs(Roles.Carer, subject)).ToArray();

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            clients[i % clients.Length].PostAsync(AnswersRoute, Body(Answers(occupation: i % 3)), Ct)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(199, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict).Take(3)) await AssertProblem(refused, HttpStatusCode.Conflict);
        Assert.Equal((1, 1), await CountsAsync(Api.ConnectionString));
        Assert.Single(await AuditFor(subject), a => a.action == "AnswerSurvey");
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { """{"occupation":3,"control":1,"selfCare":1,"safety":2,"socialParticipation":0,"encouragement":1,"satisfaction":"verySatisfied"}""", "occupation" },
        { """{"occupation":2,"control":-1,"selfCare":1,"safety":2,"socialParticipation":0,"encouragement":1,"satisfaction":"verySatisfied"}""", "control" },
        { """{"occupation":2,"control":1,"safety":2,"socialParticipation":0,"encouragement":1,"satisfaction":"verySatisfied"}""", "selfCare" },
        { """{"occupation":2,"control":1,"selfCare":1,"safety":2,"socialParticipation":0,"encouragement":1}""", "satisfaction" },
        { """{"occupation":2,"control":1,"selfCare":1,"safety":2,"socialParticipation":0,"encouragement":1,"satisfaction":"delighted"}""", "satisfaction" },
        { """{"occupation":2,"control":1,"selfCare":1,"safety":1.5,"socialParticipation":0,"encouragement":1,"satisfaction":"verySatisfied"}""", "safety" },
        { """{"occupation":2,"control":1,"selfCare":1,"safety":2,"socialParticipation":"two","encouragement":1,"satisfaction":"verySatisfied"}""", "socialParticipation" },
        { """{"occupation":2,"control":1,"selfCare":1,"safety":2,"socialParticipation":0,"encouragement":99999999999,"satisfaction":"verySatisfied"}""", "encouragement" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_answers_are_400_naming_the_field_and_nothing_is_written(string body, string field)
    {
        await Manager().OpenAsync(Ct);
        var carer = await RegisteredCarerAsync();

        var problem = await AssertProblem(await carer.PostAsync(AnswersRoute, Json(body), Ct), HttpStatusCode.BadRequest);

        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal((0, 0), await CountsAsync(Api.ConnectionString));
    }

    [Fact]
    public async Task A_two_megabyte_body_is_413_and_nothing_is_written()
    {
        await Manager().OpenAsync(Ct);
        var carer = await RegisteredCarerAsync();
        var body = Answers();
        body["padding"] = new string('a', 2 * 1024 * 1024);

        await AssertProblem(await carer.PostAsync(AnswersRoute, Body(body), Ct), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal((0, 0), await CountsAsync(Api.ConnectionString));
    }

    [Fact]
    public async Task With_no_year_open_it_is_409_and_nothing_is_written()
    {
        var carer = await RegisteredCarerAsync();

        await AssertProblem(await carer.PostAsync(AnswersRoute, Body(Answers()), Ct), HttpStatusCode.Conflict);

        Assert.Equal((0, 0), await CountsAsync(Api.ConnectionString));
    }

    [Fact]
    public async Task After_the_closing_date_it_is_409_though_the_year_is_still_open()
    {
        var subject = NewSubject();
        await RegisteredCarerAsync(subject);
        await InsertYearAsync(Api.ConnectionString, 2026, new DateOnly(2026, 12, 31));
        await using var clocked = Api.At(new FixedClock(DateTimeOffset.Parse("2027-01-04T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        var client = clocked.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Api.TokenFor(Roles.Carer, subject));

        await AssertProblem(await client.PostAsync(AnswersRoute, Body(Answers()), Ct), HttpStatusCode.Conflict);

        Assert.False((await ReadJson(await client.GetAsync(MyRoute, Ct)))["open"]!.GetValue<bool>());
        Assert.Equal((0, 0), await CountsAsync(Api.ConnectionString));
    }

    [Fact]
    public async Task Someone_not_registered_gets_404_and_staff_are_refused()
    {
        await Manager().OpenAsync(Ct);

        await AssertProblem(await Carer(NewSubject()).PostAsync(AnswersRoute, Body(Answers()), Ct), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await Manager().PostAsync(AnswersRoute, Body(Answers()), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().PostAsync(AnswersRoute, Body(Answers()), Ct)).StatusCode);

        Assert.Equal((0, 0), await CountsAsync(Api.ConnectionString));
    }

    [Theory]
    [InlineData("2012-06-01", "under18")]
    [InlineData("1990-01-01", "from26To64")]
    [InlineData("1950-01-01", "from65")]
    public async Task The_response_keeps_only_the_age_band_on_the_day(string dateOfBirth, string band)
    {
        await Manager().OpenAsync(Ct);
        var carer = Carer(NewSubject());
        await RegisterAsync(carer, ValidRegistration(dateOfBirth: dateOfBirth, registeringAs: dateOfBirth.StartsWith("2012", StringComparison.Ordinal) ? "parentOfYoungCarer" : "self"));

        await carer.AnswerAsync(Answers(), Ct);

        Assert.Equal(1, await CountAsync($"survey_response WHERE age_band = '{band}'"));
    }
}
