using System.Globalization;
using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Feedback.FeedbackRequests;

namespace Carers.Api.Tests.Feedback;

/// <summary>Staff record the response date agreed with the carer, once the complaint is acknowledged and until it is answered.</summary>
public sealed class AgreeComplaintResponsePeriodTests(ApiFixture api) : ApiTest(api)
{
    private static string InDays(int days) => DateOnly.FromDateTime(DateTime.Now).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(HttpClient Carer, string Id)> ReceivedAsync()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        return (carer, (await carer.SendAsync(Complaint(), Ct))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_manager_records_the_agreed_date_and_the_carer_sees_it()
    {
        var (carer, id) = await ReceivedAsync();
        var etag = await Assessor().TakeAsync(id, "acknowledgement", new(), "\"v1\"", Ct);
        var manager = NewSubject("manager");

        var response = await Manager(manager).SendAsync(Step(id, "response-period", new() { ["respondBy"] = InDays(40) }, etag), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await ReadJson(response);
        Assert.Equal((InDays(40), manager), (record["complaint"]!["responseDueOn"]!.GetValue<string>(), record["responsePeriodAgreedBy"]!.GetValue<string>()));
        var mine = await ReadJson(await carer.GetAsync($"{MyRoute}/{id}", Ct));
        Assert.Equal(InDays(40), mine["responseDueOn"]!.GetValue<string>());
        Assert.NotNull(mine["responsePeriodAgreedAt"]);
        Assert.Equal("AgreeComplaintResponsePeriod", Assert.Single(await AuditFor(manager)).action);
    }

    [Fact]
    public async Task Before_the_complaint_is_acknowledged_it_is_409_and_nothing_changes()
    {
        var (_, id) = await ReceivedAsync();

        await AssertProblem(await Manager().SendAsync(Step(id, "response-period", new() { ["respondBy"] = InDays(40) }, "\"v1\""), Ct), HttpStatusCode.Conflict);

        Assert.Equal(("received", 1), await StateOfAsync(Api.ConnectionString, id));
    }

    [Fact]
    public async Task Once_answered_it_is_409()
    {
        var (_, id) = await ReceivedAsync();
        var etag = await Assessor().TakeAsync(id, "acknowledgement", new(), "\"v1\"", Ct);
        etag = await Assessor().TakeAsync(id, "response", Answer(), etag, Ct);

        await AssertProblem(await Manager().SendAsync(Step(id, "response-period", new() { ["respondBy"] = InDays(40) }, etag), Ct), HttpStatusCode.Conflict);

        Assert.Equal(("responded", 3), await StateOfAsync(Api.ConnectionString, id));
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_and_stale_it_is_412()
    {
        var (_, id) = await ReceivedAsync();
        await Assessor().TakeAsync(id, "acknowledgement", new(), "\"v1\"", Ct);

        await AssertProblem(await Manager().SendAsync(Step(id, "response-period", new() { ["respondBy"] = InDays(40) }, null), Ct), HttpStatusCode.PreconditionRequired);
        await AssertProblem(await Manager().SendAsync(Step(id, "response-period", new() { ["respondBy"] = InDays(40) }, "\"v1\""), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal(("acknowledged", 2), await StateOfAsync(Api.ConnectionString, id));
    }

    public static TheoryData<string> BadDates => new() { """{}""", """{"respondBy":"2020-01-01"}""", """{"respondBy":"2999-01-01"}""", """{"respondBy":"2026-02-30"}""" };

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task A_missing_past_too_distant_or_impossible_date_is_400_and_nothing_changes(string body)
    {
        var (_, id) = await ReceivedAsync();
        var etag = await Assessor().TakeAsync(id, "acknowledgement", new(), "\"v1\"", Ct);
        var request = new HttpRequestMessage(HttpMethod.Post, $"{QueueRoute}/{id}/response-period") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var problem = await AssertProblem(await Manager().SendAsync(request, Ct), HttpStatusCode.BadRequest);

        Assert.Contains("respondBy", ErrorKeys(problem));
        Assert.Equal(("acknowledged", 2), await StateOfAsync(Api.ConnectionString, id));
    }

    [Fact]
    public async Task A_carer_is_refused()
    {
        var (carer, id) = await ReceivedAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await carer.SendAsync(Step(id, "response-period", new() { ["respondBy"] = InDays(40) }, "\"v1\""), Ct)).StatusCode);
    }
}
