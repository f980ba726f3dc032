using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Reports.ReportRecords;

namespace Carers.Api.Tests.Reports;

/// <summary>Assessments in 2015/16: the "690 of 1,260" rate without young carers or duplicates, requests, offers, refusals, completions, target, reviews.</summary>
public sealed class GetPerformanceIndicatorsAssessmentsTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Assessment_indicators_count_what_happened_in_the_year_only()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var assessed = await records.CarerAsync("2015-05-01T10:00:00Z");
        var a1 = await records.AssessmentAsync(assessed, "2015-05-02T10:00:00Z", "2015-05-20T10:00:00Z",
            answers: """{"workEducationTrainingLeisure": "Works part time at the hospital"}""");
        await records.EventAsync(a1, "offered", "2015-05-03T10:00:00Z");
        await records.EventAsync(a1, "offered", "2015-05-04T10:00:00Z");
        await records.EventAsync(a1, "reviewed", "2015-11-01T10:00:00Z");
        await records.SupportPlanAsync(a1, assessed, "2016-02-01", "2015-05-20T10:00:00Z");

        var assessedNextYear = await records.CarerAsync("2015-06-01T10:00:00Z");
        var a2 = await records.AssessmentAsync(assessedNextYear, "2016-01-10T10:00:00Z", "2016-04-10T10:00:00Z");
        await records.EventAsync(a2, "offered", "2015-03-01T10:00:00Z");

        var survivor = await records.CarerAsync("2015-07-01T10:00:00Z");
        var duplicate = await records.CarerAsync("2015-07-02T10:00:00Z", mergedInto: survivor);
        await records.AssessmentAsync(duplicate, "2015-07-15T10:00:00Z", "2015-09-01T10:00:00Z");

        var youngCarer = await records.CarerAsync("2015-06-01T10:00:00Z", dateOfBirth: "2005-01-01");
        var a4 = await records.AssessmentAsync(youngCarer, "2015-06-10T10:00:00Z", "2015-07-01T10:00:00Z", kind: "youngCarer");
        await records.SupportPlanAsync(a4, youngCarer, "2016-06-01", "2015-07-01T10:00:00Z");

        var earlier = await records.CarerAsync("2014-05-01T10:00:00Z");
        var a5 = await records.AssessmentAsync(earlier, "2015-04-20T10:00:00Z", "2015-05-01T10:00:00Z");
        await records.SupportPlanAsync(a5, earlier, "2015-10-01", "2015-05-01T10:00:00Z");
        var a6 = await records.AssessmentAsync(earlier, "2015-08-01T10:00:00Z");
        await records.EventAsync(a6, "declined", "2015-08-05T10:00:00Z");

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal((2m, 3m), Fraction(set, "adultCarersAssessed"));
        Assert.Equal(66.7m, Value(set, "adultCarersAssessed"));
        Assert.Equal(6m, Value(set, "assessmentsRequested"));
        Assert.Equal(1m, Value(set, "assessmentsOffered"));
        Assert.Equal(1m, Value(set, "assessmentsDeclined"));
        Assert.Equal(4m, Value(set, "assessmentsCompleted"));
        Assert.Equal((3m, 4m), Fraction(set, "assessmentsCompletedWithinTarget"));
        Assert.Equal(75.0m, Value(set, "assessmentsCompletedWithinTarget"));
        Assert.Equal((1m, 4m), Fraction(set, "assessmentsCoveringWork"));
        Assert.Equal(1m, Value(set, "reviewsDone"));
        Assert.Equal(2m, Value(set, "reviewsDue"));
        Assert.Equal(2m, Value(set, "reviewsOverdue"));
    }
}
