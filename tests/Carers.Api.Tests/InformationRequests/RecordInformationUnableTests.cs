using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.InformationRequests.InformationRequestsRequests;

namespace Carers.Api.Tests.InformationRequests;

/// <summary>Staff record that they cannot provide it, with a reason the carer reads; If-Match and closed requests as for sent.</summary>
public sealed class RecordInformationUnableTests(ApiFixture api) : ApiTest(api)
{
    private async Task<string> OpenRequestAsync()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        return (await carer.AskAsync(Valid("audio"), Ct))["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_manager_records_unable_with_a_reason_and_it_is_audited()
    {
        var id = await OpenRequestAsync();
        var manager = NewSubject("manager");

        var response = await Manager(manager).SendAsync(Outcome(id, "unable", new() { ["reason"] = "  There is no audio version of this leaflet yet.  " }, "\"v1\""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = await ReadJson(response);
        Assert.Equal(("unable", "There is no audio version of this leaflet yet."), (request["status"]!.GetValue<string>(), request["unableReason"]!.GetValue<string>()));
        Assert.Null(request["sentAt"]);
        var audit = Assert.Single(await AuditFor(manager));
        Assert.Equal(("RecordInformationUnable", id), (audit.action, audit.record_id));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"reason":"   "}""")]
    [InlineData("""{"reason":"<b>no</b>"}""")]
    public async Task A_missing_or_bad_reason_is_400_and_nothing_changes(string body)
    {
        var id = await OpenRequestAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"{StaffRoute}/{id}/unable") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"v1\"");

        var problem = await AssertProblem(await Manager().SendAsync(request, Ct), HttpStatusCode.BadRequest);

        Assert.Equal(["reason"], ErrorKeys(problem));
        Assert.Equal("requested", (await StatusOfAsync(Api.ConnectionString, Guid.Parse(id)))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_and_when_stale_412()
    {
        var id = await OpenRequestAsync();

        await AssertProblem(await Manager().SendAsync(Outcome(id, "unable", new() { ["reason"] = "No." }, null), Ct), HttpStatusCode.PreconditionRequired);
        await AssertProblem(await Manager().SendAsync(Outcome(id, "unable", new() { ["reason"] = "No." }, "\"v7\""), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal("requested", (await StatusOfAsync(Api.ConnectionString, Guid.Parse(id)))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Once_unable_it_cannot_be_recorded_sent_409()
    {
        var id = await OpenRequestAsync();
        Assert.Equal(HttpStatusCode.OK, (await Manager().SendAsync(Outcome(id, "unable", new() { ["reason"] = "No audio." }, "\"v1\""), Ct)).StatusCode);

        await AssertProblem(await Assessor().SendAsync(Outcome(id, "sent", new() { ["method"] = "post" }, "\"v2\""), Ct), HttpStatusCode.Conflict);

        Assert.Equal("unable", (await StatusOfAsync(Api.ConnectionString, Guid.Parse(id)))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_carer_is_refused()
    {
        var id = await OpenRequestAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).SendAsync(Outcome(id, "unable", new() { ["reason"] = "No." }, "\"v1\""), Ct)).StatusCode);
    }
}
