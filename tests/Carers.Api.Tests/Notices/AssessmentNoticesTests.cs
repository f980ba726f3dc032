using System.Net;
using Carers.Api.Tests.Assessments;
using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Assessments.AssessmentCalls;

namespace Carers.Api.Tests.Notices;

/// <summary>Each step of an assessment the carer needs to know of makes one notice, in the step's own transaction (SPEC §9).</summary>
public sealed class AssessmentNoticesTests(ApiFixture api) : AssessmentChangeTest(api)
{
    [Fact]
    public async Task Offering_and_scheduling_an_assessment_each_tell_the_carer_once_with_the_date()
    {
        var (carer, id) = await RequestedAsync();
        var assessor = Assessor();
        Assert.Equal(HttpStatusCode.OK, (await assessor.AllocateAsync(id, new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await assessor.MoveAsync(id, new { to = "offered" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await assessor.MoveAsync(id, new { to = "scheduled", scheduledFor = "2027-03-14" }, Ct)).StatusCode);

        var offered = Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "assessmentOffered"));
        var scheduled = Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "assessmentScheduled"));
        Assert.Equal($"assessment:{id}", offered.source_key);
        Assert.Equal("Your carer's assessment is booked for 14 March 2027", scheduled.subject);
        Assert.Equal(offered.carer_id, scheduled.carer_id);
        _ = carer;
    }

    [Fact]
    public async Task A_decision_tells_the_carer_with_its_reasons_and_a_support_plan_is_told_of_once_however_often_it_is_changed()
    {
        var id = await CompletedAsync(planned: true);
        Assert.Equal(HttpStatusCode.OK, (await Assessor().RecordPlanAsync(id, AssessmentJourneyTests.Plan(InMonths(7)), Ct)).StatusCode);

        var decided = Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "assessmentDecided"));
        Assert.Contains("You care for your mother day and night and have had no break.", decided.body, StringComparison.Ordinal);
        Assert.Single(await NoticeRows.OfKindAsync(Api.ConnectionString, "supportPlanReady"));
    }
}
