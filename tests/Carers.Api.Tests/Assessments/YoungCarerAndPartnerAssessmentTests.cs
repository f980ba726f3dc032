using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Assessments;

public sealed class YoungCarerAndPartnerAssessmentTests(ApiFixture api) : ApiTest(api)
{
    private static string YearsAgo(int years, int days = 0) => DateOnly.FromDateTime(DateTime.Today).AddYears(-years).AddDays(-days).ToString("yyyy-MM-dd");

    [Fact]
    public async Task Under_18_it_is_a_young_carers_needs_assessment_and_at_18_the_next_is_an_adults()
    {
        var carer = Carer(NewSubject("parent"));
        var (record, _) = await RegisterAsync(carer, ValidRegistration(dateOfBirth: YearsAgo(17, -10), registeringAs: "parentOfYoungCarer"));
        var assessment = await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/assessments", new { selfAssessment = true }, Ct));
        Assert.Equal("youngCarer", assessment["kind"]!.GetValue<string>());
        Assert.Equal("youngCarer", assessment["nextAssessmentKind"]!.GetValue<string>());
        var id = assessment["id"]!.GetValue<string>();

        var etag = (await carer.GetAsync($"/api/me/carer/assessments/{id}", Ct)).Headers.ETag!.ToString();
        var save = new HttpRequestMessage(HttpMethod.Put, $"/api/me/carer/assessments/{id}/answers")
        {
            Content = JsonContent.Create(new { impactOnEducation = "I miss school when mum is unwell.", youngCarersWishes = "Time with friends." }),
        };
        save.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.OK, (await carer.SendAsync(save, Ct)).StatusCode);

        // Eighteen today: the same record, now in the adult regime, without registering again.
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("UPDATE carer SET date_of_birth = @Dob WHERE id = @Id",
            new { Dob = DateOnly.FromDateTime(DateTime.Today).AddYears(-18), Id = Guid.Parse(record["id"]!.GetValue<string>()) });
        var after = await ReadJson(await carer.GetAsync($"/api/me/carer/assessments/{id}", Ct));
        Assert.Equal("youngCarer", after["kind"]!.GetValue<string>());
        Assert.Equal("adult", after["nextAssessmentKind"]!.GetValue<string>());
        Assert.Equal("youngAdultCarer", (await ReadJson(await carer.GetAsync("/api/me/carer", Ct)))["category"]!.GetValue<string>());
    }

    [Fact]
    public async Task CHUMS_asks_for_a_young_carers_assessment_and_reads_the_outcome_but_never_the_notes()
    {
        var chums = Partner("Chums");
        var carerId = await ReferAsync(chums, Referral(dateOfBirth: YearsAgo(14), basis: "parentForChild"));

        var requested = await chums.PostAsync($"/api/partner/carers/{carerId}/assessments", null, Ct);
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var assessmentId = (await ReadJson(requested))["assessmentId"]!.GetValue<string>();
        var assessor = Assessor();
        await assessor.MoveAsync(assessmentId, new { to = "inProgress" }, Ct);
        Assert.Equal(HttpStatusCode.OK, (await CompleteYoungCarerAssessmentTests.DecideAsync(assessor, assessmentId)).StatusCode);

        var outcomes = await chums.GetAsync($"/api/partner/carers/{carerId}/assessments", Ct);
        var text = await outcomes.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, outcomes.StatusCode);
        Assert.Contains("\"eligible\":true", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Private assessor note", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stopping you going to school", text, StringComparison.Ordinal);

        await AssertProblem(await Partner("CarersCentral").GetAsync($"/api/partner/carers/{carerId}/assessments", Ct), HttpStatusCode.NotFound);
        await AssertProblem(await Partner("CarersCentral").PostAsync($"/api/partner/carers/{carerId}/assessments", null, Ct), HttpStatusCode.NotFound);
        Assert.Equal(1, await CountAsync("assessment"));
    }
}
