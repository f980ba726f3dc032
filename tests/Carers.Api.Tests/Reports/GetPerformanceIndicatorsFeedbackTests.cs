using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Reports.ReportRecords;

namespace Carers.Api.Tests.Reports;

/// <summary>Survey, complaints, compliments, information requests and partner activity in 2015/16.</summary>
public sealed class GetPerformanceIndicatorsFeedbackTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Quality_of_life_satisfaction_complaints_compliments_and_information_requests_count_the_year_only()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var carer = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.SqlAsync("""
            INSERT INTO survey_year (financial_year, status, closes_on, opened_by, closed_by, closed_at) VALUES
                (2015, 'closed', '2016-03-01', 'manager-1', 'manager-1', '2016-03-02T10:00:00Z'),
                (2014, 'closed', '2015-03-01', 'manager-1', 'manager-1', '2015-03-02T10:00:00Z');
            INSERT INTO survey_response (financial_year, occupation, control, self_care, safety, social_participation, encouragement, satisfaction, age_band) VALUES
                (2015, 2, 2, 2, 2, 2, 2, 'extremelySatisfied', 'from26To64'),
                (2015, 1, 1, 1, 1, 1, 1, 'quiteSatisfied', 'from26To64'),
                (2015, 0, 0, 0, 0, 0, 0, 'notReceivedSupport', 'from65'),
                (2015, 2, 2, 2, 1, 1, 1, 'verySatisfied', 'from18To25'),
                (2014, 2, 2, 2, 2, 2, 2, 'extremelySatisfied', 'from26To64');
            INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status,
                                  acknowledge_by, acknowledged_at, acknowledged_by, response_due_on) VALUES
                (@Carer, 'complaint', 'grant', 'Late', 'phone', '2015-06-01T10:00:00Z', '2015-06-01', 'a', 'acknowledged', '2015-06-04', '2015-06-03T10:00:00Z', 'a', '2015-07-01'),
                (@Carer, 'complaint', 'grant', 'Late', 'phone', '2015-07-01T10:00:00Z', '2015-07-01', 'a', 'acknowledged', '2015-07-06', '2015-07-08T10:00:00Z', 'a', '2015-08-01'),
                (@Carer, 'complaint', 'grant', 'Late', 'phone', '2015-08-03T10:00:00Z', '2015-08-03', 'a', 'received', '2015-08-06', NULL, NULL, '2015-09-01'),
                (@Carer, 'complaint', 'grant', 'Late', 'phone', '2015-03-02T10:00:00Z', '2015-03-02', 'a', 'received', '2015-03-05', NULL, NULL, '2015-04-01');
            INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status) VALUES
                (@Carer, 'compliment', 'staff', 'Kind', 'letter', '2015-09-01T10:00:00Z', '2015-09-01', 'a', 'recorded'),
                (@Carer, 'compliment', 'staff', 'Kind', 'letter', '2016-04-02T10:00:00Z', '2016-04-02', 'a', 'recorded');
            INSERT INTO information_request (carer_id, subject, title, format, language, requested_on, due_on) VALUES
                (@Carer, 'leaflet', 'Leaflet', 'largePrint', NULL, '2015-05-01', '2015-05-15'),
                (@Carer, 'leaflet', 'Leaflet', 'anotherLanguage', 'ur', '2015-06-01', '2015-06-15'),
                (@Carer, 'leaflet', 'Leaflet', 'anotherLanguage', 'ur', '2015-07-01', '2015-07-15'),
                (@Carer, 'leaflet', 'Leaflet', 'anotherLanguage', 'pl', '2015-07-01', '2015-07-15'),
                (@Carer, 'leaflet', 'Leaflet', 'easyRead', NULL, '2016-04-01', '2016-04-15');
            """, new { Carer = carer });

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal((27m, 4m), Fraction(set, "qualityOfLife"));
        Assert.Equal(6.8m, Value(set, "qualityOfLife"));
        Assert.Equal((2m, 3m), Fraction(set, "satisfiedWithSupport"));
        Assert.Equal(3m, Value(set, "complaints"));
        Assert.Equal((1m, 3m), Fraction(set, "complaintsAcknowledgedInTime"));
        Assert.Equal(1m, Value(set, "compliments"));
        Assert.Equal(4m, Value(set, "informationRequestsByFormat"));
        Assert.Equal([1m, 0m, 3m], new[] { "largePrint", "easyRead", "anotherLanguage" }.Select(k => Part(set, "informationRequestsByFormat", k)));
        Assert.Equal(3m, Value(set, "informationRequestsByLanguage"));
        Assert.Equal(["pl", "ur"], Indicator(set, "informationRequestsByLanguage")["parts"]!.AsArray().Select(p => p!["key"]!.GetValue<string>()));
        Assert.Equal(2m, Part(set, "informationRequestsByLanguage", "ur"));
    }

    [Fact]
    public async Task Partner_support_is_counted_by_partner_and_type_with_benefit_advice_referrals_from_both()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var carer = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.PartnerSupportAsync(carer, "CarersCentral", "advice", "2015-05-01");
        await records.PartnerSupportAsync(carer, "CarersCentral", "advice", "2015-06-01");
        await records.PartnerSupportAsync(carer, "CarersCentral", "benefitAdvice", "2015-07-01");
        await records.PartnerSupportAsync(carer, "CarersCentral", "helplineCall", "2016-04-01");
        await records.PartnerSupportAsync(carer, "Chums", "schoolVisit", "2015-05-01");
        await records.PartnerSupportAsync(carer, "Chums", "benefitAdvice", "2015-06-01");
        await records.PartnerSupportAsync(carer, "Chums", "trip", "2015-03-31");

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal(3m, Value(set, "carersCentralSupport"));
        Assert.Equal([2m, 1m, 0m], new[] { "advice", "benefitAdvice", "helplineCall" }.Select(k => Part(set, "carersCentralSupport", k)));
        Assert.Equal(2m, Value(set, "chumsSupport"));
        Assert.Equal(2m, Value(set, "benefitAdviceReferrals"));
    }
}
