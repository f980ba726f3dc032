using System.Net;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Retention.RetentionRecords;

namespace Carers.Api.Tests.Retention;

/// <summary>Approving under If-Match; audited with the carer named; once anonymised it cannot be decided again.</summary>
public sealed class ApproveRetentionReviewTests(ApiFixture api) : ApiTest(api)
{
    private Task<(Guid CarerId, System.Text.Json.Nodes.JsonObject Review)> DueAsync() => DueReviewAsync(Api, RegisterAsync(Carer(NewSubject())));

    [Fact]
    public async Task A_dpo_approves_a_due_review_and_it_is_audited()
    {
        var (carerId, review) = await DueAsync();
        var dpo = NewSubject("dpo");

        var response = await DecideAsync(Api.Dpo(dpo), review, "approval");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var approved = await ReadJson(response);
        Assert.Equal(("approved", dpo), (approved["status"]!.GetValue<string>(), approved["decidedBy"]!.GetValue<string>()));
        Assert.Equal(response.Headers.ETag!.ToString(), approved["eTag"]!.GetValue<string>());
        Assert.Equal(1L, await CountAsync($"audit_event WHERE actor_subject = '{dpo}' AND action = 'ApproveRetentionReview' AND carer_id = '{carerId}'"));
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_and_stale_412_and_nothing_changes()
    {
        var (_, review) = await DueAsync();

        await AssertProblem(await DecideAsync(Api.Dpo(), review, "approval", ifMatch: null), HttpStatusCode.PreconditionRequired);
        await AssertProblem(await DecideAsync(Api.Dpo(), review, "approval", ifMatch: "\"v9\""), HttpStatusCode.PreconditionFailed);

        Assert.Equal(1L, await CountAsync("retention_review WHERE status = 'due'"));
    }

    [Fact]
    public async Task An_anonymised_record_cannot_be_approved_again_409_and_an_unknown_review_is_404()
    {
        var (carerId, review) = await DueAsync();
        await DecideAsync(Api.Dpo(), review, "approval");
        await RunAsync(Api.Dpo(), dryRun: false);
        var done = (await ReviewOfAsync(Api.Dpo(), carerId))!;
        Assert.Equal("anonymised", done["status"]!.GetValue<string>());
        Assert.Null(done["carerName"]);

        await AssertProblem(await DecideAsync(Api.Dpo(), done, "approval"), HttpStatusCode.Conflict);
        done["id"] = Guid.NewGuid().ToString();
        await AssertProblem(await DecideAsync(Api.Dpo(), done, "approval"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Other_staff_are_refused()
    {
        var (_, review) = await DueAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(Manager(), review, "approval")).StatusCode);
        Assert.Equal(1L, await CountAsync("retention_review WHERE status = 'due'"));
    }
}
