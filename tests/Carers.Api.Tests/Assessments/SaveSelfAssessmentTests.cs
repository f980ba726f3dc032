using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Assessments;

/// <summary>Saving answers needs the ETag the carer read, through the shared If-Match filter (decision 0028).</summary>
public sealed class SaveSelfAssessmentTests(ApiFixture api) : AssessmentChangeTest(api)
{
    [Fact]
    public async Task Saving_without_If_Match_is_428_and_writes_nothing()
    {
        var (carer, id) = await SelfAssessingAsync();
        await AssertWithoutIfMatchIs428Async(carer, AssessmentCalls.MyRoute(id), HttpMethod.Put, "answers", new { yourHealth = "Tired" });
    }

    [Fact]
    public async Task Saving_after_an_assessor_allocated_it_is_412_and_writes_nothing()
    {
        var (carer, id) = await SelfAssessingAsync();
        await AssertStaleIfMatchIs412Async(carer, AssessmentCalls.MyRoute(id), HttpMethod.Put, "answers", new { yourHealth = "Tired" },
            () => Assessor().AllocateAsync(id, new { }, Ct));
    }
}
