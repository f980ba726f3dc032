using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Assessments;

/// <summary>Carers, assessments and plans written straight to the database for the caseload and re-offer tests.</summary>
public sealed class CaseloadData(string connectionString)
{
    public async Task<Guid> CarerAsync(string familyName = "Caseload")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO carer (given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel, registered_by, identification_source, identified_at)
            VALUES ('Case', @FamilyName, date '1970-01-01', 'LU1 1AA', 'en', 'phone', 'staff', 'staff', now()) RETURNING id
            """, new { FamilyName = familyName });
    }

    /// <summary>An open assessment asked for the given number of days ago, held by the assessor (or nobody).</summary>
    public async Task<Guid> OpenAsync(Guid carerId, string? assessor, int requestedDaysAgo, string status = "requested")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO assessment (carer_id, kind, status, requested_at, requested_by, allocated_to)
            VALUES (@CarerId, 'adult', @Status, now() - make_interval(days => @Days), 'test', @Assessor) RETURNING id
            """, new { CarerId = carerId, Status = status, Days = requestedDaysAgo, Assessor = assessor });
    }

    /// <summary>A completed assessment held by the assessor (or nobody), with a plan due for review in the given number of days.</summary>
    public async Task<Guid> PlannedAsync(Guid carerId, string? assessor, int reviewInDays)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            WITH a AS (
                INSERT INTO assessment (carer_id, kind, status, requested_at, requested_by, allocated_to, completed_at, eligible)
                VALUES (@CarerId, 'adult', 'completed', now() - interval '60 days', 'test', @Assessor, now() - interval '30 days', true)
                RETURNING id, carer_id, completed_at
            ), p AS (
                INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, next_review_on, created_at)
                SELECT id, carer_id, 'A regular break.', 'A regular break.', '[]', 0, current_date + @Days, completed_at FROM a
            )
            SELECT id FROM a
            """, new { CarerId = carerId, Assessor = assessor, Days = reviewInDays });
    }

    /// <summary>A declined assessment asked for the given number of days ago, offered again on the given date.</summary>
    public async Task<Guid> DeclinedAsync(Guid carerId, DateOnly reofferOn, int requestedDaysAgo = 30)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO assessment (carer_id, kind, status, requested_at, requested_by, reoffer_on)
            VALUES (@CarerId, 'adult', 'declined', now() - make_interval(days => @Days), 'test', @ReofferOn) RETURNING id
            """, new { CarerId = carerId, Days = requestedDaysAgo, ReofferOn = reofferOn });
    }

    public async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(sql, parameters);
    }
}
