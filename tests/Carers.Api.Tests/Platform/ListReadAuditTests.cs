using System.Net;
using System.Net.Http.Json;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// Every read of personal data writes audit rows, lists included: one row per record shown, naming its carer, and
/// the staff member's reason; a page that shows nothing writes one row saying so (decision 0025).
/// </summary>
public sealed class ListReadAuditTests(ApiFixture api) : ApiTest(api)
{
    private async Task<(HttpClient Client, Guid Id)> RegisteredCarer(string familyName = "Testcarer", string givenName = "Amara")
    {
        var client = Carer(NewSubject());
        var (record, _) = await RegisterAsync(client, ValidRegistration(givenName: givenName, familyName: familyName));
        return (client, Guid.Parse(record["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_search_writes_a_row_per_carer_shown_with_the_carer_and_the_reason()
    {
        var (_, first) = await RegisteredCarer("Listread", "Ada");
        var (_, second) = await RegisteredCarer("Listread", "Bea");
        var subject = NewSubject("assessor");

        var page = await ReadJson(await Api.ClientAs(Roles.Assessor, subject).GetAsync("/api/carers?name=listread", Ct));

        Assert.Equal(2, page["items"]!.AsArray().Count);
        var rows = await AuditDetailFor(subject, "SearchCarers");
        Assert.Equal(new[] { first, second }.Order(), rows.Select(r => r.carer_id!.Value).Order());
        Assert.All(rows, r => Assert.Equal(("carer", r.carer_id.ToString(), "casework"), (r.record_type, r.record_id, r.access_reason)));
    }

    [Fact]
    public async Task The_assessment_queue_names_each_assessment_and_its_carer()
    {
        var (carer, carerId) = await RegisteredCarer();
        var assessment = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct)))["id"]!.GetValue<string>();
        var subject = NewSubject("assessor");

        Assert.Equal(HttpStatusCode.OK, (await Api.ClientAs(Roles.Assessor, subject).GetAsync("/api/assessment-queues/newRequests", Ct)).StatusCode);

        var row = Assert.Single(await AuditDetailFor(subject, "ListAssessmentQueue"));
        Assert.Equal(("assessment", assessment, carerId, "newRequests"), (row.record_type, row.record_id, row.carer_id!.Value, row.reason));
    }

    [Fact]
    public async Task The_match_queue_names_both_carers_of_each_pair()
    {
        var (carer, existing) = await RegisteredCarer();
        await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct);
        var incoming = await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Amy", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB", nhsNumber: "9000000009"));
        var subject = NewSubject("assessor");

        var queue = await ReadJson(await Api.ClientAs(Roles.Assessor, subject).GetAsync("/api/match-candidates", Ct));

        var candidate = queue["items"]![0]!["id"]!.GetValue<string>();
        var rows = await AuditDetailFor(subject, "ListMatchCandidates");
        Assert.Equal(new[] { existing, incoming }.Order(), rows.Select(r => r.carer_id!.Value).Order());
        Assert.All(rows, r => Assert.Equal(("matchCandidate", candidate), (r.record_type, r.record_id)));
    }

    [Fact]
    public async Task An_empty_page_writes_one_row_saying_no_records_were_shown()
    {
        var subject = NewSubject("grants");

        var page = await ReadJson(await Api.ClientAs(Roles.GrantsOfficer, subject).GetAsync("/api/grant-applications", Ct));

        Assert.Empty(page["items"]!.AsArray());
        var row = Assert.Single(await AuditDetailFor(subject, "ListGrantApplications"));
        Assert.Equal(("grantApplication", null, "none shown", null, "casework"), (row.record_type, row.record_id, row.reason, row.carer_id, row.access_reason));
    }

    [Fact]
    public async Task A_carers_own_lists_name_their_records_and_them()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        var (record, _) = await RegisterAsync(carer);
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());
        var assessment = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct)))["id"]!.GetValue<string>();

        foreach (var path in new[] { "assessments", "grants", "breaks", "emergency-plans", "feedback", "information-requests" })
        {
            Assert.Equal(HttpStatusCode.OK, (await carer.GetAsync($"/api/me/carer/{path}", Ct)).StatusCode);
        }

        var assessments = Assert.Single(await AuditDetailFor(subject, "ListMyAssessments"));
        Assert.Equal(("assessment", assessment, carerId, null), (assessments.record_type, assessments.record_id, assessments.carer_id!.Value, assessments.access_reason));
        foreach (var action in new[] { "ListMyGrants", "ListMyBreaks", "ListMyEmergencyPlans", "ListMyFeedback", "ListMyInformationRequests" })
        {
            Assert.Equal((null, "none shown"), (Assert.Single(await AuditDetailFor(subject, action)).record_id, Assert.Single(await AuditDetailFor(subject, action)).reason));
        }
    }

    [Fact]
    public async Task A_partner_list_names_each_carer_and_the_partner()
    {
        var carerId = await ReferAsync(Partner("CarersCentral"));
        var subject = NewSubject("cc");

        Assert.Equal(HttpStatusCode.OK, (await Partner("CarersCentral", subject).GetAsync("/api/partner/carers", Ct)).StatusCode);

        var row = Assert.Single(await AuditDetailFor(subject, "ListPartnerCarers"));
        Assert.Equal((carerId, "CarersCentral", null), (row.carer_id!.Value, row.actor_organisation, row.access_reason));
    }
}
