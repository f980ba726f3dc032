using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Assessments;

/// <summary>Recording a support plan needs the ETag the assessor read; each plan change moves the assessment's ETag on (decision 0028).</summary>
public sealed class RecordSupportPlanTests(ApiFixture api) : AssessmentChangeTest(api)
{
    [Fact]
    public async Task Recording_a_plan_without_If_Match_is_428_and_writes_nothing()
    {
        var id = await CompletedAsync(planned: true);
        await AssertWithoutIfMatchIs428Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Put, "support-plan", AssessmentJourneyTests.Plan(InMonths(9)));
    }

    [Fact]
    public async Task A_second_plan_edit_with_the_ETag_read_before_the_first_is_412_and_keeps_the_first()
    {
        var id = await CompletedAsync(planned: true);
        var colleagues = new
        {
            needs = "A break every week.",
            eligibleNeeds = "A break.",
            actions = new[] { new { need = "A break", howMet = "Day centre on Tuesdays", status = "notStarted" } },
            personalBudgetPence = 50000,
            nextReviewOn = InMonths(8),
        };

        await AssertStaleIfMatchIs412Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Put, "support-plan", AssessmentJourneyTests.Plan(InMonths(9)),
            () => Assessor("assessor-2").RecordPlanAsync(id, colleagues, Ct));
    }

    [Fact]
    public async Task The_first_plan_without_If_Match_is_428_and_no_plan_is_written()
    {
        var id = await CompletedAsync();
        await AssertWithoutIfMatchIs428Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Put, "support-plan", AssessmentJourneyTests.Plan(InMonths(9)));
        Assert.Equal(0, await CountAsync("support_plan"));
    }
}
