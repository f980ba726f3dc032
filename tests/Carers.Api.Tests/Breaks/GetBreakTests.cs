using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Breaks;

/// <summary>Staff read one break directly, with its ETag (issue 16): however far down its queue it is.</summary>
public sealed class GetBreakTests(ApiFixture api) : BreakTest(api)
{
    [Fact]
    public async Task Staff_read_a_break_with_its_ETag_and_the_read_is_audited()
    {
        var (_, booked) = await RequestedBreakAsync();
        var id = booked["id"]!.GetValue<string>();
        await CopiesAsync(booked, 120); // far past any first page

        var reader = NewSubject("break-reader");
        foreach (var staff in new[] { Assessor(reader), Manager(NewSubject("break-manager")) })
        {
            var response = await staff.GetAsync($"/api/breaks/{id}", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("\"v1\"", response.Headers.ETag!.ToString());
            var read = await ReadJson(response);
            Assert.Equal(id, read["id"]!.GetValue<string>());
            Assert.Equal("\"v1\"", read["eTag"]!.GetValue<string>());
            Assert.Equal("Bola Testcared", read["caredForName"]!.GetValue<string>());
        }

        var audit = Assert.Single(await AuditDetailFor(reader, "GetBreak"));
        Assert.Equal((id, "success", "casework"), (audit.record_id, audit.outcome, audit.access_reason));
        Assert.Equal(booked["carerId"]!.GetValue<string>(), audit.carer_id.ToString());
    }

    [Fact]
    public async Task The_ETag_follows_the_break_as_it_moves()
    {
        var (_, booked) = await RequestedBreakAsync();
        var id = booked["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await Assessor().SendIfMatchAsync(HttpMethod.Post, $"/api/breaks/{id}/moves", new { to = "approved" }, "\"v1\"", Ct)).StatusCode);
        var response = await Assessor().GetAsync($"/api/breaks/{id}", Ct);
        Assert.Equal("\"v2\"", response.Headers.ETag!.ToString());
        Assert.Equal("approved", (await ReadJson(response))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_break_is_404_and_audited_as_not_found()
    {
        var unknown = Guid.NewGuid().ToString();
        var reader = NewSubject("break-reader");
        await AssertProblem(await Assessor(reader).GetAsync($"/api/breaks/{unknown}", Ct), HttpStatusCode.NotFound);
        var audit = Assert.Single(await AuditDetailFor(reader, "GetBreak"));
        Assert.Equal((unknown, "notFound"), (audit.record_id, audit.outcome));
    }

    [Fact]
    public async Task Only_breaks_staff_read_a_break()
    {
        var (carer, booked) = await RequestedBreakAsync();
        var id = booked["id"]!.GetValue<string>();
        foreach (var client in new[] { carer, Api.ClientAs("Staff.GrantsOfficer", "officer"), Partner("CarersCentral") })
        {
            await AssertProblem(await client.GetAsync($"/api/breaks/{id}", Ct), HttpStatusCode.Forbidden);
        }
    }
}
