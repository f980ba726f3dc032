using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.ServiceDirectory;

/// <summary>Bodies and calls the directory's tests share. The namespace is not "Directory", which would hide System.IO.Directory.</summary>
public static class DirectoryRequests
{
    public const string Route = "/api/directory/services";

    /// <summary>A valid entry like the Carers Central one: helpline and web chat 10:00 to 16:00 on weekdays, until 19:00 on Tuesdays.</summary>
    public static JsonObject Valid(string name = "Carers Central", string[]? audiences = null, string[]? needs = null) => new()
    {
        ["name"] = name,
        ["summary"] = "Information, advice and a listening ear for carers.",
        ["audiences"] = new JsonArray((audiences ?? new[] { "adultCarers" }).Select(a => (JsonNode?)a).ToArray()),
        ["needs"] = new JsonArray((needs ?? Array.Empty<string>()).Select(n => (JsonNode?)n).ToArray()),
        ["phone"] = "01632 960001",
        ["website"] = "https://carers-central.example.org",
        ["email"] = "help@carers-central.example.org",
        ["addressLine1"] = "1 Example Street",
        ["town"] = "Luton",
        ["postcode"] = "LU1 2AB",
        ["languages"] = new JsonArray("en", "ur"),
        ["openingHours"] = new JsonArray(CarersCentralHours("helpline"), CarersCentralHours("webChat")),
    };

    public static JsonObject CarersCentralHours(string channel) => Channel(channel,
        Slot("monday", "10:00", "16:00"), Slot("tuesday", "10:00", "19:00"), Slot("wednesday", "10:00", "16:00"),
        Slot("thursday", "10:00", "16:00"), Slot("friday", "10:00", "16:00"));

    public static JsonObject Channel(string channel, params JsonObject[] slots) => new()
    {
        ["channel"] = channel,
        ["slots"] = new JsonArray(slots.Select(s => (JsonNode?)s).ToArray()),
    };

    public static JsonObject Slot(string day, string opens, string closes) => new() { ["day"] = day, ["opens"] = opens, ["closes"] = closes };

    public static StringContent Body(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    /// <summary>Adds an entry as a manager; returns its id and ETag.</summary>
    public static async Task<(string Id, string ETag)> AddAsync(this ApiFixture api, JsonObject body, CancellationToken ct)
    {
        var response = await api.ClientAs("Staff.Manager", "manager-directory").PostAsync(Route, Body(body), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return (JsonNode.Parse(text)!["id"]!.GetValue<string>(), response.Headers.ETag!.ToString());
    }

    /// <summary>RetireDirectoryService, with If-Match when given.</summary>
    public static HttpRequestMessage Retire(string id, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Route}/{id}/retirement");
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    public static async Task RetireAsync(this ApiFixture api, string id, string etag, CancellationToken ct) =>
        Assert.Equal(HttpStatusCode.NoContent, (await api.ClientAs("Staff.Manager", "manager-directory").SendAsync(Retire(id, etag), ct)).StatusCode);

    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string url, CancellationToken ct)
    {
        var response = await client.GetAsync(url, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static string[] Names(JsonObject page) => page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToArray();

    /// <summary>The clock at a moment given in UTC.</summary>
    public static FixedClock ClockAt(string utc) => new(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
}
