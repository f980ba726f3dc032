using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Reports.ReportRecords;

namespace Carers.Api.Tests.Reports;

/// <summary>Identification in 2015/16: first identification date in the year (UK time), by source and category; carers on record at year end; GP counts.</summary>
public sealed class GetPerformanceIndicatorsIdentificationTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Carers_identified_in_the_year_by_source_and_category_leave_out_duplicates_and_other_years()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var kept = await records.CarerAsync("2015-05-01T10:00:00Z", "staff");
        await records.CarerAsync("2015-03-31T23:30:00Z", "gpFlag"); // 00:30 on 1 April in London
        await records.CarerAsync("2016-03-31T23:30:00Z", "staff"); // 00:30 on 1 April 2016 in London: next year
        var before = await records.CarerAsync("2015-03-31T12:00:00Z", "staff");
        await records.CarerAsync("2015-06-01T10:00:00Z", "staff", mergedInto: kept);
        await records.CarerAsync("2015-06-01T10:00:00Z", "selfRegistration", dateOfBirth: "2005-01-01");
        var chums = await records.CarerAsync("2015-07-01T10:00:00Z", "partnerReferral", dateOfBirth: "1995-01-01");
        var central = await records.CarerAsync("2015-07-01T10:00:00Z", "partnerReferral");
        await records.SqlAsync("""
            INSERT INTO partner_referral (carer_id, partner, referred_by, matched_by, referred_at)
            VALUES (@Chums, 'Chums', 'chums', 'new', '2015-07-01T10:00:00Z'), (@Central, 'CarersCentral', 'central', 'new', '2015-07-01T10:00:00Z'),
                   (@Central, 'Chums', 'chums', 'probable', '2015-08-01T10:00:00Z')
            """, new { Chums = chums, Central = central });

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal(5m, Value(set, "carersIdentified"));
        Assert.Equal([1m, 1m, 1m, 1m, 1m, 0m],
            new[] { "self", "staff", "carersCentral", "chums", "gpFlag", "imported" }.Select(k => Part(set, "carersIdentified", k)));
        Assert.Equal(5m, Value(set, "carersIdentifiedByCategory"));
        Assert.Equal([1m, 1m, 3m], new[] { "youngCarer", "youngAdultCarer", "adultCarer" }.Select(k => Part(set, "carersIdentifiedByCategory", k)));
        Assert.Equal(1m, Value(await ReadAsync(Manager(), 2014), "carersIdentified"));
        Assert.NotEqual(Guid.Empty, before);
    }

    [Fact]
    public async Task Carers_on_record_at_year_end_leave_out_ex_carers_closed_records_duplicates_and_later_carers()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var open = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.RelationshipAsync(open);
        var endsLater = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.RelationshipAsync(endsLater, endedOn: "2016-06-01");
        await records.CarerAsync("2015-09-01T10:00:00Z"); // no relationship yet: still a carer on the record
        var exCarer = await records.CarerAsync("2014-05-01T10:00:00Z");
        await records.RelationshipAsync(exCarer, endedOn: "2016-01-01");
        await records.CarerAsync("2014-05-01T10:00:00Z", closedAt: "2016-02-01T10:00:00Z");
        await records.CarerAsync("2014-05-01T10:00:00Z", closedAt: "2016-05-01T10:00:00Z"); // closed after the year end: counts
        await records.CarerAsync("2014-05-01T10:00:00Z", mergedInto: open);
        await records.CarerAsync("2016-04-02T10:00:00Z");

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal(4m, Value(set, "carersOnRecordAtYearEnd"));
    }

    [Fact]
    public async Task Gp_identified_people_awaiting_contact_and_anonymous_flags_are_counted_once_each()
    {
        var records = new ReportRecords(Api.ConnectionString);
        await records.SqlAsync("""
            INSERT INTO gp_identified_person (nhs_number, ods_code, is_carer, latest_flag_on, status, first_flagged_at) VALUES
                ('9000000001', 'A81001', true, '2015-05-01', 'awaitingContact', '2015-05-01T10:00:00Z'),
                ('9000000002', 'A81001', true, '2015-05-01', 'contacted', '2015-05-01T10:00:00Z'),
                ('9000000003', 'A81001', true, '2016-05-01', 'awaitingContact', '2016-05-01T10:00:00Z'),
                ('9000000004', 'A81001', false, '2015-05-01', 'awaitingContact', '2015-05-01T10:00:00Z');
            INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, snomed_code, is_carer, status, recorded_on, consent_to_contact, source) VALUES
                ('A81001', '\x01', NULL, '224484003', true, 'active', '2015-06-01', false, 'csv'),
                ('A81001', '\x01', NULL, '408411002', true, 'active', '2015-06-02', false, 'csv'),
                ('A81001', '\x02', NULL, '224484003', true, 'active', '2015-07-01', false, 'csv'),
                ('A81001', '\x03', '9000000001', '224484003', true, 'active', '2015-07-01', true, 'csv'),
                ('A81001', '\x04', NULL, '224484003', true, 'active', '2015-03-01', false, 'csv'),
                ('A81001', '\x05', NULL, '224484003', true, 'inactive', '2015-07-01', false, 'csv');
            """);

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal(1m, Value(set, "gpIdentifiedNotContacted"));
        Assert.Equal(2m, Value(set, "gpAnonymousFlags"));
    }
}
