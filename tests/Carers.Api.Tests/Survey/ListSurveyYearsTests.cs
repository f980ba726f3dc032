using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Survey.SurveyRequests;

namespace Carers.Api.Tests.Survey;

/// <summary>Staff list the survey years, newest first, a page at a time; carers cannot.</summary>
public sealed class ListSurveyYearsTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Assessors_and_managers_list_the_years_newest_first_a_page_at_a_time()
    {
        await InsertYearAsync(Api.ConnectionString, 2023, new DateOnly(2024, 3, 31), "closed");
        await InsertYearAsync(Api.ConnectionString, 2024, new DateOnly(2025, 2, 28), "closed");
        await InsertYearAsync(Api.ConnectionString, 2025, new DateOnly(2026, 3, 31));

        var first = await ReadJson(await Assessor().GetAsync($"{YearsRoute}?limit=2", Ct));
        var cursor = first["nextCursor"]!.GetValue<string>();
        var second = await ReadJson(await Manager().GetAsync($"{YearsRoute}?limit=2&cursor={cursor}", Ct));

        Assert.Equal([2025, 2024], first["items"]!.AsArray().Select(i => i!["financialYear"]!.GetValue<int>()));
        Assert.Equal(("open", "\"v1\"", "2025/26"), (first["items"]![0]!["status"]!.GetValue<string>(), first["items"]![0]!["eTag"]!.GetValue<string>(),
            first["items"]![0]!["label"]!.GetValue<string>()));
        Assert.Equal([2023], second["items"]!.AsArray().Select(i => i!["financialYear"]!.GetValue<int>()));
        Assert.Null(second["nextCursor"]);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?cursor=not-ours", "cursor")]
    public async Task A_bad_limit_or_cursor_is_400(string query, string field)
    {
        var problem = await AssertProblem(await Manager().GetAsync(YearsRoute + query, Ct), HttpStatusCode.BadRequest);

        Assert.Contains(field, ErrorKeys(problem));
    }

    [Fact]
    public async Task A_carer_cannot_list_the_years_403()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).GetAsync(YearsRoute, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync(YearsRoute, Ct)).StatusCode);
    }
}
