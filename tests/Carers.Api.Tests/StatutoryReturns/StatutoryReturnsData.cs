using Dapper;
using Npgsql;

namespace Carers.Api.Tests.StatutoryReturns;

/// <summary>Records written straight to the database, each dated, so every CLD and LTS003 rule can be set up exactly.</summary>
public sealed class StatutoryReturnsData(string connectionString)
{
    public const string CldRoute = "/api/statutory-returns/client-level-data";
    public const string Lts003Route = "/api/statutory-returns/salt-lts003";

    private static DateTime Noon(string day) => DateTime.SpecifyKind(DateTime.Parse(day + "T12:00:00", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

    private async Task<T> Scalar<T>(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("No value");
    }

    private async Task Execute(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(sql, parameters);
    }

    public Task<Guid> CarerAsync(string dateOfBirth, string? nhsNumber = null, string postcode = "LU1 1AA", string? ethnicity = null) => Scalar<Guid>("""
        INSERT INTO carer (registered_by, given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel,
                           nhs_number, ethnicity, identification_source, identified_at)
        VALUES ('staff', 'Ret', 'Urns', @Dob, @Postcode, 'en', 'email', @NhsNumber, @Ethnicity, 'staff', now()) RETURNING id
        """, new { Dob = DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture), Postcode = postcode, NhsNumber = nhsNumber, Ethnicity = ethnicity });

    public Task MergeAsync(Guid duplicate, Guid survivor) =>
        Execute("UPDATE carer SET merged_into = @Survivor, closed_at = now(), closed_reason = 'merged' WHERE id = @Duplicate", new { Duplicate = duplicate, Survivor = survivor });

    /// <summary>A caring relationship with a new cared-for person; returns (relationship id, cared-for person id).</summary>
    public async Task<(Guid Relationship, Guid CaredFor)> CaresForAsync(Guid carer, string mainNeed, int hours, string startedOn = "2010-01-01", string? caredForBorn = "1935-01-01")
    {
        var caredFor = await Scalar<Guid>("""
            INSERT INTO cared_for_person (given_name, family_name, date_of_birth, postcode) VALUES ('Cared', 'For', @Dob, 'LU2 2BB') RETURNING id
            """, new { Dob = caredForBorn is null ? (DateOnly?)null : DateOnly.Parse(caredForBorn, System.Globalization.CultureInfo.InvariantCulture) });
        var relationship = await Scalar<Guid>("""
            INSERT INTO caring_relationship (carer_id, cared_for_person_id, relationship, main_need, hours_per_week, lives_with_carer, started_on)
            VALUES (@Carer, @CaredFor, 'parent', @MainNeed, @Hours, true, @StartedOn) RETURNING id
            """, new { Carer = carer, CaredFor = caredFor, MainNeed = mainNeed, Hours = hours, StartedOn = DateOnly.Parse(startedOn, System.Globalization.CultureInfo.InvariantCulture) });
        return (relationship, caredFor);
    }

    /// <summary>An assessment requested on a day; each move is (from, to, day); completed with a decision if completedOn is given.</summary>
    public async Task<Guid> AssessmentAsync(Guid carer, string status, string requestedOn, (string From, string To, string On)[] moves,
        string? completedOn = null, bool? eligible = null, string requestedBy = "staff-1", bool selfAssessment = false)
    {
        var id = await Scalar<Guid>("""
            INSERT INTO assessment (carer_id, kind, status, self_assessment, requested_at, requested_by, completed_at, eligible)
            VALUES (@Carer, 'adult', @Status, @Self, @RequestedAt, @RequestedBy, @CompletedAt, @Eligible) RETURNING id
            """, new { Carer = carer, Status = status, Self = selfAssessment, RequestedAt = Noon(requestedOn), RequestedBy = requestedBy,
                CompletedAt = completedOn is null ? (DateTime?)null : Noon(completedOn), Eligible = eligible });
        foreach (var (from, to, on) in moves)
        {
            await Execute("""
                INSERT INTO assessment_event (assessment_id, from_status, to_status, at, by_subject, by_role) VALUES (@Id, @From, @To, @At, 'staff-1', 'Staff.Assessor')
                """, new { Id = id, From = from, To = to, At = Noon(on) });
        }

        return id;
    }

    public Task<Guid> GrantAsync(Guid carer, Guid assessment, string status, string? paidOn, int financialYear = 2014) => Scalar<Guid>("""
        INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id, paid_on)
        VALUES (@Carer, @FinancialYear, 'adults', 'A break, with "quotes", and commas', 30000, 'rest', @Status, @Assessment, @PaidOn) RETURNING id
        """, new { Carer = carer, FinancialYear = financialYear, Assessment = assessment, Status = status, PaidOn = paidOn is null ? (DateOnly?)null : DateOnly.Parse(paidOn, System.Globalization.CultureInfo.InvariantCulture) });

    public async Task<Guid> BreakAsync(Guid carer, Guid relationship, string status, string startsOn, string endsOn)
    {
        var provider = await Scalar<Guid>("""
            INSERT INTO break_provider (name, works_on) VALUES (@Name, '{1,2,3,4,5}') RETURNING id
            """, new { Name = $"Provider {Guid.NewGuid():N}" });
        return await Scalar<Guid>("""
            INSERT INTO break_booking (carer_id, relationship_id, provider_id, break_type, starts_on, ends_on, status)
            VALUES (@Carer, @Relationship, @Provider, 'shortBreak', @StartsOn, @EndsOn, @Status) RETURNING id
            """, new { Carer = carer, Relationship = relationship, Provider = provider, Status = status,
                StartsOn = DateOnly.Parse(startsOn, System.Globalization.CultureInfo.InvariantCulture), EndsOn = DateOnly.Parse(endsOn, System.Globalization.CultureInfo.InvariantCulture) });
    }

    public Task<Guid> PartnerSupportAsync(Guid carer, string givenOn) => Scalar<Guid>("""
        INSERT INTO partner_support (carer_id, partner, support_type, given_on, duration_minutes, recorded_by)
        VALUES (@Carer, 'CarersCentral', 'advice', @GivenOn, 30, 'CarersCentral-system') RETURNING id
        """, new { Carer = carer, GivenOn = DateOnly.Parse(givenOn, System.Globalization.CultureInfo.InvariantCulture) });
}
