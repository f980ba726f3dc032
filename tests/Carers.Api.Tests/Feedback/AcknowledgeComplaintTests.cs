using System.Net;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.Feedback.FeedbackRequests;

namespace Carers.Api.Tests.Feedback;

/// <summary>Staff acknowledge a received complaint with If-Match: 428 without it, 412 when stale, 409 once acknowledged; the carer sees it acknowledged.</summary>
public sealed class AcknowledgeComplaintTests(ApiFixture api) : ApiTest(api)
{
    private async Task<(HttpClient Carer, string Id)> ReceivedAsync()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        return (carer, (await carer.SendAsync(Complaint(), Ct))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_assessor_acknowledges_it_the_carer_sees_it_and_it_is_audited()
    {
        var (carer, id) = await ReceivedAsync();
        var assessor = NewSubject("assessor");

        var response = await Assessor(assessor).SendAsync(Step(id, "acknowledgement", new(), "\"v1\""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v2\"", response.Headers.ETag!.ToString());
        var record = await ReadJson(response);
        Assert.Equal((assessor, "acknowledged", "\"v2\""), (record["acknowledgedBy"]!.GetValue<string>(), record["acknowledgement"]!.GetValue<string>(),
            record["eTag"]!.GetValue<string>()));
        var mine = await ReadJson(await carer.GetAsync($"{MyRoute}/{id}", Ct));
        Assert.Equal("acknowledged", mine["status"]!.GetValue<string>());
        Assert.NotNull(mine["acknowledgedAt"]);
        var audit = Assert.Single(await AuditFor(assessor));
        Assert.Equal(("AcknowledgeComplaint", id, "success"), (audit.action, audit.record_id, audit.outcome));
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_and_nothing_changes()
    {
        var (_, id) = await ReceivedAsync();

        await AssertProblem(await Manager().SendAsync(Step(id, "acknowledgement", new(), null), Ct), HttpStatusCode.PreconditionRequired);

        Assert.Equal(("received", 1), await StateOfAsync(Api.ConnectionString, id));
    }

    [Theory]
    [InlineData("\"v2\"")]
    [InlineData("W/\"v1\"")]
    [InlineData("v1")]
    public async Task A_stale_or_malformed_If_Match_is_412_and_nothing_changes(string ifMatch)
    {
        var (_, id) = await ReceivedAsync();

        await AssertProblem(await Manager().SendAsync(Step(id, "acknowledgement", new(), ifMatch), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal(("received", 1), await StateOfAsync(Api.ConnectionString, id));
    }

    [Fact]
    public async Task Acknowledging_twice_is_409_whatever_the_ETag_and_nothing_changes()
    {
        var (_, id) = await ReceivedAsync();
        var etag = await Manager().TakeAsync(id, "acknowledgement", new(), "\"v1\"", Ct);

        await AssertProblem(await Manager().SendAsync(Step(id, "acknowledgement", new(), etag), Ct), HttpStatusCode.Conflict);
        await AssertProblem(await Manager().SendAsync(Step(id, "acknowledgement", new(), "\"v1\""), Ct), HttpStatusCode.Conflict);

        Assert.Equal(("acknowledged", 2), await StateOfAsync(Api.ConnectionString, id));
    }

    [Theory]
    [InlineData("""{"acknowledgedAt":"2999-01-01T09:00:00Z"}""")]
    [InlineData("""{"acknowledgedAt":"2020-01-01T09:00:00Z"}""")]
    [InlineData("""{"acknowledgedAt":"yesterday"}""")]
    public async Task A_date_in_the_future_before_receipt_or_not_a_date_is_400_and_nothing_changes(string body)
    {
        var (_, id) = await ReceivedAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"{QueueRoute}/{id}/acknowledgement") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");

        var problem = await AssertProblem(await Manager().SendAsync(request, Ct), HttpStatusCode.BadRequest);

        Assert.Contains("acknowledgedAt", ErrorKeys(problem));
        Assert.Equal(("received", 1), await StateOfAsync(Api.ConnectionString, id));
    }

    [Fact]
    public async Task An_unknown_complaint_or_a_compliment_is_404_and_a_carer_is_refused()
    {
        await AssertProblem(await Manager().SendAsync(Step(Guid.NewGuid().ToString(), "acknowledgement", new(), "\"v1\""), Ct), HttpStatusCode.NotFound);
        var (carer, id) = await ReceivedAsync();
        var compliment = (await carer.SendAsync(Complaint("compliment"), Ct))["id"]!.GetValue<string>();
        await AssertProblem(await Manager().SendAsync(Step(compliment, "acknowledgement", new(), "\"v1\""), Ct), HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.Forbidden, (await carer.SendAsync(Step(id, "acknowledgement", new(), "\"v1\""), Ct)).StatusCode);
        Assert.Equal(("received", 1), await StateOfAsync(Api.ConnectionString, id));
    }

    [Fact]
    public async Task The_database_refuses_an_acknowledged_complaint_without_who_and_when()
    {
        var (_, id) = await ReceivedAsync();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "UPDATE feedback SET status = 'acknowledged' WHERE id = @Id", new { Id = Guid.Parse(id) }));

        Assert.Equal("feedback_state", error.ConstraintName);
    }
}
