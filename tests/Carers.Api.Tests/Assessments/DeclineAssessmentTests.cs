using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Assessments;

/// <summary>Declining an assessment needs the ETag the carer read (decision 0028).</summary>
public sealed class DeclineAssessmentTests(ApiFixture api) : AssessmentChangeTest(api)
{
    [Fact]
    public async Task Declining_without_If_Match_is_428_and_writes_nothing()
    {
        var (carer, id) = await RequestedAsync();
        await AssertWithoutIfMatchIs428Async(carer, AssessmentCalls.MyRoute(id), HttpMethod.Post, "decline", new { reason = "Not now." });
    }

    [Fact]
    public async Task Declining_after_the_assessor_offered_it_is_412_and_writes_nothing()
    {
        var (carer, id) = await RequestedAsync();
        await AssertStaleIfMatchIs412Async(carer, AssessmentCalls.MyRoute(id), HttpMethod.Post, "decline", new { reason = "Not now." },
            () => Assessor().MoveAsync(id, new { to = "offered" }, Ct));
    }
}
