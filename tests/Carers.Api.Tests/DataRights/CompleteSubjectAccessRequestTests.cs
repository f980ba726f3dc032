using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.DataRights;

/// <summary>Closing a request: sent or refused, with If-Match (428 without, 412 stale), once only (409).</summary>
public sealed class CompleteSubjectAccessRequestTests(ApiFixture api) : ApiTest(api)
{
    private async Task<(string Id, string ETag)> ARequest()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var request = await Api.DataProtection().RecordAsync(SubjectAccessRequestCalls.Valid(Guid.Parse(record["id"]!.GetValue<string>()),
            DateTime.Today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Ct);
        return (request["id"]!.GetValue<string>(), request["eTag"]!.GetValue<string>());
    }

    private HttpRequestMessage Complete(string id, string? eTag, object body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, $"{SubjectAccessRequestCalls.Route}/{id}/completion") { Content = JsonContent.Create(body) };
        if (eTag is not null) message.Headers.TryAddWithoutValidation("If-Match", eTag);
        return message;
    }

    [Fact]
    public async Task Marking_it_sent_closes_it_once_and_audits_it()
    {
        var (id, eTag) = await ARequest();
        var dpo = Api.DataProtection("dpo-complete");

        var response = await dpo.SendAsync(Complete(id, eTag, new { outcome = "sent" }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var done = await ReadJson(response);
        Assert.Equal(("sent", DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), (done["status"]!.GetValue<string>(), done["sentOn"]!.GetValue<string>()));
        Assert.Contains(await AuditFor("dpo-complete"), a => a.action == "CompleteSubjectAccessRequest" && a.record_id == id);
        await AssertProblem(await dpo.SendAsync(Complete(id, done["eTag"]!.GetValue<string>(), new { outcome = "refused", refusalReason = "x" }), Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Refusing_needs_a_reason()
    {
        var (id, eTag) = await ARequest();
        var dpo = Api.DataProtection();

        var problem = await AssertProblem(await dpo.SendAsync(Complete(id, eTag, new { outcome = "refused" }), Ct), HttpStatusCode.BadRequest);
        Assert.Contains("refusalReason", ErrorKeys(problem));
        var refused = await ReadJson(await dpo.SendAsync(Complete(id, eTag, new { outcome = "refused", refusalReason = "We could not confirm who asked" }), Ct));

        Assert.Equal(("refused", "We could not confirm who asked"), (refused["status"]!.GetValue<string>(), refused["refusalReason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_and_with_a_stale_one_412_and_nothing_changes()
    {
        var (id, _) = await ARequest();
        var dpo = Api.DataProtection();

        await AssertProblem(await dpo.SendAsync(Complete(id, null, new { outcome = "sent" }), Ct), HttpStatusCode.PreconditionRequired);
        await AssertProblem(await dpo.SendAsync(Complete(id, "\"v9\"", new { outcome = "sent" }), Ct), HttpStatusCode.PreconditionFailed);
        await AssertProblem(await dpo.SendAsync(Complete(Guid.NewGuid().ToString(), "\"v1\"", new { outcome = "sent" }), Ct), HttpStatusCode.NotFound);
        await AssertProblem(await dpo.SendAsync(Complete(id, "\"v1\"", new { outcome = "lost" }), Ct), HttpStatusCode.BadRequest);
        await AssertProblem(await dpo.SendAsync(Complete(id, "\"v1\"", new { outcome = "sent", sentOn = "2000-01-01" }), Ct), HttpStatusCode.BadRequest);

        Assert.Equal(1, await CountAsync("subject_access_request WHERE status = 'received' AND version = 1"));
        await AssertProblem(await Assessor().SendAsync(Complete(id, "\"v1\"", new { outcome = "sent" }), Ct), HttpStatusCode.Forbidden);
    }
}
