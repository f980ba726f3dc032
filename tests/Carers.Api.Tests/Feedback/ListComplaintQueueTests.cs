using System.Net;
using Carers.Api.Domain;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Feedback.FeedbackRequests;

namespace Carers.Api.Tests.Feedback;

/// <summary>Assessors and managers work the complaints queue: waiting for acknowledgement first (overdue, at risk, due), then acknowledged; compliments and answered complaints are not in it.</summary>
public sealed class ListComplaintQueueTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Overdue_and_at_risk_acknowledgements_come_first_then_acknowledged_complaints_a_page_at_a_time()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var nextWorkingDay = WorkingDays.EnglandAndWales().Add(today, 1);
        await InsertComplaintAsync(Api.ConnectionString, subject, today.AddDays(-3), today.AddDays(20), "acknowledged", "Acknowledged");
        await InsertComplaintAsync(Api.ConnectionString, subject, today.AddDays(-1), nextWorkingDay.AddDays(7), text: "Due");
        await InsertComplaintAsync(Api.ConnectionString, subject, today.AddDays(-9), today.AddDays(-1), text: "Overdue");
        await InsertComplaintAsync(Api.ConnectionString, subject, today.AddDays(-4), nextWorkingDay, text: "At risk");
        await carer.SendAsync(Complaint("compliment", text: "A compliment"), Ct);

        var first = await ReadJson(await Assessor().GetAsync($"{QueueRoute}?limit=3", Ct));
        var second = await ReadJson(await Manager().GetAsync($"{QueueRoute}?limit=3&cursor={Uri.EscapeDataString(first["nextCursor"]!.GetValue<string>())}", Ct));

        var items = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).ToList();
        Assert.Equal(["Overdue", "At risk", "Due", "Acknowledged"], items.Select(i => i!["complaint"]!["text"]!.GetValue<string>()));
        Assert.Equal(["overdue", "atRisk", "due", "acknowledged"], items.Select(i => i!["acknowledgement"]!.GetValue<string>()));
        Assert.Equal("\"v1\"", items[0]!["eTag"]!.GetValue<string>());
        Assert.Null(second["nextCursor"]);
    }

    [Fact]
    public async Task A_status_filter_shows_only_that_step()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var answered = (await carer.SendAsync(Complaint(text: "Answered"), Ct))["id"]!.GetValue<string>();
        await carer.SendAsync(Complaint(text: "Waiting"), Ct);
        var etag = await Assessor().TakeAsync(answered, "acknowledgement", new(), "\"v1\"", Ct);
        await Assessor().TakeAsync(answered, "response", Answer("notUpheld", null), etag, Ct);

        var respondedResponse = await Assessor().GetAsync($"{QueueRoute}?status=responded", Ct);
        Assert.True(respondedResponse.IsSuccessStatusCode, await respondedResponse.Content.ReadAsStringAsync(Ct));
        var responded = await ReadJson(respondedResponse);
        var open = await ReadJson(await Assessor().GetAsync(QueueRoute, Ct));

        Assert.Equal("Answered", Assert.Single(responded["items"]!.AsArray())!["complaint"]!["text"]!.GetValue<string>());
        Assert.Equal("Waiting", Assert.Single(open["items"]!.AsArray())!["complaint"]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("status=recorded", "status")]
    [InlineData("status=lost", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("cursor=nope", "cursor")]
    public async Task Bad_filters_are_400(string query, string field)
    {
        var problem = await AssertProblem(await Assessor().GetAsync($"{QueueRoute}?{query}", Ct), HttpStatusCode.BadRequest);
        Assert.Contains(field, ErrorKeys(problem));
    }

    [Fact]
    public async Task Carers_and_grants_officers_are_refused_the_queue()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).GetAsync(QueueRoute, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("Staff.GrantsOfficer", "officer-1").GetAsync(QueueRoute, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync(QueueRoute, Ct)).StatusCode);
    }
}
