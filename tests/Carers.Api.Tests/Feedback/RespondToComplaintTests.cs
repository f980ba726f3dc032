using System.Net;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.Feedback.FeedbackRequests;

namespace Carers.Api.Tests.Feedback;

/// <summary>Staff answer an acknowledged complaint with the outcome, what will change and the Ombudsman paragraph; steps out of order are 409.</summary>
public sealed class RespondToComplaintTests(ApiFixture api) : ApiTest(api)
{
    private async Task<(HttpClient Carer, string Id, string ETag)> AcknowledgedAsync()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var id = (await carer.SendAsync(Complaint(), Ct))["id"]!.GetValue<string>();
        return (carer, id, await Assessor().TakeAsync(id, "acknowledgement", new(), "\"v1\"", Ct));
    }

    [Fact]
    public async Task A_manager_answers_it_upheld_with_what_will_change_and_the_Ombudsman_paragraph()
    {
        var (carer, id, etag) = await AcknowledgedAsync();
        var manager = NewSubject("manager");

        var response = await Manager(manager).SendAsync(Step(id, "response", Answer("upheld"), etag), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v3\"", response.Headers.ETag!.ToString());
        var record = await ReadJson(response);
        Assert.Equal((manager, "responded", "upheld"), (record["respondedBy"]!.GetValue<string>(), record["complaint"]!["status"]!.GetValue<string>(),
            record["complaint"]!["outcome"]!.GetValue<string>()));
        var mine = await ReadJson(await carer.GetAsync($"{MyRoute}/{id}", Ct));
        Assert.Contains("Local Government and Social Care Ombudsman", mine["ombudsmanAdvice"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("We looked at the call log. You should have been called within two days.", mine["response"]!.GetValue<string>());
        Assert.Equal("RespondToComplaint", Assert.Single(await AuditFor(manager)).action);
    }

    [Fact]
    public async Task Not_upheld_needs_no_change()
    {
        var (_, id, etag) = await AcknowledgedAsync();

        var record = await ReadJson(await Manager().SendAsync(Step(id, "response", Answer("notUpheld", null), etag), Ct));

        Assert.Equal("notUpheld", record["complaint"]!["outcome"]!.GetValue<string>());
        Assert.Null(record["complaint"]!["whatWillChange"]);
    }

    [Fact]
    public async Task Before_it_is_acknowledged_it_is_409_and_nothing_changes()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var id = (await carer.SendAsync(Complaint(), Ct))["id"]!.GetValue<string>();

        await AssertProblem(await Manager().SendAsync(Step(id, "response", Answer(), "\"v1\""), Ct), HttpStatusCode.Conflict);

        Assert.Equal(("received", 1), await StateOfAsync(Api.ConnectionString, id));
    }

    [Fact]
    public async Task Answering_twice_is_409()
    {
        var (_, id, etag) = await AcknowledgedAsync();
        var answered = await Manager().TakeAsync(id, "response", Answer(), etag, Ct);

        await AssertProblem(await Manager().SendAsync(Step(id, "response", Answer("upheld"), answered), Ct), HttpStatusCode.Conflict);

        Assert.Equal(("responded", 3), await StateOfAsync(Api.ConnectionString, id));
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_and_stale_it_is_412_and_nothing_changes()
    {
        var (_, id, _) = await AcknowledgedAsync();

        await AssertProblem(await Manager().SendAsync(Step(id, "response", Answer(), null), Ct), HttpStatusCode.PreconditionRequired);
        await AssertProblem(await Manager().SendAsync(Step(id, "response", Answer(), "\"v1\""), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal(("acknowledged", 2), await StateOfAsync(Api.ConnectionString, id));
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"response":"We looked into it."}""", "outcome" },
        { """{"outcome":"sortOf","response":"We looked into it."}""", "outcome" },
        { """{"outcome":"notUpheld","response":""}""", "response" },
        { """{"outcome":"upheld","response":"We looked into it."}""", "whatWillChange" },
        { """{"outcome":"partlyUpheld","response":"We looked into it.","whatWillChange":"  "}""", "whatWillChange" },
        { $$"""{"outcome":"notUpheld","response":"{{new string('a', 4001)}}"}""", "response" },
        { """{"outcome":"notUpheld","response":"We looked into it.","respondedAt":"2999-01-01T00:00:00Z"}""", "respondedAt" },
        { """{"outcome":"notUpheld","response":"We looked into it.","respondedAt":"2020-01-01T00:00:00Z"}""", "respondedAt" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_400_naming_the_field_and_nothing_changes(string body, string field)
    {
        var (_, id, etag) = await AcknowledgedAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"{QueueRoute}/{id}/response") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var problem = await AssertProblem(await Manager().SendAsync(request, Ct), HttpStatusCode.BadRequest);

        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(("acknowledged", 2), await StateOfAsync(Api.ConnectionString, id));
    }

    [Fact]
    public async Task A_carer_is_refused()
    {
        var (carer, id, etag) = await AcknowledgedAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await carer.SendAsync(Step(id, "response", Answer(), etag), Ct)).StatusCode);
    }

    [Fact]
    public async Task The_database_refuses_an_outcome_without_a_response()
    {
        var (_, id, _) = await AcknowledgedAsync();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "UPDATE feedback SET outcome = 'upheld' WHERE id = @Id", new { Id = Guid.Parse(id) }));

        Assert.Equal("feedback_responded", error.ConstraintName);
    }
}
