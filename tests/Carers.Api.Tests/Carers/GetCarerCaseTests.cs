using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.DataRights;
using Carers.Api.Tests.Feedback;
using Carers.Api.Tests.InformationRequests;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Carers;

/// <summary>GetCarerCase: a carer's whole case for staff in one read (decision 0032).</summary>
public sealed class GetCarerCaseTests(ApiFixture api) : ApiTest(api)
{
    private static readonly string[] SectionNames =
        ["assessments", "grants", "breaks", "emergencyPlans", "partnerReferrals", "partnerSupport", "gpFlags", "feedback", "informationRequests"];

    private static readonly string[] RecordTypes =
        ["assessment", "supportPlan", "grantApplication", "breakBooking", "emergencyPlan", "partnerReferral", "partnerSupport", "gpFlag", "feedback", "informationRequest"];

    private static string CaseRoute(Guid carerId) => $"/api/carers/{carerId}/case";

    /// <summary>A carer with at least one item in every section: some through the API, the rest seeded as the subject access tests do.</summary>
    private async Task<(Guid CarerId, string AssessmentId, string ComplaintId, string InformationId)> CarerWithEverythingAsync(string tag, string nhs, string card)
    {
        var carer = Carer(NewSubject());
        var (record, _) = await RegisterAsync(carer, ValidRegistration(familyName: "Case" + tag));
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());
        var assessment = await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct);
        Assert.Equal(HttpStatusCode.Created, assessment.StatusCode);
        var assessmentId = (await ReadJson(assessment))["id"]!.GetValue<string>();
        var complaintId = (await carer.SendAsync(FeedbackRequests.Complaint(), Ct))["id"]!.GetValue<string>();
        var informationId = (await carer.AskAsync(InformationRequestsRequests.Valid(), Ct))["id"]!.GetValue<string>();
        await DataRightsRecords.SeedEverythingAsync(Api.ConnectionString, carerId, tag, nhs, card);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("""
            INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, carer_id, snomed_code, is_carer, status, recorded_on, consent_to_contact, source)
            VALUES ('B81001', decode(md5('flag' || @Carer::text), 'hex'), NULL, @Carer, '224484003', true, 'active', current_date - 3, true, 'fhir')
            """, new { Carer = carerId });
        return (carerId, assessmentId, complaintId, informationId);
    }

    private async Task<JsonObject> ReadCaseAsync(HttpClient staff, Guid carerId)
    {
        var response = await staff.GetAsync(CaseRoute(carerId), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static JsonArray Items(JsonObject whole, string section) => whole[section]!["items"]!.AsArray();

    private static IEnumerable<string> Ids(JsonObject whole) =>
        SectionNames.SelectMany(s => Items(whole, s).Select(i => i!["id"]!.ToJsonString().Trim('"')));

    [Fact]
    public async Task One_read_shows_every_section_of_the_carer_and_nothing_of_another()
    {
        var (carerId, assessmentId, complaintId, informationId) = await CarerWithEverythingAsync("Alpha", "9000000009", "100000000001");
        var (otherId, otherAssessment, otherComplaint, otherInformation) = await CarerWithEverythingAsync("Beta", "4010232137", "100000000002");
        var subject = NewSubject("assessor");

        var whole = await ReadCaseAsync(Assessor(subject), carerId);

        Assert.Equal(carerId.ToString(), whole["carerId"]!.GetValue<string>());
        foreach (var section in SectionNames)
        {
            Assert.True(Items(whole, section).Count >= 1, $"{section} is empty");
            Assert.Equal(Items(whole, section).Count, whole[section]!["total"]!.GetValue<int>());
            Assert.False(whole[section]!["hasMore"]!.GetValue<bool>());
        }

        // The carer's own request, complaint and information request are there; the seeded completed assessment carries its plan.
        Assert.Contains(Items(whole, "assessments"), a => a!["id"]!.GetValue<string>() == assessmentId && a["status"]!.GetValue<string>() == "requested");
        Assert.Contains(Items(whole, "assessments"), a => a!["supportPlan"] is JsonObject plan && plan["nextReviewOn"] is not null);
        Assert.Contains(Items(whole, "feedback"), f => f!["id"]!.GetValue<string>() == complaintId && f["kind"]!.GetValue<string>() == "complaint");
        Assert.Contains(Items(whole, "informationRequests"), i => i!["id"]!.GetValue<string>() == informationId);
        Assert.Equal("B81001", Items(whole, "gpFlags").Single()!["odsCode"]!.GetValue<string>());
        Assert.Equal("Mum GivenAlpha", Items(whole, "emergencyPlans").Single()!["forName"]!.GetValue<string>());
        Assert.Equal("awaiting", Items(whole, "partnerReferrals").Single()!["reportedConsent"]!.GetValue<string>());

        // Newest first.
        var requested = Items(whole, "assessments").Select(a => DateTimeOffset.Parse(a!["requestedAt"]!.GetValue<string>())).ToList();
        Assert.Equal(requested.OrderByDescending(r => r), requested);

        // Nothing of the other carer.
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var theirs = (await connection.QueryAsync<string>("""
            SELECT id::text FROM assessment WHERE carer_id = @Other UNION ALL SELECT id::text FROM grant_application WHERE carer_id = @Other
            UNION ALL SELECT id::text FROM break_booking WHERE carer_id = @Other UNION ALL SELECT id::text FROM emergency_plan WHERE carer_id = @Other
            UNION ALL SELECT id::text FROM partner_referral WHERE carer_id = @Other UNION ALL SELECT id::text FROM partner_support WHERE carer_id = @Other
            UNION ALL SELECT id::text FROM gp_flag WHERE carer_id = @Other UNION ALL SELECT id::text FROM feedback WHERE carer_id = @Other
            UNION ALL SELECT id::text FROM information_request WHERE carer_id = @Other
            """, new { Other = otherId })).ToHashSet();
        Assert.Contains(otherAssessment, theirs);
        Assert.Contains(otherComplaint, theirs);
        Assert.Contains(otherInformation, theirs);
        Assert.DoesNotContain(Ids(whole), theirs.Contains);
        Assert.Equal(SectionNames.Sum(s => Items(whole, s).Count), Ids(whole).Count());
    }

    [Fact]
    public async Task Reading_the_case_writes_one_row_for_the_carer_and_one_per_record_type_shown()
    {
        var (carerId, _, _, _) = await CarerWithEverythingAsync("Gamma", "9434765919", "100000000003");
        var subject = NewSubject("assessor");

        await ReadCaseAsync(Assessor(subject), carerId);

        var rows = await AuditDetailFor(subject, "GetCarerCase");
        var carerRow = Assert.Single(rows, r => r.record_type == "carer");
        Assert.Equal(("success", carerId.ToString(), carerId, "casework"), (carerRow.outcome, carerRow.record_id, carerRow.carer_id, carerRow.access_reason));
        var sectionRows = rows.Where(r => r.record_type != "carer").ToList();
        Assert.Equal(RecordTypes.Order(), sectionRows.Select(r => r.record_type).Order());
        Assert.All(sectionRows, r =>
        {
            Assert.Equal(carerId, r.carer_id);
            Assert.Null(r.record_id);
            Assert.Equal("casework", r.access_reason);
            Assert.StartsWith("case viewed: ", r.reason);
        });
        Assert.Equal("case viewed: 2 shown of 2", sectionRows.Single(r => r.record_type == "assessment").reason);
    }

    [Fact]
    public async Task A_section_past_its_limit_shows_the_newest_fifty_with_the_total_and_says_there_are_more()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.ExecuteAsync("""
                INSERT INTO information_request (carer_id, subject, title, format, requested_at, requested_on, due_on)
                SELECT @Carer, 'leaflet', 'Leaflet ' || n, 'largePrint', now() - n * interval '1 hour', current_date - 5, current_date + 10
                FROM generate_series(1, 51) AS n;
                INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status)
                SELECT @Carer, 'compliment', 'other', 'Thanks ' || n, 'online', now() - n * interval '1 hour', current_date - 5, 'test', 'recorded'
                FROM generate_series(1, 50) AS n;
                """, new { Carer = carerId });
        }

        var subject = NewSubject("assessor");
        var whole = await ReadCaseAsync(Assessor(subject), carerId);

        var information = whole["informationRequests"]!;
        Assert.Equal(51, information["total"]!.GetValue<int>());
        Assert.True(information["hasMore"]!.GetValue<bool>());
        Assert.Equal(50, Items(whole, "informationRequests").Count);
        Assert.Equal(Enumerable.Range(1, 50).Select(n => $"Leaflet {n}"), Items(whole, "informationRequests").Select(i => i!["title"]!.GetValue<string>()));

        Assert.Equal(50, whole["feedback"]!["total"]!.GetValue<int>());
        Assert.False(whole["feedback"]!["hasMore"]!.GetValue<bool>());
        Assert.Equal(50, Items(whole, "feedback").Count);
        Assert.Equal(0, whole["grants"]!["total"]!.GetValue<int>());
        Assert.Empty(Items(whole, "grants"));

        var rows = await AuditDetailFor(subject, "GetCarerCase");
        Assert.Equal("case viewed: 50 shown of 51", rows.Single(r => r.record_type == "informationRequest").reason);
        Assert.Equal(["carer", "feedback", "informationRequest"], rows.Select(r => r.record_type).Order());
    }

    [Fact]
    public async Task Without_a_reason_it_is_a_400_and_nothing_is_read_or_written()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var subject = NewSubject("assessor");

        var response = await StaffWithoutReason(Roles.Assessor, subject).GetAsync(CaseRoute(Guid.Parse(record["id"]!.GetValue<string>())), Ct);

        Assert.Contains("Access-Reason", ErrorKeys(await AssertProblem(response, HttpStatusCode.BadRequest)));
        Assert.Empty(await AuditDetailFor(subject, "GetCarerCase"));
    }

    [Fact]
    public async Task A_reason_given_is_the_one_on_every_row()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.ExecuteAsync("""
                INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status)
                VALUES (@Carer, 'compliment', 'other', 'Thanks', 'online', now(), current_date, 'test', 'recorded')
                """, new { Carer = carerId });
        }

        var subject = NewSubject("assessor");
        var staff = StaffWithoutReason(Roles.Assessor, subject);
        staff.DefaultRequestHeaders.Add("Access-Reason", "safeguarding");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(CaseRoute(carerId), Ct)).StatusCode);

        Assert.All(await AuditDetailFor(subject, "GetCarerCase"), r => Assert.Equal("safeguarding", r.access_reason));
    }

    [Fact]
    public async Task Partners_carers_and_other_staff_roles_are_refused()
    {
        var carerSubject = NewSubject();
        var (record, _) = await RegisterAsync(Carer(carerSubject));
        var route = CaseRoute(Guid.Parse(record["id"]!.GetValue<string>()));

        foreach (var client in new[] { Partner("CarersCentral"), Carer(carerSubject), Api.ClientAs(Roles.GrantsOfficer, "officer-1"), Api.ClientAs(Roles.GpSystem, "gp-1") })
        {
            await AssertProblem(await client.GetAsync(route, Ct), HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task An_unknown_carer_is_a_404_and_audited()
    {
        var subject = NewSubject("assessor");
        var id = Guid.NewGuid();

        await AssertProblem(await Assessor(subject).GetAsync(CaseRoute(id), Ct), HttpStatusCode.NotFound);

        var row = Assert.Single(await AuditDetailFor(subject, "GetCarerCase"));
        Assert.Equal(("carer", id.ToString(), "notFound"), (row.record_type, row.record_id, row.outcome));
    }

    [Fact]
    public async Task A_closed_record_opens_as_GetCarer_opens_it()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.ExecuteAsync("UPDATE carer SET closed_at = now(), closed_reason = 'exCarer' WHERE id = @Carer", new { Carer = carerId });
        }

        var staff = Assessor(NewSubject("assessor"));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/carers/{carerId}", Ct)).StatusCode);
        var whole = await ReadCaseAsync(staff, carerId);
        Assert.All(SectionNames, s => Assert.Equal(0, whole[s]!["total"]!.GetValue<int>()));
    }
}
