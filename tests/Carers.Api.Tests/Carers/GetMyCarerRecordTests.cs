using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Carers;

public sealed class GetMyCarerRecordTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Before_registering_a_carer_gets_404_problem_details()
    {
        var response = await Carer(NewSubject()).GetAsync("/api/me/carer", Ct);
        await AssertProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_carer_reads_their_own_record_and_the_read_is_audited()
    {
        var subject = NewSubject();
        var client = Carer(subject);
        var (registered, etag) = await RegisterAsync(client);

        var response = await client.GetAsync("/api/me/carer", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag?.ToString());
        var record = await ReadJson(response);
        Assert.Equal(registered["id"]!.GetValue<string>(), record["id"]!.GetValue<string>());
        var audit = await AuditFor(subject);
        Assert.Contains(audit, a => a is { action: "GetMyCarerRecord", outcome: "success", record_type: "carer" }
            && a.record_id == registered["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_carers_each_see_only_their_own_record()
    {
        var (a, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(givenName: "Alice"));
        var (b, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(givenName: "Bea"));
        Assert.NotEqual(a["id"]!.GetValue<string>(), b["id"]!.GetValue<string>());
        Assert.Equal("Alice", a["givenName"]!.GetValue<string>());
        Assert.Equal("Bea", b["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401_problem_details_and_audited()
    {
        var response = await Anonymous().GetAsync("/api/me/carer", Ct);
        await AssertProblem(response, HttpStatusCode.Unauthorized);
        var audit = await AuditFor("anonymous");
        Assert.Contains(audit, a => a is { action: "GetMyCarerRecord", outcome: "unauthenticated" });
    }

    [Fact]
    public async Task Staff_cannot_use_the_carers_own_endpoint()
    {
        var subject = NewSubject("assessor");
        var response = await Assessor(subject).GetAsync("/api/me/carer", Ct);
        await AssertProblem(response, HttpStatusCode.Forbidden);
        Assert.Contains(await AuditFor(subject), a => a is { action: "GetMyCarerRecord", outcome: "forbidden" });
    }
}
