using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Partners;

/// <summary>What a partner can reach of one carer, through every partner endpoint, and the events queued for it.</summary>
public static class PartnerSight
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every partner endpoint answers 404 for the carer, and the list leaves them out.</summary>
    public static async Task AssertHiddenAsync(HttpClient partner, Guid carerId)
    {
        var url = $"/api/partner/carers/{carerId}";
        await AssertStatus(await partner.GetAsync(url, Ct), HttpStatusCode.NotFound, "GetPartnerCarer");
        await AssertStatus(await partner.PostAsJsonAsync($"{url}/support",
            new { supportType = "helplineCall", givenOn = "2025-03-01", durationMinutes = 20 }, Ct), HttpStatusCode.NotFound, "RecordPartnerSupport");
        await AssertStatus(await partner.GetAsync($"{url}/assessments", Ct), HttpStatusCode.NotFound, "ListPartnerAssessmentOutcomes");
        await AssertStatus(await partner.PostAsync($"{url}/assessments", null, Ct), HttpStatusCode.NotFound, "RequestPartnerAssessment");
        var list = JsonNode.Parse(await (await partner.GetAsync("/api/partner/carers?limit=100", Ct)).Content.ReadAsStringAsync(Ct))!;
        Assert.DoesNotContain(list["items"]!.AsArray(), c => c!["id"]!.GetValue<string>() == carerId.ToString());
    }

    /// <summary>The partner reads the carer, lists them and sees their assessment outcomes.</summary>
    public static async Task AssertVisibleAsync(HttpClient partner, Guid carerId)
    {
        var url = $"/api/partner/carers/{carerId}";
        await AssertStatus(await partner.GetAsync(url, Ct), HttpStatusCode.OK, "GetPartnerCarer");
        await AssertStatus(await partner.GetAsync($"{url}/assessments", Ct), HttpStatusCode.OK, "ListPartnerAssessmentOutcomes");
        var list = JsonNode.Parse(await (await partner.GetAsync("/api/partner/carers?limit=100", Ct)).Content.ReadAsStringAsync(Ct))!;
        Assert.Contains(list["items"]!.AsArray(), c => c!["id"]!.GetValue<string>() == carerId.ToString());
    }

    /// <summary>The event types queued for one partner about one carer, oldest first.</summary>
    public static async Task<List<string>> EventsAsync(string connectionString, string partner, Guid carerId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.QueryAsync<string>(
            "SELECT event_type FROM outbox_message WHERE partner = @Partner AND carer_id = @CarerId ORDER BY occurred_at, id",
            new { Partner = partner, CarerId = carerId })).ToList();
    }

    private static async Task AssertStatus(HttpResponseMessage response, HttpStatusCode expected, string operation) =>
        Assert.True(response.StatusCode == expected,
            $"{operation}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
}
