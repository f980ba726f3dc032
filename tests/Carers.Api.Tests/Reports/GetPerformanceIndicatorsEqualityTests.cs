using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Reports.ReportRecords;

namespace Carers.Api.Tests.Reports;

/// <summary>Take-up in 2015/16 by ethnic group relative to Luton's population (the configured 2021 Census shares).</summary>
public sealed class GetPerformanceIndicatorsEqualityTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Take_up_ratios_divide_each_group_share_of_people_supported_by_its_population_share()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var assessed = await records.CarerAsync("2014-05-01T10:00:00Z", ethnicity: "asianPakistani");
        await records.AssessmentAsync(assessed, "2015-05-01T10:00:00Z", "2015-06-01T10:00:00Z");
        var granted = await records.CarerAsync("2014-05-01T10:00:00Z", ethnicity: "asianPakistani");
        await records.GrantAsync(granted, "approved", "2015-06-01T10:00:00Z", approvedOn: "2015-07-01");
        var hadBreak = await records.CarerAsync("2014-05-01T10:00:00Z", ethnicity: "whiteBritish");
        await records.BreakAsync(hadBreak, "shortBreak", "2015-08-01", "2015-08-01");
        var alsoAssessed = await records.CarerAsync("2014-05-01T10:00:00Z", ethnicity: "whiteBritish");
        await records.AssessmentAsync(alsoAssessed, "2015-05-01T10:00:00Z", "2015-06-01T10:00:00Z");
        var notSaid = await records.CarerAsync("2014-05-01T10:00:00Z", ethnicity: "preferNotToSay");
        await records.AssessmentAsync(notSaid, "2015-05-01T10:00:00Z", "2015-06-01T10:00:00Z");
        var blank = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.AssessmentAsync(blank, "2015-05-01T10:00:00Z", "2015-06-01T10:00:00Z");
        var cancelled = await records.CarerAsync("2014-05-01T10:00:00Z", ethnicity: "asianIndian");
        await records.GrantAsync(cancelled, "cancelled", "2015-06-01T10:00:00Z", approvedOn: "2015-07-01", cancelledAt: "2015-08-01T10:00:00Z");
        var lastYear = await records.CarerAsync("2014-05-01T10:00:00Z", ethnicity: "blackAfrican");
        await records.AssessmentAsync(lastYear, "2014-05-01T10:00:00Z", "2014-06-01T10:00:00Z");

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal((4m, 6m), Fraction(set, "supportedEthnicityRecorded"));
        Assert.Equal(66.7m, Value(set, "supportedEthnicityRecorded"));
        // Half of those supported are from an ethnic minority, against 68.2% of Luton's people.
        Assert.Equal((2m, 4m), Fraction(set, "ethnicMinorityTakeUp"));
        Assert.Equal(0.73m, Value(set, "ethnicMinorityTakeUp"));
        Assert.Equal(2.16m, Part(set, "ethnicMinorityTakeUp", "asianPakistani"));
        Assert.Equal(1.57m, Part(set, "ethnicMinorityTakeUp", "whiteBritish"));
        Assert.Equal(0m, Part(set, "ethnicMinorityTakeUp", "asianIndian"));
        Assert.Equal(0m, Part(set, "ethnicMinorityTakeUp", "blackAfrican"));
        Assert.Equal(19, Indicator(set, "ethnicMinorityTakeUp")["parts"]!.AsArray().Count);
    }
}
