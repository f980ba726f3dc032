using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Retention.RetentionRecords;

namespace Carers.Api.Tests.Retention;

/// <summary>Rejecting needs a reason and If-Match; a rejected record is left alone by runs until approved.</summary>
public sealed class RejectRetentionReviewTests(ApiFixture api) : ApiTest(api)
{
    private Task<(Guid CarerId, System.Text.Json.Nodes.JsonObject Review)> DueAsync() => DueReviewAsync(Api, RegisterAsync(Carer(NewSubject())));

    [Fact]
    public async Task A_rejected_record_keeps_its_reason_and_a_run_leaves_it_alone()
    {
        var (carerId, review) = await DueAsync();

        var response = await DecideAsync(Api.Dpo(), review, "rejection", new { reason = "  Legal hold: a claim is open  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rejected = await ReadJson(response);
        Assert.Equal(("rejected", "Legal hold: a claim is open"), (rejected["status"]!.GetValue<string>(), rejected["rejectionReason"]!.GetValue<string>()));
        var run = await RunAsync(Api.Dpo(), dryRun: false);
        Assert.Equal(0, run["anonymised"]!.GetValue<int>());
        Assert.Equal(0L, await CountAsync($"carer WHERE id = '{carerId}' AND anonymised_at IS NOT NULL"));
        Assert.Equal(1L, await CountAsync($"audit_event WHERE action = 'RejectRetentionReview' AND carer_id = '{carerId}'"));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"reason":"   "}""")]
    [InlineData("""{"reason":"<script>"}""")]
    public async Task A_missing_or_bad_reason_is_400_and_nothing_changes(string body)
    {
        var (_, review) = await DueAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Reviews}/{review["id"]!.GetValue<string>()}/rejection") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("If-Match", review["eTag"]!.GetValue<string>());

        var problem = await AssertProblem(await Api.Dpo().SendAsync(request, Ct), HttpStatusCode.BadRequest);

        Assert.Equal(["reason"], ErrorKeys(problem));
        Assert.Equal(1L, await CountAsync("retention_review WHERE status = 'due'"));
    }

    [Fact]
    public async Task Without_If_Match_it_is_428()
    {
        var (_, review) = await DueAsync();
        await AssertProblem(await DecideAsync(Api.Dpo(), review, "rejection", new { reason = "Hold" }, ifMatch: null), HttpStatusCode.PreconditionRequired);
    }
}
