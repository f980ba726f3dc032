using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>Base for tests over HTTP: a clean database before each test, and helpers for callers.</summary>
public abstract class ApiTest(ApiFixture api) : IAsyncLifetime
{
    protected ApiFixture Api { get; } = api;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The last audit row written before this test began. audit_event is never emptied (the database refuses
    /// deletes), so the audit helpers read only rows after it: a subject another test also used (manager-2 in
    /// a race of twenty managers) cannot leak its rows into this test's.
    /// </summary>
    private long _auditBefore;

    /// <summary>For a test's own query of audit_event: <c>AND id > @AuditSince</c>.</summary>
    protected long AuditSince => _auditBefore;

    public virtual async ValueTask InitializeAsync()
    {
        await Api.ResetAsync();
        _auditBefore = await ScalarAsync<long>("SELECT coalesce(max(id), 0) FROM audit_event");
    }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>A subject nobody else in this run uses, so audit rows can be told apart.</summary>
    protected static string NewSubject(string prefix = "carer") => $"{prefix}-{Guid.NewGuid():N}";

    protected HttpClient Carer(string subject) => Api.ClientAs(Roles.Carer, subject);

    protected HttpClient Assessor(string subject = "assessor-1") => Api.ClientAs(Roles.Assessor, subject);

    protected HttpClient Anonymous() => Api.Factory.CreateClient();

    protected HttpClient Partner(string partner, string? subject = null) => Api.ClientAs(Roles.Partner, subject ?? $"{partner}-system", partner);

    protected HttpClient Manager(string subject = "manager-1") => Api.ClientAs(Roles.Manager, subject);

    public static object Referral(string givenName = "Rafi", string familyName = "Referredson", string dateOfBirth = "1980-06-01",
        string? nhsNumber = null, string postcode = "LU3 2CD", string basis = "self") => new
    {
        givenName,
        familyName,
        dateOfBirth,
        postcode,
        nhsNumber,
        phone = "07700 900456",
        consent = new { basis, givenOn = "2025-02-01" },
        reason = "Cares for his mother after a stroke; asked for a carer's assessment.",
    };

    protected async Task<Guid> ReferAsync(HttpClient partner, object? body = null)
    {
        var response = await partner.PostAsJsonAsync("/api/partner/referrals", body ?? Referral(), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((await ReadJson(response))["carerId"]!.GetValue<string>());
    }

    /// <summary>A partner refers a carer the council already knows, and the carer confirms it in their account (decision 0024).</summary>
    protected async Task ReferKnownCarerAsync(HttpClient partner, HttpClient carer, object body)
    {
        var response = await partner.PostAsJsonAsync("/api/partner/referrals", body, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var referralId = (await ReadJson(response))["referralId"]!.GetValue<string>();
        var answer = await carer.PostAsJsonAsync($"/api/me/carer/partner-referrals/{referralId}/answer", new { answer = "confirm" }, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    public static object ValidRegistration(string givenName = "Amara", string familyName = "Testcarer", string dateOfBirth = "1975-03-14",
        string? nhsNumber = null, string registeringAs = "self", string postcode = "LU1 3AB") => new
    {
        registeringAs,
        givenName,
        familyName,
        dateOfBirth,
        postcode,
        preferredLanguage = "en",
        preferredContactChannel = "email",
        email = "amara@example.com",
        reasonableAdjustments = new[] { "largePrint" },
        nhsNumber,
    };

    public static object ValidCaredForPerson(string postcode = "LU2 7XY") => new
    {
        givenName = "Bola",
        familyName = "Testcared",
        postcode,
        relationship = "parent",
        mainNeed = "dementia",
        hoursPerWeek = 35,
        livesWithCarer = true,
        startedOn = "2020-01-01",
    };

    protected async Task<(JsonObject Record, string ETag)> RegisterAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/me/carer", body ?? ValidRegistration(), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJson(response), response.Headers.ETag!.ToString());
    }

    protected static async Task<JsonObject> ReadJson(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();

    /// <summary>A 4xx answer in RFC 9457 form, with a title; returns the body.</summary>
    protected static async Task<JsonObject> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        // Every problem names a documented type (docs/problems.md, decision 0040).
        var type = problem["type"]?.GetValue<string>();
        Assert.True(type is not null && ProblemTypes.All.Contains(type), $"The problem's type {type ?? "(none)"} is not one of the documented types: {text}");
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return problem;
    }

    protected static string[] ErrorKeys(JsonObject problem) =>
        problem["errors"]?.AsObject().Select(e => e.Key).ToArray() ?? [];

    protected async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        // The table name is one of a fixed set written in the tests, never input.
        return await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}");
    }

    /// <summary>One value from a query written in the test, never input.</summary>
    protected async Task<T?> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return await connection.ExecuteScalarAsync<T>(sql, parameters);
    }

    protected async Task<List<AuditRow>> AuditFor(string actorSubject)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return (await connection.QueryAsync<AuditRow>(
            "SELECT actor_subject, actor_role, action, record_type, record_id, outcome FROM audit_event WHERE actor_subject = @actorSubject AND id > @since ORDER BY id",
            new { actorSubject, since = _auditBefore })).ToList();
    }

    public sealed record AuditRow(string actor_subject, string actor_role, string action, string record_type, string? record_id, string outcome);

    /// <summary>The rows one caller wrote for one action, with whose data they are about and why (decision 0025).</summary>
    protected async Task<List<AuditDetail>> AuditDetailFor(string actorSubject, string action)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return (await connection.QueryAsync<AuditDetail>(
            """
            SELECT record_type, record_id, outcome, reason, carer_id, access_reason, actor_organisation
            FROM audit_event WHERE actor_subject = @actorSubject AND action = @action AND id > @since ORDER BY id
            """, new { actorSubject, action, since = _auditBefore })).ToList();
    }

    public sealed record AuditDetail(string record_type, string? record_id, string outcome, string? reason, Guid? carer_id, string? access_reason, string? actor_organisation);

    /// <summary>A member of staff whose requests carry no Access-Reason header (the fixture's staff say casework).</summary>
    protected HttpClient StaffWithoutReason(string role, string subject)
    {
        var client = Api.ClientAs(role, subject);
        client.DefaultRequestHeaders.Remove("Access-Reason");
        return client;
    }

    protected static StringContent Json(string raw) => new(raw, System.Text.Encoding.UTF8, "application/json");

    protected static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
