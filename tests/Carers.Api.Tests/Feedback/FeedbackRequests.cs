using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Feedback;

/// <summary>Bodies and calls the complaints and compliments tests share.</summary>
public static class FeedbackRequests
{
    public const string MyRoute = "/api/me/carer/feedback";
    public const string StaffRoute = "/api/feedback";
    public const string QueueRoute = "/api/feedback/complaints";

    public static JsonObject Complaint(string kind = "complaint", string about = "staff", string text = "Nobody rang me back after my assessment.") =>
        new() { ["kind"] = kind, ["about"] = about, ["text"] = text };

    public static JsonObject Recorded(Guid carerId, string kind = "complaint", string via = "phone", string? receivedAt = null)
    {
        var body = Complaint(kind);
        body["carerId"] = carerId.ToString();
        body["receivedVia"] = via;
        if (receivedAt is not null) body["receivedAt"] = receivedAt;
        return body;
    }

    public static StringContent Body(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    /// <summary>Sends it as the carer; returns the created item.</summary>
    public static async Task<JsonObject> SendAsync(this HttpClient carer, JsonObject body, CancellationToken ct)
    {
        var response = await carer.PostAsync(MyRoute, Body(body), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static HttpRequestMessage Step(string id, string step, JsonObject body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{QueueRoute}/{id}/{step}") { Content = Body(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    /// <summary>Takes a step as staff and checks it was taken; returns the complaint's new ETag.</summary>
    public static async Task<string> TakeAsync(this HttpClient staff, string id, string step, JsonObject body, string ifMatch, CancellationToken ct)
    {
        var response = await staff.SendAsync(Step(id, step, body, ifMatch), ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
        return response.Headers.ETag!.ToString();
    }

    public static JsonObject Answer(string outcome = "partlyUpheld", string? whatWillChange = "Call-backs will be logged and checked each week.") =>
        new() { ["outcome"] = outcome, ["response"] = "We looked at the call log. You should have been called within two days.", ["whatWillChange"] = whatWillChange };

    public static async Task<(string Status, int Version)> StateOfAsync(string connectionString, string id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.QuerySingleAsync<(string, int)>("SELECT status, version FROM feedback WHERE id = @Id", new { Id = Guid.Parse(id) });
    }

    /// <summary>Puts a complaint straight into the database, received on a chosen day with a chosen acknowledge-by date, for a registered carer.</summary>
    public static async Task<Guid> InsertComplaintAsync(string connectionString, string subject, DateOnly receivedOn, DateOnly acknowledgeBy,
        string status = "received", string text = "Inserted complaint")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status, acknowledge_by,
                response_due_on, acknowledged_at, acknowledged_by)
            SELECT id, 'complaint', 'other', @Text, 'letter', @ReceivedOn + time '12:00', @ReceivedOn, 'test', @Status, @AcknowledgeBy,
                (@ReceivedOn + interval '6 months')::date,
                CASE WHEN @Status <> 'received' THEN @ReceivedOn + time '13:00' END, CASE WHEN @Status <> 'received' THEN 'test' END
            FROM carer WHERE account_subject = @Subject RETURNING id
            """, new { Subject = subject, ReceivedOn = receivedOn, AcknowledgeBy = acknowledgeBy, Status = status, Text = text });
    }
}
