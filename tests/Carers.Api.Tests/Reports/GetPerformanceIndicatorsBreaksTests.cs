using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Reports.ReportRecords;

namespace Carers.Api.Tests.Reports;

/// <summary>Breaks in 2015/16: days within the year for day-measured types, hours for sitting, carers benefiting, the share of carers with a plan, emergencies.</summary>
public sealed class GetPerformanceIndicatorsBreaksTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Break_indicators_count_provided_breaks_and_the_days_inside_the_year()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var planned = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.SupportPlanAsync(await records.AssessmentAsync(planned, "2014-06-01T10:00:00Z", "2014-06-20T10:00:00Z"), planned, "2016-06-01", "2014-06-20T10:00:00Z");
        await records.BreakAsync(planned, "shortBreak", "2015-06-01", "2015-06-03");
        await records.BreakAsync(planned, "residentialRespite", "2016-03-30", "2016-04-02", status: "confirmed");

        var sitting = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.BreakAsync(sitting, "sittingService", "2015-07-01", "2015-07-01", sittingMinutes: 90);
        await records.BreakAsync(sitting, "sittingService", "2015-07-08", "2015-07-08", sittingMinutes: 60);

        var other = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.BreakAsync(other, "shortBreak", "2015-08-01", "2015-08-02", status: "cancelled");
        await records.BreakAsync(other, "shortBreak", "2015-09-01", "2015-09-01", status: "requested", emergency: true);
        await records.BreakAsync(other, "shortBreak", "2015-09-05", "2015-09-05", status: "declined", emergency: true);

        var plannedNoBreak = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.SupportPlanAsync(await records.AssessmentAsync(plannedNoBreak, "2014-12-01T10:00:00Z", "2015-01-01T10:00:00Z"), plannedNoBreak, "2016-01-01", "2015-01-01T10:00:00Z");

        var plannedLater = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.SupportPlanAsync(await records.AssessmentAsync(plannedLater, "2016-04-01T10:00:00Z", "2016-05-01T10:00:00Z"), plannedLater, "2017-01-01", "2016-05-01T10:00:00Z");
        await records.BreakAsync(plannedLater, "dayOpportunities", "2015-10-01", "2015-10-01");
        await records.BreakAsync(plannedLater, "dayOpportunities", "2015-03-01", "2015-03-02");

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal(6m, Value(set, "breakDaysProvided"));
        Assert.Equal([3m, 2m, 0m, 1m], new[] { "shortBreak", "residentialRespite", "sharedLives", "dayOpportunities" }.Select(k => Part(set, "breakDaysProvided", k)));
        Assert.Equal(2.5m, Value(set, "sittingHoursProvided"));
        Assert.Equal(3m, Value(set, "carersBenefitingFromBreaks"));
        Assert.Equal((1m, 2m), Fraction(set, "carersWithPlanHavingBreaks"));
        Assert.Equal(50.0m, Value(set, "carersWithPlanHavingBreaks"));
        Assert.Equal(1m, Value(set, "emergencyBreaks"));
    }
}
