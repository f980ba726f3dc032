using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Reports;

/// <summary>Records built straight in the database for the indicator tests, dated where each test needs them.</summary>
internal sealed class ReportRecords(string connectionString)
{
    public const string Route = "/api/reports/indicators";

    public async Task<Guid> CarerAsync(string identifiedAt, string source = "staff", string dateOfBirth = "1970-01-01", string? ethnicity = null,
        string? employment = null, Guid? mergedInto = null, string? closedAt = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO carer (registered_by, given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel,
                               ethnicity, employment_status, identification_source, identified_at, merged_into, closed_at, closed_reason)
            VALUES ('staff', 'Test', 'Reportcarer', @Dob::date, 'LU1 1AA', 'en', 'email', @Ethnicity, @Employment, @Source,
                    @IdentifiedAt::timestamptz, @MergedInto, @ClosedAt::timestamptz,
                    CASE WHEN @ClosedAt::timestamptz IS NULL THEN NULL WHEN @MergedInto::uuid IS NOT NULL THEN 'merged' ELSE 'exCarer' END)
            RETURNING id
            """, new { Dob = dateOfBirth, Ethnicity = ethnicity, Employment = employment, Source = source, IdentifiedAt = identifiedAt, MergedInto = mergedInto, ClosedAt = closedAt });
    }

    public async Task<Guid> RelationshipAsync(Guid carerId, string mainNeed = "dementia", string startedOn = "2010-01-01", string? endedOn = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            WITH p AS (INSERT INTO cared_for_person (given_name, family_name, postcode) VALUES ('Cared', 'Person', 'LU1 1AA') RETURNING id)
            INSERT INTO caring_relationship (carer_id, cared_for_person_id, relationship, main_need, hours_per_week, lives_with_carer, started_on, ended_on)
            SELECT @CarerId, p.id, 'parent', @MainNeed, 20, true, @StartedOn::date, @EndedOn::date FROM p RETURNING id
            """, new { CarerId = carerId, MainNeed = mainNeed, StartedOn = startedOn, EndedOn = endedOn });
    }

    public async Task<Guid> AssessmentAsync(Guid carerId, string requestedAt, string? completedAt = null, string kind = "adult", string answers = "{}")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO assessment (carer_id, kind, status, requested_at, requested_by, answers, completed_at)
            VALUES (@CarerId, @Kind, CASE WHEN @CompletedAt::timestamptz IS NULL THEN 'requested' ELSE 'completed' END, @RequestedAt::timestamptz, 'test',
                    @Answers::jsonb, @CompletedAt::timestamptz)
            RETURNING id
            """, new { CarerId = carerId, Kind = kind, RequestedAt = requestedAt, CompletedAt = completedAt, Answers = answers });
    }

    public async Task EventAsync(Guid assessmentId, string toStatus, string at)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            INSERT INTO assessment_event (assessment_id, to_status, at, by_subject, by_role) VALUES (@AssessmentId, @ToStatus, @At::timestamptz, 'test', 'Staff.Assessor')
            """, new { AssessmentId = assessmentId, ToStatus = toStatus, At = at });
    }

    public async Task SupportPlanAsync(Guid assessmentId, Guid carerId, string nextReviewOn, string createdAt)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, next_review_on, created_at)
            VALUES (@AssessmentId, @CarerId, 'Needs', 'Eligible needs', '[]', 0, @NextReviewOn::date, @CreatedAt::timestamptz)
            """, new { AssessmentId = assessmentId, CarerId = carerId, NextReviewOn = nextReviewOn, CreatedAt = createdAt });
    }

    public async Task GrantAsync(Guid carerId, string status, string submittedAt, string? approvedOn = null, string? paidOn = null,
        string? decidedAt = null, string? cancelledAt = null, string pot = "adults", int year = 2015)
    {
        var assessment = await AssessmentAsync(carerId, "2015-01-05T10:00:00Z", "2015-01-20T10:00:00Z");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id, submitted_at,
                                           approved_on, paid_on, decided_at, cancelled_at, override_reason, later_in_year)
            VALUES (@CarerId, @Year, @Pot, 'A break', 30000, 'Rest', @Status, @Assessment, @SubmittedAt::timestamptz, @ApprovedOn::date, @PaidOn::date,
                    @DecidedAt::timestamptz, @CancelledAt::timestamptz, 'test: several a year', true)
            """, new { CarerId = carerId, Year = year, Pot = pot, Status = status, Assessment = assessment, SubmittedAt = submittedAt, ApprovedOn = approvedOn,
            PaidOn = paidOn, DecidedAt = decidedAt, CancelledAt = cancelledAt });
    }

    public async Task PotAsync(int year, string pot, long budgetPence, long committedPence, long paidPence)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            INSERT INTO grant_pot (financial_year, pot, budget_pence, committed_pence, paid_pence) VALUES (@Year, @Pot, @Budget, @Committed, @Paid)
            """, new { Year = year, Pot = pot, Budget = budgetPence, Committed = committedPence, Paid = paidPence });
    }

    public async Task BreakAsync(Guid carerId, string breakType, string startsOn, string endsOn, string status = "completed", int? sittingMinutes = null, bool emergency = false)
    {
        var relationship = await RelationshipAsync(carerId);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            WITH p AS (INSERT INTO break_provider (name, works_on) VALUES ('Provider ' || gen_random_uuid(), '{1,2,3,4,5,6,7}') RETURNING id)
            INSERT INTO break_booking (carer_id, relationship_id, provider_id, break_type, starts_on, ends_on, sitting_minutes, emergency, status)
            SELECT @CarerId, @Relationship, p.id, @BreakType, @StartsOn::date, @EndsOn::date, @SittingMinutes, @Emergency, @Status FROM p
            """, new { CarerId = carerId, Relationship = relationship, BreakType = breakType, StartsOn = startsOn, EndsOn = endsOn, SittingMinutes = sittingMinutes,
            Emergency = emergency, Status = status });
    }

    public async Task PartnerSupportAsync(Guid carerId, string partner, string supportType, string givenOn)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            INSERT INTO partner_support (carer_id, partner, support_type, given_on, duration_minutes, recorded_by) VALUES (@CarerId, @Partner, @SupportType, @GivenOn::date, 30, 'test')
            """, new { CarerId = carerId, Partner = partner, SupportType = supportType, GivenOn = givenOn });
    }

    public async Task SqlAsync(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(sql, parameters);
    }

    /// <summary>The indicator set for a year, read as a manager; fails the test unless it is 200.</summary>
    public static async Task<JsonObject> ReadAsync(HttpClient manager, int year)
    {
        var response = await manager.GetAsync($"{Route}?year={year}", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static JsonObject Indicator(JsonObject set, string id) =>
        set["indicators"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!.AsObject();

    public static decimal? Value(JsonObject set, string id) => Indicator(set, id)["value"]?.GetValue<decimal>();

    public static (decimal? Numerator, decimal? Denominator) Fraction(JsonObject set, string id)
    {
        var indicator = Indicator(set, id);
        return (indicator["numerator"]?.GetValue<decimal>(), indicator["denominator"]?.GetValue<decimal>());
    }

    public static decimal? Part(JsonObject set, string id, string key) =>
        Indicator(set, id)["parts"]!.AsArray().Single(p => p!["key"]!.GetValue<string>() == key)!["value"]?.GetValue<decimal>();
}
