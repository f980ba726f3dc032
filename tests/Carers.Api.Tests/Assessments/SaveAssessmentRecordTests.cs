using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Assessments;

/// <summary>An assessor leads the assessment and records it as they go (If-Match), resuming with the new ETag.</summary>
public sealed class SaveAssessmentRecordTests(ApiFixture api) : ApiTest(api)
{
    public static HttpRequestMessage WithIfMatch(HttpMethod method, string url, object? body, string? etag)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is string raw ? Json(raw) : JsonContent.Create(body) };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    /// <summary>A registered carer asks for an assessment led by an assessor; the assessor allocates it to themselves and schedules it for today.</summary>
    public static async Task<(string Id, string ETag)> ScheduleAsync(HttpClient registeredCarer, HttpClient assessor)
    {
        var id = (await ReadJson(await registeredCarer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct)))["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await assessor.AllocateAsync(id, new { }, Ct)).StatusCode);
        var scheduled = await assessor.MoveAsync(id, new { to = "scheduled", scheduledFor = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd") }, Ct);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        return (id, scheduled.Headers.ETag!.ToString());
    }

    private async Task<(HttpClient Carer, string Id, string ETag)> ScheduledAdultAsync(HttpClient assessor)
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var (id, etag) = await ScheduleAsync(carer, assessor);
        return (carer, id, etag);
    }

    private static readonly object FirstSections = new
    {
        howCarriedOut = "phone",
        aboutYourCaring = "Cares for her husband after his stroke: personal care, meals, medication.",
        ableAndWillingToCareNow = true,
        ableAndWillingToCareInFuture = false,
        impactOnWellbeing = "Sleeps four hours a night; stopped seeing friends.",
    };

    private static object AllSections() => new
    {
        howCarriedOut = "phone",
        aboutYourCaring = "Cares for her husband after his stroke: personal care, meals, medication.",
        ableAndWillingToCareNow = true,
        ableAndWillingToCareInFuture = false,
        impactOnWellbeing = "Sleeps four hours a night; stopped seeing friends.",
        yourHealth = "Back pain from lifting.",
        healthAtRisk = true,
        whatYouWantToChange = "A night's sleep each week and time at her choir.",
        workEducationTrainingLeisure = "Gave up her part-time job; would like to go back to choir.",
        outcomes = AssessmentJourneyTests.AllOutcomes(),
        inTheirOwnWords = "I love him but I am running on empty.",
    };

    [Fact]
    public async Task An_assessor_records_every_section_in_two_saves_resuming_with_the_new_etag_then_completes()
    {
        var assessor = Assessor();
        var (carer, id, etag) = await ScheduledAdultAsync(assessor);

        var first = await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", FirstSections, etag), Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var afterFirst = (await ReadJson(first))["assessment"]!;
        Assert.Equal("inProgress", afterFirst["status"]!.GetValue<string>());
        Assert.Equal("scheduled", afterFirst["history"]!.AsArray()[^1]!["from"]!.GetValue<string>());
        Assert.Equal("phone", afterFirst["answers"]!["howCarriedOut"]!.GetValue<string>());
        Assert.Null(afterFirst["answers"]!["outcomes"]);

        // Resumed later: read it again, carry on with the ETag it came with.
        var reopened = await assessor.GetAsync($"/api/assessments/{id}", Ct);
        Assert.Equal(first.Headers.ETag!.ToString(), reopened.Headers.ETag!.ToString());
        var second = await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", AllSections(), reopened.Headers.ETag!.ToString()), Ct);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(first.Headers.ETag!.ToString(), second.Headers.ETag!.ToString());
        var answers = (await ReadJson(second))["assessment"]!["answers"]!;
        Assert.Equal("Sleeps four hours a night; stopped seeing friends.", answers["impactOnWellbeing"]!.GetValue<string>());
        Assert.False(answers["ableAndWillingToCareInFuture"]!.GetValue<bool>());
        Assert.Equal("Gave up her part-time job; would like to go back to choir.", answers["workEducationTrainingLeisure"]!.GetValue<string>());
        Assert.Equal("A night's sleep each week and time at her choir.", answers["whatYouWantToChange"]!.GetValue<string>());
        Assert.Equal("unable", answers["outcomes"]!["recreation"]!["ability"]!.GetValue<string>());
        Assert.Equal("I love him but I am running on empty.", answers["inTheirOwnWords"]!.GetValue<string>());

        var completed = await assessor.CompleteAsync(id, AssessmentJourneyTests.Completion(), Ct);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var mine = await ReadJson(await carer.GetAsync($"/api/me/carer/assessments/{id}", Ct));
        Assert.Equal("completed", mine["status"]!.GetValue<string>());
        Assert.True(mine["decision"]!["eligible"]!.GetValue<bool>());
        Assert.Equal("I love him but I am running on empty.", mine["answers"]!["inTheirOwnWords"]!.GetValue<string>());
        // Audited: the start (scheduled to inProgress) and each of the two saves.
        Assert.Equal(3, (await AuditFor("assessor-1")).Count(a => a.action == "SaveAssessmentRecord" && a.record_type == "assessment" && a.record_id == id
            && a.outcome == "success"));

        // Decided: no more changes to the record.
        await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", AllSections(), completed.Headers.ETag!.ToString()), Ct),
            HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_a_missing_one_428_and_neither_changes_the_record()
    {
        var assessor = Assessor();
        var (_, id, etag) = await ScheduledAdultAsync(assessor);
        Assert.Equal(HttpStatusCode.OK, (await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", FirstSections, etag), Ct)).StatusCode);

        await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", new { yourHealth = "Overwritten" }, etag), Ct),
            HttpStatusCode.PreconditionFailed);
        await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", new { yourHealth = "Overwritten" }, null), Ct),
            HttpStatusCode.PreconditionRequired);
        var now = await ReadJson(await assessor.GetAsync($"/api/assessments/{id}", Ct));
        Assert.Null(now["assessment"]!["answers"]!["yourHealth"]);
        Assert.Equal("phone", now["assessment"]!["answers"]!["howCarriedOut"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_self_assessment_still_with_the_carer_or_one_not_yet_scheduled_is_409()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var started = await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = true }, Ct);
        var id = (await ReadJson(started))["id"]!.GetValue<string>();
        var assessor = Assessor();
        var etag = (await assessor.GetAsync($"/api/assessments/{id}", Ct)).Headers.ETag!.ToString();
        await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", FirstSections, etag), Ct), HttpStatusCode.Conflict);

        // Once the carer submits it, the assessor may add to it.
        Assert.Equal(HttpStatusCode.OK, (await carer.SubmitAsync(id, Ct)).StatusCode);
        etag = (await assessor.GetAsync($"/api/assessments/{id}", Ct)).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", FirstSections, etag), Ct)).StatusCode);

        var other = Carer(NewSubject());
        await RegisterAsync(other, ValidRegistration(givenName: "Other"));
        var requested = (await ReadJson(await other.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct)))["id"]!.GetValue<string>();
        etag = (await assessor.GetAsync($"/api/assessments/{requested}", Ct)).Headers.ETag!.ToString();
        await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{requested}/record", FirstSections, etag), Ct), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"inTheirOwnWords":"<b>help</b>"}""", "inTheirOwnWords")]
    [InlineData("""{"impactOnDevelopment":"<script>x</script>"}""", "impactOnDevelopment")]
    [InlineData("""{"howCarriedOut":"carrierPigeon"}""", "howCarriedOut")]
    [InlineData("""{"outcomes":{"recreation":{"ability":"unable","reason":"<i>x</i>"}}}""", "outcomes")]
    public async Task Bad_input_is_400_and_changes_nothing(string body, string field)
    {
        var assessor = Assessor();
        var (_, id, etag) = await ScheduledAdultAsync(assessor);
        var problem = await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", body, etag), Ct), HttpStatusCode.BadRequest);
        Assert.True(ErrorKeys(problem).Any(k => k.StartsWith(field, StringComparison.OrdinalIgnoreCase)), problem.ToJsonString());
        var now = await assessor.GetAsync($"/api/assessments/{id}", Ct);
        Assert.Equal(etag, now.Headers.ETag!.ToString());
        Assert.Equal("scheduled", (await ReadJson(now))["assessment"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_assessors_record_an_assessment()
    {
        var assessor = Assessor();
        var (carer, id, etag) = await ScheduledAdultAsync(assessor);
        await AssertProblem(await carer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", FirstSections, etag), Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Api.ClientAs("Staff.GrantsOfficer", "grants-officer-1")
            .SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{id}/record", FirstSections, etag), Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await assessor.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/assessments/{Guid.NewGuid()}/record", FirstSections, etag), Ct), HttpStatusCode.NotFound);
        Assert.Equal(etag, (await assessor.GetAsync($"/api/assessments/{id}", Ct)).Headers.ETag!.ToString());
    }
}
