using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.InformationRequests.InformationRequestsRequests;

namespace Carers.Api.Tests.InformationRequests;

/// <summary>Assessors and managers work the open requests: overdue first, then by due date, a page at a time; closed ones leave the queue.</summary>
public sealed class ListInformationRequestQueueTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Overdue_requests_come_first_then_by_due_date_and_closed_ones_are_not_shown()
    {
        var subject = NewSubject();
        await RegisterAsync(Carer(subject));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await InsertAsync(Api.ConnectionString, subject, today.AddDays(9), "Due later");
        await InsertAsync(Api.ConnectionString, subject, today.AddDays(-3), "Overdue");
        await InsertAsync(Api.ConnectionString, subject, today.AddDays(2), "Due soon");
        var closed = await InsertAsync(Api.ConnectionString, subject, today.AddDays(-9), "Already sent");
        Assert.Equal(HttpStatusCode.OK, (await Manager().SendAsync(Outcome(closed.ToString(), "sent", new() { ["method"] = "post" }, "\"v1\""), Ct)).StatusCode);

        var first = await ReadJson(await Assessor().GetAsync($"{StaffRoute}?limit=2", Ct));
        var second = await ReadJson(await Manager().GetAsync($"{StaffRoute}?limit=2&cursor={Uri.EscapeDataString(first["nextCursor"]!.GetValue<string>())}", Ct));

        var items = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).ToList();
        Assert.Equal(["Overdue", "Due soon", "Due later"], items.Select(i => i!["title"]!.GetValue<string>()));
        Assert.Equal([true, false, false], items.Select(i => i!["overdue"]!.GetValue<bool>()));
        Assert.Equal("\"v1\"", items[0]!["eTag"]!.GetValue<string>());
        Assert.Equal("Amara Testcarer", items[0]!["carerName"]!.GetValue<string>());
        Assert.Null(second["nextCursor"]);
    }

    [Fact]
    public async Task Carers_and_grants_officers_are_refused_the_queue()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).GetAsync(StaffRoute, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs("Staff.GrantsOfficer", "officer-1").GetAsync(StaffRoute, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous().GetAsync(StaffRoute, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_limit_out_of_range_is_400()
    {
        var problem = await AssertProblem(await Assessor().GetAsync($"{StaffRoute}?limit=0", Ct), HttpStatusCode.BadRequest);
        Assert.Equal(["limit"], ErrorKeys(problem));
    }
}
