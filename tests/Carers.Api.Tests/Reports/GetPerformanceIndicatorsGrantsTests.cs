using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Reports.ReportRecords;

namespace Carers.Api.Tests.Reports;

/// <summary>Grants in 2015/16: applications, awards without cancelled ones, refusals, payments late by working days (bank holidays count), pots against budget.</summary>
public sealed class GetPerformanceIndicatorsGrantsTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Grant_indicators_leave_out_cancelled_grants_and_other_years_and_count_working_days()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var carer = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.GrantAsync(carer, "paid", "2015-05-01T10:00:00Z", approvedOn: "2015-05-11", paidOn: "2015-05-20");
        // Exactly 10 working days (the bank-holiday file starts in 2023, so 2015 counts weekdays): not late.
        await records.GrantAsync(carer, "paid", "2015-12-01T10:00:00Z", approvedOn: "2015-12-21", paidOn: "2016-01-04");
        await records.GrantAsync(carer, "paid", "2015-05-15T10:00:00Z", approvedOn: "2015-06-01", paidOn: "2015-06-30");
        await records.GrantAsync(carer, "approved", "2015-08-01T10:00:00Z", approvedOn: "2015-09-01", pot: "children");
        await records.GrantAsync(carer, "cancelled", "2015-08-02T10:00:00Z", approvedOn: "2015-09-02", cancelledAt: "2015-10-01T10:00:00Z");
        await records.GrantAsync(carer, "declined", "2015-06-02T10:00:00Z", decidedAt: "2015-07-01T10:00:00Z");
        await records.GrantAsync(carer, "paid", "2015-03-01T10:00:00Z", approvedOn: "2015-03-20", paidOn: "2015-03-25", year: 2014);
        await records.GrantAsync(carer, "submitted", "2016-03-31T23:30:00Z", year: 2016);
        await records.PotAsync(2015, "adults", 1_000_000, 400_000, 250_000);
        await records.PotAsync(2015, "children", 250_000, 50_000, 0);
        await records.PotAsync(2014, "adults", 900_000, 900_000, 900_000);

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal(6m, Value(set, "grantApplications"));
        Assert.Equal(4m, Value(set, "grantsAwarded"));
        Assert.Equal([3m, 1m], new[] { "adults", "children" }.Select(k => Part(set, "grantsAwarded", k)));
        Assert.Equal(1m, Value(set, "grantsDeclined"));
        Assert.Equal(1m, Value(set, "grantsCancelled"));
        Assert.Equal(3m, Value(set, "grantsPaid"));
        Assert.Equal((1m, 3m), Fraction(set, "grantsPaidLate"));
        Assert.Equal(33.3m, Value(set, "grantsPaidLate"));
        Assert.Equal(2500m, Value(set, "grantSpend"));
        Assert.Equal(4500m, Value(set, "grantCommitment"));
        Assert.Equal(12500m, Value(set, "grantBudget"));
        Assert.Equal([10000m, 2500m], new[] { "adults", "children" }.Select(k => Part(set, "grantBudget", k)));
        Assert.Equal((2500m, 12500m), Fraction(set, "grantSpendAgainstBudget"));
        Assert.Equal(20.0m, Value(set, "grantSpendAgainstBudget"));
        Assert.Equal([25.0m, 0.0m], new[] { "adults", "children" }.Select(k => Part(set, "grantSpendAgainstBudget", k)));
    }

    [Fact]
    public async Task Bank_holidays_are_not_working_days_when_judging_a_late_payment()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var carer = await records.CarerAsync("2023-05-01T10:00:00Z");
        // 9 working days without Christmas Day, Boxing Day and New Year's Day; 12 weekdays.
        await records.GrantAsync(carer, "paid", "2023-12-01T10:00:00Z", approvedOn: "2023-12-22", paidOn: "2024-01-09", year: 2023);
        await records.GrantAsync(carer, "paid", "2023-05-01T10:00:00Z", approvedOn: "2023-06-01", paidOn: "2023-06-30", year: 2023);

        var set = await ReadAsync(Manager(), 2023);

        Assert.Equal((1m, 2m), Fraction(set, "grantsPaidLate"));
    }
}
