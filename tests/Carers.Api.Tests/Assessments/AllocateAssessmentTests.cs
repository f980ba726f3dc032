using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Assessments;

/// <summary>Allocating an assessment needs the ETag the assessor read (decision 0028).</summary>
public sealed class AllocateAssessmentTests(ApiFixture api) : AssessmentChangeTest(api)
{
    [Fact]
    public async Task Allocating_without_If_Match_is_428_and_writes_nothing()
    {
        var (_, id) = await RequestedAsync();
        await AssertWithoutIfMatchIs428Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Post, "allocation", new { });
    }

    [Fact]
    public async Task Allocating_after_a_colleague_took_it_is_412_and_writes_nothing()
    {
        var (_, id) = await RequestedAsync();
        await AssertStaleIfMatchIs412Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Post, "allocation", new { },
            () => Assessor("assessor-2").AllocateAsync(id, new { }, Ct));
    }
}
