using System.Net;
using Carers.Api.Domain;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Grants;

/// <summary>What the grant operations' tests share: an officer, this year's budget, submitted applications made directly.</summary>
public abstract class GrantTest(ApiFixture api) : ApiTest(api)
{
    protected static int ThisYear => FinancialYear.Of(DateOnly.FromDateTime(DateTime.Today));

    protected HttpClient Officer(string subject = "grants-officer-1") => Api.ClientAs("Staff.GrantsOfficer", subject);

    protected async Task SetBudgetAsync(long totalPence = 10_000_000)
    {
        Assert.Equal(HttpStatusCode.OK, (await Officer().SetBudgetAsync(Api, ThisYear, new { totalPence }, Ct)).StatusCode);
    }

    /// <summary>Adds submitted applications of £100 from as many eligible carers, a minute apart; the ids of every submitted one, oldest first.</summary>
    protected async Task<List<string>> SubmittedAsync(int count)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("""
            WITH carers AS (
                INSERT INTO carer (given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel, registered_by, identification_source, identified_at)
                SELECT 'Paged', 'Carer' || g, date '1970-01-01', 'LU1 1AA', 'en', 'phone', 'staff', 'staff', now() FROM generate_series(1, @Count) g RETURNING id
            ), assessed AS (
                INSERT INTO assessment (carer_id, kind, status, requested_by, completed_at, eligible) SELECT id, 'adult', 'completed', 'test', now(), true FROM carers RETURNING id, carer_id
            ), numbered AS (
                SELECT id, carer_id, row_number() OVER (ORDER BY id) AS n FROM assessed
            )
            INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id, submitted_at)
            SELECT carer_id, @Year, 'adults', 'break', 10000, 'A break', 'submitted', id, now() - interval '1 day' + n * interval '1 minute' FROM numbered
            RETURNING id
            """, new { Count = count, Year = ThisYear });
        return (await connection.QueryAsync<Guid>("SELECT id FROM grant_application WHERE status = 'submitted' ORDER BY submitted_at, id"))
            .Select(g => g.ToString()).ToList();
    }

    protected async Task<string> StatusOfAsync(string grantId) =>
        (await ScalarAsync<string>($"SELECT status FROM grant_application WHERE id = '{Guid.Parse(grantId)}'"))!;

    protected Task<HttpResponseMessage> StepAsync(string grantId, string step, object? body, string? eTag, HttpClient? officer = null) =>
        (officer ?? Officer()).SendIfMatchAsync(HttpMethod.Post, $"/api/grant-applications/{grantId}/{step}", body, eTag, Ct);
}
