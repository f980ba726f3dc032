using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.Assessments.AssessmentCalls;

namespace Carers.Api.Tests.Assessments;

/// <summary>The carer's and the assessor's journey through an assessment, over HTTP on a real database.</summary>
public sealed class AssessmentJourneyTests(ApiFixture api) : ApiTest(api)
{
    public static object AllOutcomes(bool unableToRest = true) => new Dictionary<string, object>
    {
        ["caringForAChild"] = new { ability = "able" },
        ["caringForOthers"] = new { ability = "able" },
        ["habitableHome"] = new { ability = "able" },
        ["nutrition"] = new { ability = "able" },
        ["relationships"] = new { ability = "able" },
        ["workTrainingEducationVolunteering"] = new { ability = "able" },
        ["communityFacilities"] = new { ability = "able" },
        ["recreation"] = unableToRest ? new { ability = "unable", reason = "No time off in three years." } : new { ability = "able" },
    };

    public static object Completion(bool eligible = true) => new
    {
        needsArise = true,
        healthAtRisk = false,
        significantImpact = eligible,
        outcomes = AllOutcomes(),
        reasons = "You care for your mother day and night and have had no break.",
        notes = "Private assessor note: consider sitting service.",
    };

    public static object Plan(string nextReviewOn) => new
    {
        needs = "A regular break; help with the garden.",
        eligibleNeeds = "A regular break.",
        actions = new[] { new { need = "A regular break", howMet = "Four hours of sitting service a week", status = "notStarted" } },
        personalBudgetPence = 120000,
        directPayment = new { needs = "A regular break", amountPence = 10000, frequency = "monthly" },
        nextReviewOn,
    };

    private async Task<(HttpClient Carer, string AssessmentId, string ETag)> StartSelfAssessment()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var response = await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = true }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (carer, (await ReadJson(response))["id"]!.GetValue<string>(), response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task A_carer_self_assesses_resumes_submits_and_sees_the_decision_and_plan()
    {
        var (carer, id, etag) = await StartSelfAssessment();

        var saved = await carer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/me/carer/assessments/{id}/answers",
            new { aboutYourCaring = "I care for my mum, who has dementia.", healthAtRisk = true, outcomes = AllOutcomes() }, etag), Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // Later, on another device: the answers are there.
        var resumed = await ReadJson(await carer.GetAsync($"/api/me/carer/assessments/{id}", Ct));
        Assert.Equal("I care for my mum, who has dementia.", resumed["answers"]!["aboutYourCaring"]!.GetValue<string>());
        Assert.Equal("unable", resumed["answers"]!["outcomes"]!["recreation"]!["ability"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await carer.SubmitAsync(id, Ct)).StatusCode);
        var assessor = Assessor();
        var completed = await assessor.CompleteAsync(id, Completion(), Ct);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var planned = await assessor.RecordPlanAsync(id,
            Plan(DateOnly.FromDateTime(DateTime.Today).AddMonths(11).ToString("yyyy-MM-dd")), Ct);
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);

        var mine = await ReadJson(await carer.GetAsync($"/api/me/carer/assessments/{id}", Ct));
        Assert.Equal("completed", mine["status"]!.GetValue<string>());
        Assert.True(mine["decision"]!["eligible"]!.GetValue<bool>());
        Assert.StartsWith("You have eligible needs", mine["decision"]!["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Four hours of sitting service a week", mine["supportPlan"]!["actions"]![0]!["howMet"]!.GetValue<string>());
        Assert.DoesNotContain("Private assessor note", mine.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(mine["history"]!.AsArray(), h => h!["note"]?.GetValue<string>()?.Contains("submitted", StringComparison.Ordinal) == true);

        var staffView = await ReadJson(await assessor.GetAsync($"/api/assessments/{id}", Ct));
        Assert.Contains("Private assessor note", staffView["assessorNotes"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_assessment_cannot_be_confirmed_before_it_is_submitted_nor_changed_after()
    {
        var (carer, id, _) = await StartSelfAssessment();
        await AssertProblem(await Assessor().CompleteAsync(id, Completion(), Ct), HttpStatusCode.Conflict);
        await carer.SubmitAsync(id, Ct);
        var etag = (await carer.GetAsync($"/api/me/carer/assessments/{id}", Ct)).Headers.ETag!.ToString();
        await AssertProblem(await carer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/me/carer/assessments/{id}/answers", new { yourHealth = "x" }, etag), Ct), HttpStatusCode.Conflict);
        await AssertProblem(await carer.SubmitAsync(id, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_assessor_lifecycle_offer_schedule_start_complete_review()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var id = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct)))["id"]!.GetValue<string>();
        var assessor = Assessor();
        var tomorrow = DateOnly.FromDateTime(DateTime.Today).AddDays(1).ToString("yyyy-MM-dd");

        Assert.Equal(HttpStatusCode.OK, (await assessor.AllocateAsync(id, new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await assessor.MoveAsync(id, new { to = "offered" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await assessor.MoveAsync(id, new { to = "scheduled", scheduledFor = tomorrow }, Ct)).StatusCode);
        // Illegal: back to offered, or completing before it starts.
        await AssertProblem(await assessor.MoveAsync(id, new { to = "offered" }, Ct), HttpStatusCode.Conflict);
        await AssertProblem(await assessor.CompleteAsync(id, Completion(), Ct), HttpStatusCode.Conflict);
        await AssertProblem(await assessor.ReviewAsync(id, new { nextReviewOn = tomorrow }, Ct), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await assessor.MoveAsync(id, new { to = "inProgress" }, Ct)).StatusCode);
        var completed = await ReadJson(await assessor.CompleteAsync(id, Completion(eligible: false), Ct));
        Assert.False(completed["assessment"]!["decision"]!["eligible"]!.GetValue<bool>());
        Assert.Contains("not a significant impact", completed["assessment"]!["decision"]!["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertProblem(await assessor.MoveAsync(id, new { to = "inProgress" }, Ct), HttpStatusCode.Conflict);

        // A review needs a plan; then it carries it forward with a new date.
        await AssertProblem(await assessor.ReviewAsync(id, new { nextReviewOn = tomorrow }, Ct), HttpStatusCode.Conflict);
        await assessor.RecordPlanAsync(id, Plan(DateOnly.FromDateTime(DateTime.Today).AddMonths(6).ToString("yyyy-MM-dd")), Ct);
        var reviewOn = DateOnly.FromDateTime(DateTime.Today).AddMonths(12).ToString("yyyy-MM-dd");
        var reviewed = await ReadJson(await assessor.ReviewAsync(id, new { nextReviewOn = reviewOn }, Ct));
        Assert.Equal("reviewed", reviewed["assessment"]!["status"]!.GetValue<string>());
        Assert.Equal(reviewOn, reviewed["assessment"]!["supportPlan"]!["nextReviewOn"]!.GetValue<string>());
        Assert.Equal(7, reviewed["assessment"]!["history"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(0)]
    public async Task A_review_date_more_than_12_months_after_completion_or_not_after_it_is_refused(int months)
    {
        var (carer, id, _) = await StartSelfAssessment();
        await carer.SubmitAsync(id, Ct);
        await Assessor().CompleteAsync(id, Completion(), Ct);
        var date = DateOnly.FromDateTime(DateTime.Today).AddMonths(months).AddDays(months == 13 ? 0 : 0).ToString("yyyy-MM-dd");

        var response = await Assessor().RecordPlanAsync(id, Plan(date), Ct);

        Assert.Contains("nextReviewOn", ErrorKeys(await AssertProblem(response, HttpStatusCode.BadRequest)));
        Assert.Equal(0, await CountAsync("support_plan"));
    }

    [Fact]
    public async Task Declining_records_s11_and_sets_the_re_offer_date()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var id = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct)))["id"]!.GetValue<string>();
        await Assessor().MoveAsync(id, new { to = "offered" }, Ct);

        var declined = await ReadJson(await carer.DeclineAsync(id, new { reason = "Not now, thank you." }, Ct));

        Assert.Equal("declined", declined["status"]!.GetValue<string>());
        Assert.Equal(DateOnly.FromDateTime(DateTime.Today).AddMonths(12).ToString("yyyy-MM-dd"), declined["reofferOn"]!.GetValue<string>());
        await AssertProblem(await carer.DeclineAsync(id, new { }, Ct), HttpStatusCode.Conflict);
        // Declined is not open: the carer may ask again.
        Assert.Equal(HttpStatusCode.Created, (await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = true }, Ct)).StatusCode);
    }

    [Fact]
    public async Task One_open_assessment_at_a_time()
    {
        var (carer, _, _) = await StartSelfAssessment();
        await AssertProblem(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = false }, Ct), HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("assessment"));
    }

    [Fact]
    public async Task Carer_B_cannot_read_save_submit_or_decline_carer_As_assessment()
    {
        var (_, id, etag) = await StartSelfAssessment();
        var bob = Carer(NewSubject());
        await RegisterAsync(bob, ValidRegistration(givenName: "Bob"));

        await AssertProblem(await bob.GetAsync($"/api/me/carer/assessments/{id}", Ct), HttpStatusCode.NotFound);
        await AssertProblem(await bob.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/me/carer/assessments/{id}/answers", new { yourHealth = "x" }, etag), Ct), HttpStatusCode.NotFound);
        await AssertProblem(await bob.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/me/carer/assessments/{id}/submission", null, etag), Ct), HttpStatusCode.NotFound);
        await AssertProblem(await bob.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/me/carer/assessments/{id}/decline", new { }, etag), Ct), HttpStatusCode.NotFound);
        Assert.Empty((await ReadJson(await bob.GetAsync("/api/me/carer/assessments", Ct)))["items"]!.AsArray());
        await AssertProblem(await bob.GetAsync($"/api/assessments/{id}", Ct), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("""{"needsArise":true,"healthAtRisk":false,"significantImpact":true,"reasons":"x"}""", "outcomes")]
    [InlineData("""{"needsArise":true,"healthAtRisk":false,"significantImpact":true,"reasons":"x","outcomes":{"recreation":{"ability":"unable"}}}""", "outcomes")]
    [InlineData("""{"needsArise":"yes","healthAtRisk":false,"significantImpact":true,"reasons":"x"}""", "needsArise")]
    [InlineData("""{"needsArise":true,"healthAtRisk":false,"significantImpact":true,"outcomes":{"flying":{"ability":"able"}}}""", "outcomes")]
    public async Task Bad_completion_input_is_400_and_changes_nothing(string body, string field)
    {
        var (carer, id, _) = await StartSelfAssessment();
        await carer.SubmitAsync(id, Ct);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/assessments/{id}/completion") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("If-Match", await Assessor().AssessmentETagAsync(StaffRoute(id), Ct));
        var problem = await AssertProblem(await Assessor().SendAsync(request, Ct), HttpStatusCode.BadRequest);
        Assert.True(ErrorKeys(problem).Any(k => k.StartsWith(field, StringComparison.Ordinal)), problem.ToJsonString());
        Assert.Equal("inProgress", (await ReadJson(await carer.GetAsync($"/api/me/carer/assessments/{id}", Ct)))["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"aboutYourCaring":"<script>alert(1)</script>"}""", "aboutYourCaring")]
    [InlineData("""{"healthAtRisk":"maybe"}""", "healthAtRisk")]
    [InlineData("""{"outcomes":{"recreation":{"ability":"sometimes"}}}""", "outcomes")]
    public async Task Bad_answers_are_400_and_change_nothing(string body, string field)
    {
        var (carer, id, etag) = await StartSelfAssessment();
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/me/carer/assessments/{id}/answers") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var problem = await AssertProblem(await carer.SendAsync(request, Ct), HttpStatusCode.BadRequest);
        Assert.True(ErrorKeys(problem).Any(k => k.StartsWith(field, StringComparison.Ordinal)), problem.ToJsonString());
    }

    [Fact]
    public async Task Completion_queues_assessment_completed_for_partners_with_consent()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        await ReferKnownCarerAsync(Partner("CarersCentral"), carer, Referral(nhsNumber: "9000000009"));
        var id = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = true }, Ct)))["id"]!.GetValue<string>();
        await carer.SubmitAsync(id, Ct);
        await Assessor().CompleteAsync(id, Completion(), Ct);

        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(["CarersCentral"], (await connection.QueryAsync<string>("SELECT partner FROM outbox_message WHERE event_type = 'assessment.completed'")).ToArray());
    }
}
