using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Feedback.FeedbackRequests;

namespace Carers.Api.Tests.Feedback;

/// <summary>A carer reads one of their own complaints with each step and, once answered, the outcome and the Ombudsman paragraph; never another carer's, never who did each step.</summary>
public sealed class GetMyFeedbackTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_carer_follows_their_complaint_to_the_response_with_the_Ombudsman_paragraph()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);
        var id = (await carer.SendAsync(Complaint(), Ct))["id"]!.GetValue<string>();
        var etag = await Assessor().TakeAsync(id, "acknowledgement", new(), "\"v1\"", Ct);
        await Manager().TakeAsync(id, "response", Answer(), etag, Ct);

        var response = await carer.GetAsync($"{MyRoute}/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await ReadJson(response);
        Assert.Equal(("responded", "partlyUpheld"), (item["status"]!.GetValue<string>(), item["outcome"]!.GetValue<string>()));
        Assert.NotNull(item["acknowledgedAt"]);
        Assert.NotNull(item["respondedAt"]);
        Assert.Equal("Call-backs will be logged and checked each week.", item["whatWillChange"]!.GetValue<string>());
        Assert.Contains("https://www.lgo.org.uk", item["ombudsmanAdvice"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(item.ContainsKey("acknowledgedBy"));
        Assert.False(item.ContainsKey("respondedBy"));
        var audit = Assert.Single(await AuditFor(subject), a => a.action == "GetMyFeedback");
        Assert.Equal((id, "success"), (audit.record_id, audit.outcome));
    }

    [Fact]
    public async Task Another_carers_complaint_is_404_and_the_attempt_is_audited()
    {
        var owner = Carer(NewSubject());
        await RegisterAsync(owner);
        var id = (await owner.SendAsync(Complaint(), Ct))["id"]!.GetValue<string>();
        var otherSubject = NewSubject();
        var other = Carer(otherSubject);
        await RegisterAsync(other);

        await AssertProblem(await other.GetAsync($"{MyRoute}/{id}", Ct), HttpStatusCode.NotFound);
        await AssertProblem(await other.GetAsync($"{MyRoute}/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);

        Assert.Equal(["notFound", "notFound"], (await AuditFor(otherSubject)).Where(a => a.action == "GetMyFeedback").Select(a => a.outcome));
    }

    [Fact]
    public async Task Staff_cannot_read_on_the_carers_route()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Assessor().GetAsync($"{MyRoute}/{Guid.NewGuid()}", Ct)).StatusCode);
    }
}
