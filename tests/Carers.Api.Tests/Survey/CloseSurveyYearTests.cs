using System.Net;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.Survey.SurveyRequests;

namespace Carers.Api.Tests.Survey;

/// <summary>A manager closes an open year with If-Match: 428 without it, 412 stale, 409 once closed, 404 unknown; the answers survive, reshuffled.</summary>
public sealed class CloseSurveyYearTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_manager_closes_the_year_carers_can_no_longer_answer_and_it_is_audited()
    {
        var etag = await Manager().OpenAsync(Ct);

        var response = await Manager("manager-close").SendAsync(Close(ThisYear, etag), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v2\"", response.Headers.ETag!.ToString());
        var year = await ReadJson(response);
        Assert.Equal("closed", year["status"]!.GetValue<string>());
        Assert.NotNull(year["closedAt"]);
        var audit = Assert.Single(await AuditFor("manager-close"));
        Assert.Equal(("CloseSurveyYear", "surveyYear"), (audit.action, audit.record_type));
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        await AssertProblem(await carer.PostAsync(AnswersRoute, Body(Answers()), Ct), HttpStatusCode.Conflict);
        Assert.False((await ReadJson(await carer.GetAsync(MyRoute, Ct)))["open"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Closing_keeps_every_answer_but_writes_them_again_in_a_new_order_and_transaction()
    {
        var etag = await Manager().OpenAsync(Ct);
        for (var i = 0; i < 3; i++)
        {
            var carer = Carer(NewSubject());
            await RegisterAsync(carer);
            await carer.AnswerAsync(Answers(occupation: i), Ct);
        }

        var before = await Rows();

        Assert.Equal(HttpStatusCode.OK, (await Manager().SendAsync(Close(ThisYear, etag), Ct)).StatusCode);

        var after = await Rows();
        Assert.Equal(before.Select(r => r.Occupation).Order(), after.Select(r => r.Occupation).Order());
        Assert.Empty(before.Select(r => r.Id).Intersect(after.Select(r => r.Id)));
        // Every response is now written by the one closing transaction, not by the answer that made it.
        Assert.Single(after.Select(r => r.Xmin).Distinct());
        Assert.Empty(before.Select(r => r.Xmin).Intersect(after.Select(r => r.Xmin)));

        async Task<List<(Guid Id, short Occupation, string Xmin)>> Rows()
        {
            await using var connection = new NpgsqlConnection(Api.ConnectionString);
            return (await connection.QueryAsync<(Guid, short, string)>("SELECT id, occupation, xmin::text FROM survey_response")).ToList();
        }
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_and_the_year_stays_open()
    {
        await Manager().OpenAsync(Ct);

        await AssertProblem(await Manager().SendAsync(Close(ThisYear, null), Ct), HttpStatusCode.PreconditionRequired);

        Assert.Equal(1, await CountAsync("survey_year WHERE status = 'open'"));
    }

    [Theory]
    [InlineData("\"v2\"")]
    [InlineData("W/\"v1\"")]
    [InlineData("v1")]
    public async Task A_stale_or_malformed_If_Match_is_412_and_the_year_stays_open(string ifMatch)
    {
        await Manager().OpenAsync(Ct);

        await AssertProblem(await Manager().SendAsync(Close(ThisYear, ifMatch), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal(1, await CountAsync("survey_year WHERE status = 'open' AND version = 1"));
    }

    [Fact]
    public async Task A_closed_year_is_409_and_an_unknown_one_404()
    {
        var etag = await Manager().OpenAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, (await Manager().SendAsync(Close(ThisYear, etag), Ct)).StatusCode);

        await AssertProblem(await Manager().SendAsync(Close(ThisYear, "\"v2\""), Ct), HttpStatusCode.Conflict);
        await AssertProblem(await Manager().SendAsync(Close(2099, "\"v1\""), Ct), HttpStatusCode.NotFound);

        Assert.Equal(1, await CountAsync("survey_year WHERE version = 2"));
    }

    [Fact]
    public async Task A_carer_or_an_assessor_cannot_close_a_year_403()
    {
        var etag = await Manager().OpenAsync(Ct);

        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).SendAsync(Close(ThisYear, etag), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().SendAsync(Close(ThisYear, etag), Ct)).StatusCode);

        Assert.Equal(1, await CountAsync("survey_year WHERE status = 'open'"));
    }
}
