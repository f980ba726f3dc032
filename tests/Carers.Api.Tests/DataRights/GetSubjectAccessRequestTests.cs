using System.Globalization;
using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.DataRights;

public sealed class GetSubjectAccessRequestTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task The_team_opens_a_request_with_its_etag_and_the_read_is_audited()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var dpo = Api.DataProtection("dpo-get");
        var request = await dpo.RecordAsync(SubjectAccessRequestCalls.Valid(Guid.Parse(record["id"]!.GetValue<string>()),
            DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Ct);
        var id = request["id"]!.GetValue<string>();

        var response = await dpo.GetAsync($"{SubjectAccessRequestCalls.Route}/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v1\"", response.Headers.ETag?.ToString());
        Assert.Contains(await AuditFor("dpo-get"), a => a.action == "GetSubjectAccessRequest" && a.record_id == id);
        await AssertProblem(await dpo.GetAsync($"{SubjectAccessRequestCalls.Route}/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
        await AssertProblem(await Carer(NewSubject()).GetAsync($"{SubjectAccessRequestCalls.Route}/{id}", Ct), HttpStatusCode.Forbidden);
    }
}
