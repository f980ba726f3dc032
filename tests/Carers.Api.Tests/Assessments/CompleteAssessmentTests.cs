using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Assessments;

/// <summary>Completing an assessment needs the ETag the assessor read (decision 0028).</summary>
public sealed class CompleteAssessmentTests(ApiFixture api) : AssessmentChangeTest(api)
{
    [Fact]
    public async Task Completing_without_If_Match_is_428_and_writes_nothing()
    {
        var id = await SubmittedAsync();
        await AssertWithoutIfMatchIs428Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Post, "completion", AssessmentJourneyTests.Completion());
    }

    [Fact]
    public async Task Completing_after_it_was_reallocated_is_412_and_writes_nothing()
    {
        var id = await SubmittedAsync();
        await AssertStaleIfMatchIs412Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Post, "completion", AssessmentJourneyTests.Completion(),
            () => Assessor("assessor-2").AllocateAsync(id, new { assessor = "assessor-2" }, Ct));
    }
}
