using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.Assessments.SaveAssessmentRecordTests;

namespace Carers.Api.Tests.Assessments;

/// <summary>A young carer's needs assessment decided on its own law (Children Act 1989 s17ZA to s17ZC), never on reg 3's eight outcomes.</summary>
public sealed class CompleteYoungCarerAssessmentTests(ApiFixture api) : ApiTest(api)
{
    private static string YearsAgo(int years) => DateOnly.FromDateTime(DateTime.Today).AddYears(-years).ToString("yyyy-MM-dd");

    /// <summary>A young carer's decision: no outcomes, by design.</summary>
    public static object Decision(bool needs = true) => new
    {
        tasksExcessiveOrInappropriate = true,
        impactOnEducation = "Misses school on the days her mum is unwell.",
        impactOnWellbeing = "Worried and tired most days.",
        impactOnDevelopment = "No time to see friends or join clubs.",
        hasSupportNeeds = needs,
        howMet = needs ? "both" : null,
        reasons = "You do a lot for your mum and it is stopping you going to school. We will help you and your mum.",
        notes = "Private assessor note: refer mum for her own assessment.",
    };

    /// <summary>Reads the assessment's ETag as an assessor, then decides it as a young carer's needs assessment.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(HttpClient assessor, string id, object? body = null)
    {
        var etag = (await assessor.GetAsync($"/api/assessments/{id}", Ct)).Headers.ETag!.ToString();
        return await assessor.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/assessments/{id}/young-carer-decision", body ?? Decision(), etag), Ct);
    }

    private async Task<(HttpClient Carer, string Id, string ETag)> ScheduledYoungCarerAsync(HttpClient assessor)
    {
        var carer = Carer(NewSubject("young"));
        await RegisterAsync(carer, ValidRegistration(dateOfBirth: YearsAgo(15), registeringAs: "parentOfYoungCarer"));
        var (id, etag) = await ScheduleAsync(carer, assessor);
        return (carer, id, etag);
    }

    private async Task<(HttpClient Carer, string Id, string ETag)> RecordedYoungCarerAsync(HttpClient assessor)
    {
        var (carer, id, etag) = await ScheduledYoungCarerAsync(assessor);
        var recorded = await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", new
        {
            howCarriedOut = "phone",
            amountAndTypeOfCare = "About 25 hours a week: cooking, shopping, helping mum with her medication.",
            familyReliance = "Her dad works nights; the family relies on her after school.",
            excessiveOrInappropriateTasks = "Helps mum to wash.",
            impactOnEducation = "Late for school twice a week.",
            impactOnWellbeing = "Worried about mum.",
            impactOnDevelopment = "Has dropped out of football.",
            youngCarersWishes = "Wants to keep helping, but to play football again.",
            differencesOfOpinionInFamily = "Mum thinks she does not do much; she feels she does a lot.",
            inTheirOwnWords = "I just want a bit of time for me.",
        }, etag), Ct);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal("youngCarer", (await ReadJson(recorded))["assessment"]!["kind"]!.GetValue<string>());
        return (carer, id, recorded.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task A_young_carer_is_decided_without_the_adult_eight_outcomes_and_sees_the_decision_in_plain_english()
    {
        var assessor = Assessor();
        var (carer, id, etag) = await RecordedYoungCarerAsync(assessor);

        // The request has no outcomes at all: a decision that demanded the eight adult outcomes would answer 400 here.
        Assert.DoesNotContain("outcomes", System.Text.Json.JsonSerializer.Serialize(Decision()), StringComparison.OrdinalIgnoreCase);
        var decided = await assessor.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/assessments/{id}/young-carer-decision", Decision(), etag), Ct);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var assessment = (await ReadJson(decided))["assessment"]!;
        Assert.Null(assessment["youngCarerDecision"]!["outcomes"]);
        Assert.Null(assessment["answers"]!["outcomes"]);
        Assert.Equal("completed", assessment["status"]!.GetValue<string>());
        Assert.Null(assessment["decision"]);
        Assert.True(assessment["youngCarerDecision"]!["hasSupportNeeds"]!.GetValue<bool>());
        Assert.Equal("both", assessment["youngCarerDecision"]!["howMet"]!.GetValue<string>());
        Assert.NotEqual(etag, decided.Headers.ETag!.ToString());

        var mine = await ReadJson(await carer.GetAsync($"/api/me/carer/assessments/{id}", Ct));
        var decision = mine["youngCarerDecision"]!;
        Assert.StartsWith("You have support needs as a young carer.", decision["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("too much, or not right, for someone your age", decision["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("You do a lot for your mum and it is stopping you going to school. We will help you and your mum.", decision["assessorReasons"]!.GetValue<string>());
        Assert.DoesNotContain("Private assessor note", mine.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("completed", mine["history"]!.AsArray()[^1]!["to"]!.GetValue<string>());
        Assert.Single(await AuditFor("assessor-1"), a => a.action == "CompleteYoungCarerAssessment" && a.record_id == id && a.outcome == "success");
    }

    [Fact]
    public async Task No_support_needs_is_a_decision_too_with_nothing_about_how_they_are_met()
    {
        var assessor = Assessor();
        var (carer, id, _) = await RecordedYoungCarerAsync(assessor);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(assessor, id, Decision(needs: false))).StatusCode);
        var decision = (await ReadJson(await carer.GetAsync($"/api/me/carer/assessments/{id}", Ct)))["youngCarerDecision"]!;
        Assert.False(decision["hasSupportNeeds"]!.GetValue<bool>());
        Assert.Null(decision["howMet"]);
        Assert.StartsWith("You do not have support needs", decision["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adult_assessment_is_refused_here_and_a_young_carers_is_refused_by_the_adult_completion()
    {
        var assessor = Assessor();
        var adult = Carer(NewSubject());
        await RegisterAsync(adult);
        var (adultId, _) = await ScheduleAsync(adult, assessor);
        await assessor.MoveAsync(adultId, new { to = "inProgress" }, Ct);
        var refused = await AssertProblem(await DecideAsync(assessor, adultId), HttpStatusCode.Conflict);
        Assert.Contains("CompleteAssessment", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var (_, youngId, _) = await RecordedYoungCarerAsync(assessor);
        var adultRules = await AssertProblem(await assessor.CompleteAsync(youngId, AssessmentJourneyTests.Completion(), Ct),
            HttpStatusCode.Conflict);
        Assert.Contains("CompleteYoungCarerAssessment", adultRules["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("inProgress", (await ReadJson(await assessor.GetAsync($"/api/assessments/{youngId}", Ct)))["assessment"]!["status"]!.GetValue<string>());
        Assert.Equal("inProgress", (await ReadJson(await assessor.GetAsync($"/api/assessments/{adultId}", Ct)))["assessment"]!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"tasksExcessiveOrInappropriate":false,"impactOnEducation":"a","impactOnWellbeing":"b","impactOnDevelopment":"c","hasSupportNeeds":true,"reasons":"r"}""", "howMet")]
    [InlineData("""{"tasksExcessiveOrInappropriate":false,"impactOnEducation":"a","impactOnWellbeing":"b","impactOnDevelopment":"c","hasSupportNeeds":false,"howMet":"both","reasons":"r"}""", "howMet")]
    [InlineData("""{"tasksExcessiveOrInappropriate":false,"impactOnEducation":"a","impactOnWellbeing":"b","impactOnDevelopment":"c","hasSupportNeeds":false}""", "reasons")]
    [InlineData("""{"tasksExcessiveOrInappropriate":false,"impactOnEducation":"a","impactOnWellbeing":"b","impactOnDevelopment":"c","hasSupportNeeds":false,"reasons":"<script>x</script>"}""", "reasons")]
    [InlineData("""{"tasksExcessiveOrInappropriate":false,"impactOnEducation":"<b>a</b>","impactOnWellbeing":"b","impactOnDevelopment":"c","hasSupportNeeds":false,"reasons":"r"}""", "impactOnEducation")]
    [InlineData("""{"impactOnEducation":"a","impactOnWellbeing":"b","impactOnDevelopment":"c","hasSupportNeeds":false,"reasons":"r"}""", "tasksExcessiveOrInappropriate")]
    [InlineData("""{"tasksExcessiveOrInappropriate":false,"impactOnEducation":"a","impactOnWellbeing":"b","impactOnDevelopment":"c","hasSupportNeeds":true,"howMet":"pocketMoney","reasons":"r"}""", "howMet")]
    public async Task Bad_input_is_400_and_decides_nothing(string body, string field)
    {
        var assessor = Assessor();
        var (_, id, etag) = await RecordedYoungCarerAsync(assessor);
        var problem = await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/assessments/{id}/young-carer-decision", body, etag), Ct),
            HttpStatusCode.BadRequest);
        Assert.True(ErrorKeys(problem).Any(k => k.StartsWith(field, StringComparison.OrdinalIgnoreCase)), problem.ToJsonString());
        var now = await assessor.GetAsync($"/api/assessments/{id}", Ct);
        Assert.Equal(etag, now.Headers.ETag!.ToString());
        Assert.Null((await ReadJson(now))["assessment"]!["youngCarerDecision"]);
    }

    [Fact]
    public async Task Stale_is_412_missing_is_428_and_carers_and_grants_officers_get_403()
    {
        var assessor = Assessor();
        var (carer, id, etag) = await RecordedYoungCarerAsync(assessor);
        var url = $"/api/assessments/{id}/young-carer-decision";
        await AssertProblem(await carer.SendAsync(WithIfMatch(HttpMethod.Post, url, Decision(), etag), Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Api.ClientAs("Staff.GrantsOfficer", "grants-officer-1").SendAsync(WithIfMatch(HttpMethod.Post, url, Decision(), etag), Ct),
            HttpStatusCode.Forbidden);
        await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Post, url, Decision(), "\"v1\""), Ct), HttpStatusCode.PreconditionFailed);
        await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Post, url, Decision(), null), Ct), HttpStatusCode.PreconditionRequired);
        await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/assessments/{Guid.NewGuid()}/young-carer-decision", Decision(), etag), Ct),
            HttpStatusCode.NotFound);
        Assert.Equal("inProgress", (await ReadJson(await assessor.GetAsync($"/api/assessments/{id}", Ct)))["assessment"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Partners_with_consent_hear_once_and_read_the_outcome()
    {
        var chums = Partner("Chums");
        var carerId = await ReferAsync(chums, Referral(dateOfBirth: YearsAgo(14), basis: "parentForChild"));
        var id = (await ReadJson(await chums.PostAsync($"/api/partner/carers/{carerId}/assessments", null, Ct)))["assessmentId"]!.GetValue<string>();
        var assessor = Assessor();
        Assert.Equal(HttpStatusCode.OK, (await assessor.MoveAsync(id, new { to = "inProgress" }, Ct)).StatusCode);
        var etag = (await assessor.GetAsync($"/api/assessments/{id}", Ct)).Headers.ETag!.ToString();

        Assert.Equal(HttpStatusCode.OK, (await assessor.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/assessments/{id}/young-carer-decision", Decision(), etag), Ct)).StatusCode);
        // The same decision sent again (a double click) is stale, and tells nobody twice.
        await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/assessments/{id}/young-carer-decision", Decision(), etag), Ct),
            HttpStatusCode.PreconditionFailed);

        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var events = (await connection.QueryAsync<(string Partner, string Payload)>(
            "SELECT partner, payload::text FROM outbox_message WHERE event_type = 'assessment.completed'")).ToList();
        var only = Assert.Single(events);
        Assert.Equal("Chums", only.Partner);
        Assert.Contains("\"eligible\": true", only.Payload, StringComparison.Ordinal);

        var outcomes = await chums.GetAsync($"/api/partner/carers/{carerId}/assessments", Ct);
        var text = await outcomes.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"eligible\":true", text, StringComparison.Ordinal);
        Assert.Contains("You have support needs as a young carer.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Private assessor note", text, StringComparison.Ordinal);
    }
}
