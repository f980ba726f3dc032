using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Assessments;

/// <summary>Submitting a self-assessment needs the ETag the carer read (decision 0028).</summary>
public sealed class SubmitSelfAssessmentTests(ApiFixture api) : AssessmentChangeTest(api)
{
    [Fact]
    public async Task Submitting_without_If_Match_is_428_and_writes_nothing()
    {
        var (carer, id) = await SelfAssessingAsync();
        await AssertWithoutIfMatchIs428Async(carer, AssessmentCalls.MyRoute(id), HttpMethod.Post, "submission", null);
    }

    [Fact]
    public async Task Submitting_after_answers_were_saved_elsewhere_is_412_and_writes_nothing()
    {
        var (carer, id) = await SelfAssessingAsync();
        await AssertStaleIfMatchIs412Async(carer, AssessmentCalls.MyRoute(id), HttpMethod.Post, "submission", null,
            () => carer.SaveAnswersAsync(id, new { yourHealth = "Saved on my phone" }, Ct));
    }
}
