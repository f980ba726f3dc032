using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Feedback.FeedbackRequests;

namespace Carers.Api.Tests.Feedback;

/// <summary>Staff open one complaint, with who took each step and the ETag; a compliment or an unknown id is 404; carers are refused.</summary>
public sealed class GetComplaintTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task An_assessor_opens_a_complaint_with_its_ETag_and_it_is_audited()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var id = (await carer.SendAsync(Complaint(), Ct))["id"]!.GetValue<string>();
        await Manager("manager-9").TakeAsync(id, "acknowledgement", new(), "\"v1\"", Ct);
        var assessor = NewSubject("assessor");

        var response = await Assessor(assessor).GetAsync($"{QueueRoute}/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v2\"", response.Headers.ETag!.ToString());
        var record = await ReadJson(response);
        Assert.Equal(("\"v2\"", "manager-9", "acknowledged", "Amara Testcarer"), (record["eTag"]!.GetValue<string>(), record["acknowledgedBy"]!.GetValue<string>(),
            record["acknowledgement"]!.GetValue<string>(), record["carerName"]!.GetValue<string>()));
        Assert.Equal("acknowledged", record["complaint"]!["status"]!.GetValue<string>());
        var audit = Assert.Single(await AuditFor(assessor));
        Assert.Equal(("GetComplaint", id, "success"), (audit.action, audit.record_id, audit.outcome));
    }

    [Fact]
    public async Task A_compliment_or_an_unknown_id_is_404()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var compliment = (await carer.SendAsync(Complaint("compliment"), Ct))["id"]!.GetValue<string>();

        await AssertProblem(await Assessor().GetAsync($"{QueueRoute}/{compliment}", Ct), HttpStatusCode.NotFound);
        await AssertProblem(await Assessor().GetAsync($"{QueueRoute}/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_carer_cannot_use_the_staff_route_even_for_their_own_complaint()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);
        var id = (await carer.SendAsync(Complaint(), Ct))["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Forbidden, (await carer.GetAsync($"{QueueRoute}/{id}", Ct)).StatusCode);
    }
}
