using System.Net.Http.Json;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// Changes sent with If-Match, as the SPA sends them: the ETag of the record's current version. Tests that are
/// not about concurrency read the version from the database (no audited read in between) and send it.
/// </summary>
public static class IfMatch
{
    public static string For(int version) => $"\"v{version}\"";

    /// <summary>The ETag of a row's current version ("v1" for a row that does not exist).</summary>
    public static async Task<string> ETagAsync(this ApiFixture api, string table, string id)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        var version = await connection.ExecuteScalarAsync<int?>($"SELECT version FROM {table} WHERE id = @Id", new { Id = Guid.Parse(id) });
        return For(version ?? 1);
    }

    public static Task<HttpResponseMessage> SendIfMatchAsync(this HttpClient client, HttpMethod method, string url, object? body, string? eTag,
        CancellationToken ct)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (eTag is not null) request.Headers.TryAddWithoutValidation("If-Match", eTag);
        return client.SendAsync(request, ct);
    }

    /// <summary>POST to a record at its current version.</summary>
    public static async Task<HttpResponseMessage> PostCurrentAsync(this HttpClient client, ApiFixture api, string table, string id, string url, object? body,
        CancellationToken ct) =>
        await client.SendIfMatchAsync(HttpMethod.Post, url, body, await api.ETagAsync(table, id), ct);

    /// <summary>A grant application's step (approval, decline, payment, cancellation) at its current version.</summary>
    public static Task<HttpResponseMessage> GrantStepAsync(this HttpClient officer, ApiFixture api, string grantId, string step, object? body, CancellationToken ct) =>
        officer.PostCurrentAsync(api, "grant_application", grantId, $"/api/grant-applications/{grantId}/{step}", body, ct);

    /// <summary>A break's move at its current version.</summary>
    public static Task<HttpResponseMessage> MoveBreakAsync(this HttpClient staff, ApiFixture api, string breakId, object body, CancellationToken ct) =>
        staff.PostCurrentAsync(api, "break_booking", breakId, $"/api/breaks/{breakId}/moves", body, ct);

    /// <summary>The ETag of a year's budget ("v0" when none is set yet).</summary>
    public static async Task<string> BudgetETagAsync(this ApiFixture api, int year)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        return For(await connection.ExecuteScalarAsync<int?>("SELECT max(version) FROM grant_pot WHERE financial_year = @Year", new { Year = year }) ?? 0);
    }

    /// <summary>SetGrantBudget at the budget's current version.</summary>
    public static async Task<HttpResponseMessage> SetBudgetAsync(this HttpClient officer, ApiFixture api, int year, object body, CancellationToken ct) =>
        await officer.SendIfMatchAsync(HttpMethod.Put, $"/api/grant-budgets/{year}", body, await api.BudgetETagAsync(year), ct);
}
