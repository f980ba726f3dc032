using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Assessments;

/// <summary>
/// A review's transition note (issue #14): "their next assessment is an adult carer's assessment"
/// belongs only to a young carer's assessment reviewed once the carer is 18, not to every review of
/// an adult.
/// </summary>
public sealed class ReviewAssessmentTests(ApiFixture api) : AssessmentChangeTest(api)
{
    private const string TransitionNote = "adult carer's assessment";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    /// <summary>A completed assessment of the given kind with its support plan, for a carer born on the given day.</summary>
    private async Task<Guid> PlannedAssessmentAsync(string kind, DateOnly dateOfBirth)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            WITH c AS (
                INSERT INTO carer (given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel, registered_by, identification_source, identified_at)
                VALUES ('Review', 'Tester', @DateOfBirth, 'LU1 1AA', 'en', 'phone', 'staff', 'staff', now()) RETURNING id
            ), a AS (
                INSERT INTO assessment (carer_id, kind, status, requested_by, completed_at, eligible)
                SELECT id, @Kind, 'completed', 'test', now() - interval '11 months', true FROM c RETURNING id, carer_id
            ), p AS (
                INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, next_review_on)
                SELECT id, carer_id, 'A regular break.', 'A regular break.', '[]', 0, current_date + 20 FROM a
            )
            SELECT id FROM a
            """, new { Kind = kind, DateOfBirth = dateOfBirth });
    }

    private async Task<string?> ReviewNoteAsync(Guid assessmentId)
    {
        var response = await Assessor().ReviewAsync(assessmentId.ToString(),
            new { nextReviewOn = Today.AddMonths(12).ToString("yyyy-MM-dd"), note = "Reviewed by phone." }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = (await ReadJson(response))["assessment"]!["history"]!.AsArray();
        var review = history.Last(h => h!["to"]!.GetValue<string>() == "reviewed")!;
        return review["note"]?.GetValue<string>();
    }

    [Fact]
    public async Task An_adults_assessment_reviewed_at_40_gets_no_transition_note()
    {
        var id = await PlannedAssessmentAsync("adult", Today.AddYears(-40));

        var note = await ReviewNoteAsync(id);

        Assert.Equal("Reviewed by phone.", note);
    }

    [Fact]
    public async Task A_young_carers_assessment_reviewed_on_their_18th_birthday_says_their_next_is_an_adult_carers_assessment()
    {
        var id = await PlannedAssessmentAsync("youngCarer", Today.AddYears(-18));

        var note = await ReviewNoteAsync(id);

        Assert.StartsWith("Reviewed by phone.", note, StringComparison.Ordinal);
        Assert.Contains(TransitionNote, note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_young_carers_assessment_reviewed_the_day_before_they_turn_18_gets_no_transition_note()
    {
        var id = await PlannedAssessmentAsync("youngCarer", Today.AddYears(-18).AddDays(1));

        var note = await ReviewNoteAsync(id);

        Assert.Equal("Reviewed by phone.", note);
    }

    [Fact]
    public async Task Reviewing_without_If_Match_is_428_and_writes_nothing()
    {
        var id = await CompletedAsync(planned: true);
        await AssertWithoutIfMatchIs428Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Post, "review", new { nextReviewOn = InMonths(12) });
    }

    [Fact]
    public async Task Reviewing_after_the_plan_was_changed_is_412_and_writes_nothing()
    {
        var id = await CompletedAsync(planned: true);
        await AssertStaleIfMatchIs412Async(Assessor(), AssessmentCalls.StaffRoute(id), HttpMethod.Post, "review", new { nextReviewOn = InMonths(12) },
            () => Assessor("assessor-2").RecordPlanAsync(id, AssessmentJourneyTests.Plan(InMonths(7)), Ct));
    }
}
