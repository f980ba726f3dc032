using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Assessments;

/// <summary>Moving an assessment needs the ETag the assessor read (decision 0028).</summary>
public sealed class MoveAssessmentTests(ApiFixture api) : AssessmentChangeTest(api)
{
    [Fact]
    public async Task Moving_without_If_Match_is_428_and_writes_nothing()
    {
        var (_, id) = await RequestedAsync();
        await AssertWithoutIfMatchIs428Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Post, "moves", new { to = "offered" });
    }

    [Fact]
    public async Task Moving_after_a_colleague_allocated_it_is_412_and_writes_nothing()
    {
        var (_, id) = await RequestedAsync();
        await AssertStaleIfMatchIs412Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Post, "moves", new { to = "offered" },
            () => Assessor("assessor-2").AllocateAsync(id, new { }, Ct));
    }
}
