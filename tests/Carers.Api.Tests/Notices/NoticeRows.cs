using System.Net.Http.Json;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Infrastructure.Contract;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Carers.Api.Tests.Notices;

/// <summary>A carer_notice row as the tests read it.</summary>
public sealed class StoredNotice
{
    public Guid id { get; init; }
    public Guid carer_id { get; init; }
    public string kind { get; init; } = "";
    public string source_key { get; init; } = "";
    public string? channel { get; init; }
    public string format { get; init; } = "";
    public string language { get; init; } = "";
    public string? recipient { get; init; }
    public string[]? address_lines { get; init; }
    public string subject { get; init; } = "";
    public string body { get; init; } = "";
    public string status { get; init; } = "";
    public int attempts { get; init; }
    public Guid? notify_id { get; init; }
    public string? failure_reason { get; init; }
    public string? last_error { get; init; }
}

/// <summary>The notices in the database, and an API that sends them to the local Notify server when a test says so.</summary>
public static class NoticeRows
{
    public static async Task<List<StoredNotice>> ForAsync(string connectionString, Guid carerId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.QueryAsync<StoredNotice>("""
            SELECT id, carer_id, kind, source_key, channel, format, language, recipient, address_lines, subject, body, status, attempts, notify_id,
                   failure_reason, last_error
            FROM carer_notice WHERE carer_id = @carerId ORDER BY created_at, id
            """, new { carerId })).ToList();
    }

    public static async Task<List<StoredNotice>> OfKindAsync(string connectionString, string kind)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.QueryAsync<StoredNotice>("""
            SELECT id, carer_id, kind, source_key, channel, format, language, recipient, address_lines, subject, body, status, attempts, notify_id,
                   failure_reason, last_error
            FROM carer_notice WHERE kind = @kind ORDER BY created_at, id
            """, new { kind })).ToList();
    }

    public static async Task<Guid> CarerIdOfAsync(string connectionString, string subject)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<Guid>("SELECT id FROM carer WHERE account_subject = @subject", new { subject });
    }
}

/// <summary>
/// Base for the tests that send notices: an API (kept for the run) whose dispatcher sends to the local Notify server when
/// the test calls <see cref="DispatchAsync"/>, on the shared database.
/// </summary>
public abstract class NoticeSendingTest(ApiFixture api) : ApiTest(api)
{
    protected LocalNotify Notify { get; } = LocalNotify.Instance;

    protected CheckedFactory Sending => Api.KeptFactory(Notify.ApiSettings);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Notify.OutageAsync(false, Ct);
        await Notify.AnswerDelayAsync(0, Ct);
    }

    /// <summary>A client of the sending API, signed in as <paramref name="role"/>.</summary>
    protected HttpClient SendingClient(string role, string subject)
    {
        var client = Sending.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Api.TokenFor(role, subject));
        if (role.StartsWith("Staff.", StringComparison.Ordinal)) client.DefaultRequestHeaders.Add("Access-Reason", "casework");
        return client;
    }

    /// <summary>One pass of the dispatcher, as its loop would make: how many notices it attempted.</summary>
    protected Task<int> DispatchAsync() => Sending.Services.GetRequiredService<NoticeDispatcher>().DispatchBatchAsync(Ct);

    protected Task<List<StoredNotice>> NoticesOfAsync(Guid carerId) => NoticeRows.ForAsync(Api.ConnectionString, carerId);

    /// <summary>A carer registered through the sending API with the details given (English, email, no adjustments unless said).</summary>
    protected async Task<Guid> RegisterCarerAsync(string subject, string language = "en", string channel = "email", string[]? adjustments = null,
        string? email = "amara@example.com", string? phone = null, string? addressLine1 = null)
    {
        var response = await SendingClient(Roles.Carer, subject).PostAsJsonAsync("/api/me/carer", new
        {
            registeringAs = "self", givenName = "Amara", familyName = "Testcarer", dateOfBirth = "1975-03-14", postcode = "LU1 3AB",
            preferredLanguage = language, preferredContactChannel = channel, email, phone, addressLine1, town = addressLine1 is null ? null : "Luton",
            reasonableAdjustments = adjustments ?? [],
        }, Ct);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return NoticeRowsId(await ReadJson(response));
    }

    private static Guid NoticeRowsId(System.Text.Json.Nodes.JsonObject record) => Guid.Parse(record["id"]!.GetValue<string>());
}
