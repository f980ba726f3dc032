using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.InformationRequests.InformationRequestsRequests;

namespace Carers.Api.Tests.InformationRequests;

/// <summary>Staff record a request sent, with If-Match: 428 without it, 412 when stale, 409 once closed; the database refuses a sent row without a method.</summary>
public sealed class RecordInformationSentTests(ApiFixture api) : ApiTest(api)
{
    private async Task<string> OpenRequestAsync()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        return (await carer.AskAsync(Valid(), Ct))["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task An_assessor_records_it_sent_by_post_and_it_is_audited()
    {
        var id = await OpenRequestAsync();
        var assessor = NewSubject("assessor");

        var response = await Assessor(assessor).SendAsync(Outcome(id, "sent", new() { ["method"] = "post", ["sentAt"] = "2026-11-30T09:15:00Z" }, "\"v1\""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v2\"", response.Headers.ETag!.ToString());
        var request = await ReadJson(response);
        Assert.Equal(("sent", "post"), (request["status"]!.GetValue<string>(), request["sentMethod"]!.GetValue<string>()));
        Assert.Equal(DateTimeOffset.Parse("2026-11-30T09:15:00Z", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(request["sentAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        var audit = Assert.Single(await AuditFor(assessor));
        Assert.Equal(("RecordInformationSent", id, "success"), (audit.action, audit.record_id, audit.outcome));
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_and_nothing_changes()
    {
        var id = await OpenRequestAsync();

        await AssertProblem(await Manager().SendAsync(Outcome(id, "sent", new() { ["method"] = "email" }, null), Ct), HttpStatusCode.PreconditionRequired);

        Assert.Equal("requested", (await StatusOfAsync(Api.ConnectionString, Guid.Parse(id)))["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("\"v2\"")]
    [InlineData("W/\"v1\"")]
    [InlineData("v1")]
    public async Task A_stale_or_malformed_If_Match_is_412_and_nothing_changes(string ifMatch)
    {
        var id = await OpenRequestAsync();

        await AssertProblem(await Manager().SendAsync(Outcome(id, "sent", new() { ["method"] = "email" }, ifMatch), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal("requested", (await StatusOfAsync(Api.ConnectionString, Guid.Parse(id)))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_closed_request_cannot_be_changed_again_409()
    {
        var id = await OpenRequestAsync();
        Assert.Equal(HttpStatusCode.OK, (await Manager().SendAsync(Outcome(id, "sent", new() { ["method"] = "collected" }, "\"v1\""), Ct)).StatusCode);

        await AssertProblem(await Manager().SendAsync(Outcome(id, "sent", new() { ["method"] = "post" }, "\"v2\""), Ct), HttpStatusCode.Conflict);
        await AssertProblem(await Manager().SendAsync(Outcome(id, "unable", new() { ["reason"] = "Too late" }, "\"v2\""), Ct), HttpStatusCode.Conflict);

        var state = await StatusOfAsync(Api.ConnectionString, Guid.Parse(id));
        Assert.Equal(("sent", 2), (state["status"]!.GetValue<string>(), state["version"]!.GetValue<int>()));
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{}""", "method" },
        { """{"method":"pigeon"}""", "method" },
        { """{"method":"post","sentAt":"2999-01-01T00:00:00Z"}""", "sentAt" },
        { """{"method":"post","sentAt":"2026-02-30T00:00:00Z"}""", "sentAt" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_is_400_naming_the_field_and_nothing_changes(string body, string field)
    {
        var id = await OpenRequestAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"{StaffRoute}/{id}/sent") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");

        var problem = await AssertProblem(await Manager().SendAsync(request, Ct), HttpStatusCode.BadRequest);

        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal("requested", (await StatusOfAsync(Api.ConnectionString, Guid.Parse(id)))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_request_is_404_and_a_carer_is_refused()
    {
        await AssertProblem(await Manager().SendAsync(Outcome(Guid.NewGuid().ToString(), "sent", new() { ["method"] = "post" }, "\"v1\""), Ct), HttpStatusCode.NotFound);
        var id = await OpenRequestAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).SendAsync(Outcome(id, "sent", new() { ["method"] = "post" }, "\"v1\""), Ct)).StatusCode);
    }

    [Fact]
    public async Task The_database_refuses_a_sent_request_without_a_method()
    {
        var id = await OpenRequestAsync();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "UPDATE information_request SET status = 'sent', sent_at = now(), closed_at = now() WHERE id = @Id", new { Id = Guid.Parse(id) }));

        Assert.Equal("information_request_state", error.ConstraintName);
    }

    [Fact]
    public async Task The_database_refuses_another_language_without_a_language()
    {
        var id = await OpenRequestAsync();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "UPDATE information_request SET format = 'anotherLanguage' WHERE id = @Id", new { Id = Guid.Parse(id) }));

        Assert.Equal("information_request_language", error.ConstraintName);
    }
}
