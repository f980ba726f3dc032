using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.InformationRequests.InformationRequestsRequests;

namespace Carers.Api.Tests.InformationRequests;

/// <summary>A carer reads one of their own requests; another carer's is 404, not 403.</summary>
public sealed class GetMyInformationRequestTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_carer_reads_their_request_with_the_reason_staff_gave_and_the_read_is_audited()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);
        var id = (await carer.AskAsync(Valid("braille"), Ct))["id"]!.GetValue<string>();
        var unable = await Assessor().SendAsync(Outcome(id, "unable", new() { ["reason"] = "We cannot print this letter in braille; we will phone you." }, "\"v1\""), Ct);
        Assert.Equal(HttpStatusCode.OK, unable.StatusCode);

        var request = await ReadJson(await carer.GetAsync($"{MyRoute}/{id}", Ct));

        Assert.Equal(("braille", "unable", "We cannot print this letter in braille; we will phone you."),
            (request["format"]!.GetValue<string>(), request["status"]!.GetValue<string>(), request["unableReason"]!.GetValue<string>()));
        var audit = Assert.Single(await AuditFor(subject), a => a.action == "GetMyInformationRequest");
        Assert.Equal(("informationRequest", id, "success"), (audit.record_type, audit.record_id, audit.outcome));
    }

    [Fact]
    public async Task Another_carers_request_is_404()
    {
        var owner = Carer(NewSubject());
        var otherSubject = NewSubject();
        var other = Carer(otherSubject);
        await RegisterAsync(owner);
        await RegisterAsync(other);
        var id = (await owner.AskAsync(Valid(), Ct))["id"]!.GetValue<string>();

        await AssertProblem(await other.GetAsync($"{MyRoute}/{id}", Ct), HttpStatusCode.NotFound);
        var audit = Assert.Single(await AuditFor(otherSubject), a => a.action == "GetMyInformationRequest");
        Assert.Equal((id, "notFound"), (audit.record_id, audit.outcome));
        await AssertProblem(await owner.GetAsync($"{MyRoute}/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_are_refused_the_carers_read()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().GetAsync($"{MyRoute}/{Guid.NewGuid()}", Ct)).StatusCode);
    }
}
