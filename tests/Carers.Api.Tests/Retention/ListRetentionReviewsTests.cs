using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Retention.RetentionRecords;

namespace Carers.Api.Tests.Retention;

/// <summary>The DPO's queue: by due date, status filter, what would be removed and what argues against; audited per record shown.</summary>
public sealed class ListRetentionReviewsTests(ApiFixture api) : ApiTest(api)
{
    private async Task<Guid> ClosedCarerAsync(string closedOn)
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var id = Guid.Parse(record["id"]!.GetValue<string>());
        await CloseLongAgoAsync(Api.ConnectionString, id, closedOn);
        return id;
    }

    [Fact]
    public async Task The_queue_holds_records_past_their_date_earliest_first_with_what_would_go_and_what_argues_against()
    {
        var later = await ClosedCarerAsync("2016-05-01");
        var earlier = await ClosedCarerAsync("2015-05-01");
        await ExecuteAsync(Api.ConnectionString, """
            INSERT INTO information_request (carer_id, subject, title, format, requested_on, due_on) VALUES (@Id, 'leaflet', 'A leaflet', 'largePrint', '2015-01-01', '2015-01-10')
            """, new { Id = earlier });
        var dpo = Api.Dpo(NewSubject("dpo"));
        await RunAsync(dpo, dryRun: false);

        var response = await dpo.GetAsync($"{Reviews}?status=due&limit=1", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ReadJson(response);
        var first = page["items"]!.AsArray().Single()!;
        Assert.Equal((earlier.ToString(), "exCarer", "2015-05-01", "2021-05-01", "due"), (first["carerId"]!.GetValue<string>(), first["closedReason"]!.GetValue<string>(),
            first["closedOn"]!.GetValue<string>(), first["dueOn"]!.GetValue<string>(), first["status"]!.GetValue<string>()));
        Assert.Equal("Amara Testcarer", first["carerName"]!.GetValue<string>());
        Assert.Contains("contactDetails", first["wouldRemove"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Contains("informationRequestOpen", first["concerns"]!.AsArray().Select(x => x!.GetValue<string>()));
        var next = await ReadJson(await dpo.GetAsync($"{Reviews}?status=due&limit=1&cursor={page["nextCursor"]!.GetValue<string>()}", Ct));
        Assert.Equal(later.ToString(), next["items"]!.AsArray().Single()!["carerId"]!.GetValue<string>());
        Assert.Empty((await ReadJson(await dpo.GetAsync($"{Reviews}?status=approved", Ct)))["items"]!.AsArray());
        Assert.Equal(1L, await CountAsync($"audit_event WHERE action = 'ListRetentionReviews' AND carer_id = '{earlier}' AND access_reason = 'dataProtectionRequest'"));
    }

    [Theory]
    [InlineData("status=gone")]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("cursor=not-ours")]
    public async Task Bad_input_is_400(string query) =>
        await AssertProblem(await Api.Dpo().GetAsync($"{Reviews}?{query}", Ct), HttpStatusCode.BadRequest);

    [Fact]
    public async Task Other_staff_and_carers_are_refused()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().GetAsync(Reviews, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Manager().GetAsync(Reviews, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).GetAsync(Reviews, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync(Reviews, Ct)).StatusCode);
    }
}
