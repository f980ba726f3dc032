using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Breaks;

/// <summary>What the break operations' tests share: a provider, a carer with someone they care for, a requested break.</summary>
public abstract class BreakTest(ApiFixture api) : ApiTest(api)
{
    protected static DateOnly NextMonday()
    {
        var d = DateOnly.FromDateTime(DateTime.Today).AddDays(7);
        while (d.DayOfWeek != DayOfWeek.Monday) d = d.AddDays(1);
        return d;
    }

    protected async Task<string> ProviderAsync(int places = 5, string name = "Hospice at Home")
    {
        var response = await Manager().PostAsJsonAsync("/api/break-providers", new
        {
            name, worksOn = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }, capacity = new[] { new { breakType = "shortBreak", placesPerDay = places } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJson(response))["providerId"]!.GetValue<string>();
    }

    /// <summary>A carer who has asked for a short break next Monday: the carer and the break as they were answered.</summary>
    protected async Task<(HttpClient Carer, JsonObject Break)> RequestedBreakAsync(string? providerId = null)
    {
        var provider = providerId ?? await ProviderAsync();
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var person = await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));
        var day = NextMonday().ToString("yyyy-MM-dd");
        var response = await carer.PostAsJsonAsync("/api/me/carer/breaks", new
        {
            relationshipId = person["relationshipId"]!.GetValue<string>(), breakType = "shortBreak", providerId = provider, startsOn = day, endsOn = day,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (carer, await ReadJson(response));
    }

    /// <summary>Copies of a break, each requested a minute after the last; their ids in queue order.</summary>
    protected async Task<List<Guid>> CopiesAsync(JsonObject original, int count, bool emergency = false, string status = "requested")
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        return (await connection.QueryAsync<Guid>("""
            INSERT INTO break_booking (carer_id, relationship_id, provider_id, break_type, starts_on, ends_on, emergency, status, requested_at)
            SELECT carer_id, relationship_id, provider_id, break_type, starts_on, ends_on, @Emergency, @Status, now() - interval '1 day' + g * interval '1 minute'
            FROM break_booking, generate_series(1, @Count) g WHERE id = @Id
            ORDER BY g
            RETURNING id
            """, new { Id = Guid.Parse(original["id"]!.GetValue<string>()), Count = count, Emergency = emergency, Status = status })).ToList();
    }

    protected async Task<string> StatusOfAsync(string breakId) =>
        (await ScalarAsync<string>($"SELECT status FROM break_booking WHERE id = '{Guid.Parse(breakId)}'"))!;
}
