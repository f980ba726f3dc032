using Carers.Api.Tests.Infrastructure;
using static Carers.Api.Tests.Reports.ReportRecords;

namespace Carers.Api.Tests.Reports;

/// <summary>Young and young adult carers supported, older carers of people with a learning disability, working carers and emergency plans in 2015/16.</summary>
public sealed class GetPerformanceIndicatorsYoungCarersTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Young_carers_and_young_adult_carers_supported_by_chums_or_a_young_carers_assessment_count_once_each()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var young = await records.CarerAsync("2014-05-01T10:00:00Z", dateOfBirth: "2003-01-01");
        await records.PartnerSupportAsync(young, "Chums", "peerGroup", "2015-06-01");
        await records.PartnerSupportAsync(young, "Chums", "trip", "2015-07-01");
        var youngAdult = await records.CarerAsync("2014-05-01T10:00:00Z", dateOfBirth: "1995-01-01");
        await records.PartnerSupportAsync(youngAdult, "Chums", "coaching", "2015-06-01");
        var assessed = await records.CarerAsync("2014-05-01T10:00:00Z", dateOfBirth: "2004-01-01");
        await records.AssessmentAsync(assessed, "2015-07-01T10:00:00Z", "2015-08-01T10:00:00Z", kind: "youngCarer");
        var central = await records.CarerAsync("2014-05-01T10:00:00Z", dateOfBirth: "2004-01-01");
        await records.PartnerSupportAsync(central, "CarersCentral", "advice", "2015-06-01");
        var lastYear = await records.CarerAsync("2014-05-01T10:00:00Z", dateOfBirth: "2004-01-01");
        await records.PartnerSupportAsync(lastYear, "Chums", "trip", "2014-12-01");

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal(2m, Value(set, "youngCarersSupported"));
        Assert.Equal(1m, Value(set, "youngAdultCarersSupported"));
    }

    [Fact]
    public async Task Older_carers_working_carers_and_emergency_plans_count_carers_on_record_at_year_end()
    {
        var records = new ReportRecords(Api.ConnectionString);
        var older = await records.CarerAsync("2014-05-01T10:00:00Z", dateOfBirth: "1940-01-01");
        await records.RelationshipAsync(older, "learningDisability", "2000-01-01");
        var younger = await records.CarerAsync("2014-05-01T10:00:00Z", dateOfBirth: "1950-01-01");
        await records.RelationshipAsync(younger, "learningDisability");
        var otherNeed = await records.CarerAsync("2014-05-01T10:00:00Z", dateOfBirth: "1940-01-01");
        await records.RelationshipAsync(otherNeed, "dementia");
        var exCarer = await records.CarerAsync("2014-05-01T10:00:00Z", dateOfBirth: "1940-01-01");
        await records.RelationshipAsync(exCarer, "learningDisability", endedOn: "2015-12-01");
        var seventyLater = await records.CarerAsync("2014-05-01T10:00:00Z", dateOfBirth: "1946-04-15");
        await records.RelationshipAsync(seventyLater, "learningDisability");

        var fullTime = await records.CarerAsync("2014-05-01T10:00:00Z", employment: "employedFullTime");
        await records.CarerAsync("2014-05-01T10:00:00Z", employment: "selfEmployed");
        await records.CarerAsync("2014-05-01T10:00:00Z", employment: "retired");
        await records.CarerAsync("2014-05-01T10:00:00Z", employment: "employedPartTime", mergedInto: fullTime);
        await records.CarerAsync("2016-06-01T10:00:00Z", employment: "employedPartTime");

        var relationship = await records.RelationshipAsync(fullTime);
        await records.SqlAsync("""
            INSERT INTO emergency_plan (carer_id, relationship_id, content, reviewed_on, next_review_on, created_at)
            VALUES (@Carer, @Relationship, '{}', '2015-06-01', '2016-06-01', '2015-06-01T10:00:00Z'),
                   (@Older, @Later, '{}', '2016-06-01', '2017-06-01', '2016-06-01T10:00:00Z');
            INSERT INTO audit_event (occurred_at, actor_subject, actor_role, action, record_type, record_id, outcome) VALUES
                ('2015-06-01T10:00:00Z', 'duty-1', 'Staff.EmergencyDuty', 'LookUpEmergencyPlan', 'carer', NULL, 'success'),
                ('2015-07-01T10:00:00Z', 'duty-1', 'Staff.EmergencyDuty', 'LookUpEmergencyPlan', 'carer', NULL, 'success'),
                ('2015-07-02T10:00:00Z', 'duty-1', 'Staff.EmergencyDuty', 'LookUpEmergencyPlan', 'carer', NULL, 'notFound'),
                ('2015-03-02T10:00:00Z', 'duty-1', 'Staff.EmergencyDuty', 'LookUpEmergencyPlan', 'carer', NULL, 'success');
            """, new { Carer = fullTime, Relationship = relationship, Older = older, Later = await records.RelationshipAsync(older) });

        var set = await ReadAsync(Manager(), 2015);

        Assert.Equal(1m, Value(set, "olderCarersOfPeopleWithLearningDisability"));
        Assert.Equal(2m, Value(set, "workingCarers"));
        Assert.Equal(1m, Value(set, "carersWithEmergencyPlan"));
        Assert.Equal(2m, Value(set, "emergencyPlanLookUps"));
    }
}
