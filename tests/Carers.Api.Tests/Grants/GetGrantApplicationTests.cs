using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Grants;

/// <summary>A grants officer reads one application directly, with its ETag (issue 16).</summary>
public sealed class GetGrantApplicationTests(ApiFixture api) : GrantTest(api)
{
    [Fact]
    public async Task An_officer_reads_an_application_with_its_ETag_and_the_read_is_audited()
    {
        var ids = await SubmittedAsync(120);
        var last = ids[^1]; // past the first pages of the queue

        var reader = NewSubject("grant-reader");
        var response = await Officer(reader).GetAsync($"/api/grant-applications/{last}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v1\"", response.Headers.ETag!.ToString());
        var grant = await ReadJson(response);
        Assert.Equal((last, "submitted", "\"v1\""), (grant["id"]!.GetValue<string>(), grant["status"]!.GetValue<string>(), grant["eTag"]!.GetValue<string>()));
        var audit = Assert.Single(await AuditDetailFor(reader, "GetGrantApplication"));
        Assert.Equal((last, "success", "casework"), (audit.record_id, audit.outcome, audit.access_reason));
        Assert.Equal(grant["carerId"]!.GetValue<string>(), audit.carer_id.ToString());
    }

    [Fact]
    public async Task The_ETag_moves_on_with_each_decision()
    {
        await SetBudgetAsync();
        var id = (await SubmittedAsync(1))[0];
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(id, "approval", new { }, "\"v1\"")).StatusCode);
        Assert.Equal("\"v2\"", (await Officer().GetAsync($"/api/grant-applications/{id}", Ct)).Headers.ETag!.ToString());
    }

    [Fact]
    public async Task An_unknown_application_is_404_and_audited_as_not_found()
    {
        var unknown = Guid.NewGuid().ToString();
        var reader = NewSubject("grant-reader");
        await AssertProblem(await Officer(reader).GetAsync($"/api/grant-applications/{unknown}", Ct), HttpStatusCode.NotFound);
        var audit = Assert.Single(await AuditDetailFor(reader, "GetGrantApplication"));
        Assert.Equal((unknown, "notFound"), (audit.record_id, audit.outcome));
    }

    [Fact]
    public async Task Only_grants_officers_read_an_application()
    {
        var id = (await SubmittedAsync(1))[0];
        foreach (var client in new[] { Assessor(), Manager(), Carer(NewSubject()), Partner("CarersCentral") })
        {
            await AssertProblem(await client.GetAsync($"/api/grant-applications/{id}", Ct), HttpStatusCode.Forbidden);
        }
    }
}
