using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.InformationRequests;

/// <summary>Bodies and calls the information request tests share.</summary>
public static class InformationRequestsRequests
{
    public const string MyRoute = "/api/me/carer/information-requests";
    public const string StaffRoute = "/api/information-requests";

    public static JsonObject Valid(string? format = "largePrint", string? language = null)
    {
        var body = new JsonObject { ["subject"] = "leaflet", ["title"] = "Carers' breaks leaflet", ["description"] = "The one about short breaks." };
        if (format is not null) body["format"] = format;
        if (language is not null) body["language"] = language;
        return body;
    }

    public static StringContent Body(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    /// <summary>A registration whose record holds the given adjustments and preferred language.</summary>
    public static object Registration(string preferredLanguage, params string[] adjustments) => new
    {
        registeringAs = "self",
        givenName = "Amara",
        familyName = "Testcarer",
        dateOfBirth = "1975-03-14",
        postcode = "LU1 3AB",
        preferredLanguage,
        preferredContactChannel = "email",
        email = "amara@example.com",
        reasonableAdjustments = adjustments,
    };

    /// <summary>Asks as the carer; returns the created request.</summary>
    public static async Task<JsonObject> AskAsync(this HttpClient carer, JsonObject body, CancellationToken ct)
    {
        var response = await carer.PostAsync(MyRoute, Body(body), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!["request"]!.AsObject();
    }

    public static async Task RegisterWithAsync(this HttpClient carer, object registration, CancellationToken ct) =>
        Assert.Equal(HttpStatusCode.Created, (await carer.PostAsJsonAsync("/api/me/carer", registration, ct)).StatusCode);

    /// <summary>Puts an open request straight into the database with a chosen due date, for a carer already registered.</summary>
    public static async Task<Guid> InsertAsync(string connectionString, string subject, DateOnly dueOn, string title = "Inserted leaflet")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO information_request (carer_id, subject, title, format, requested_on, due_on)
            SELECT id, 'leaflet', @Title, 'easyRead', @DueOn - 14, @DueOn FROM carer WHERE account_subject = @Subject RETURNING id
            """, new { Subject = subject, DueOn = dueOn, Title = title });
    }

    public static async Task<JsonObject> StatusOfAsync(string connectionString, Guid id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var row = await connection.QuerySingleAsync<(string Status, int Version)>("SELECT status, version FROM information_request WHERE id = @Id", new { Id = id });
        return new JsonObject { ["status"] = row.Status, ["version"] = row.Version };
    }

    public static HttpRequestMessage Outcome(string id, string kind, JsonObject body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{StaffRoute}/{id}/{kind}") { Content = Body(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
