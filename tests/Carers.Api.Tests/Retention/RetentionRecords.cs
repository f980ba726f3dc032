using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Retention;

/// <summary>Records past their retention date, the DPO's calls, and a look at every row a carer's record holds.</summary>
internal static class RetentionRecords
{
    public const string Reviews = "/api/retention/reviews";
    public const string Runs = "/api/retention/runs";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static HttpClient Dpo(this ApiFixture api, string subject = "dpo-1") => api.ClientAs(Roles.DataProtection, subject);

    /// <summary>Closes a record in the database on a day long ago, so it is past its date (6 years).</summary>
    public static async Task CloseLongAgoAsync(string connectionString, Guid carerId, string closedOn = "2015-06-30", string reason = "exCarer")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync("""
            UPDATE carer SET closed_at = (@ClosedOn::date::timestamp AT TIME ZONE 'Europe/London'), closed_reason = @Reason,
                identified_at = LEAST(identified_at, @ClosedOn::date - 400)
            WHERE id = @Id
            """, new { Id = carerId, ClosedOn = closedOn, Reason = reason });
    }

    public static async Task<JsonObject> RunAsync(HttpClient dpo, bool dryRun)
    {
        var response = await dpo.PostAsJsonAsync(Runs, new { dryRun }, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The queue's review for a carer (reads every page of 100).</summary>
    public static async Task<JsonObject?> ReviewOfAsync(HttpClient dpo, Guid carerId)
    {
        var response = await dpo.GetAsync($"{Reviews}?limit=100", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
        return page["items"]!.AsArray().Select(i => i!.AsObject()).SingleOrDefault(i => i["carerId"]!.GetValue<string>() == carerId.ToString());
    }

    public static async Task<HttpResponseMessage> DecideAsync(HttpClient dpo, JsonObject review, string decision, object? body = null, string? ifMatch = "from-review")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Reviews}/{review["id"]!.GetValue<string>()}/{decision}")
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch == "from-review" ? review["eTag"]!.GetValue<string>() : ifMatch);
        return await dpo.SendAsync(request, Ct);
    }

    /// <summary>A registered carer's record closed long ago and listed by a live run: its id and its review in the queue.</summary>
    public static async Task<(Guid CarerId, JsonObject Review)> DueReviewAsync(ApiFixture api, Task<(JsonObject Record, string ETag)> registered)
    {
        var (record, _) = await registered;
        var id = Guid.Parse(record["id"]!.GetValue<string>());
        await CloseLongAgoAsync(api.ConnectionString, id);
        await RunAsync(api.Dpo(), dryRun: false);
        return (id, (await ReviewOfAsync(api.Dpo(), id))!);
    }

    /// <summary>Lists the record (a live run), then approves it.</summary>
    public static async Task ApproveAsync(HttpClient dpo, Guid carerId)
    {
        var review = await ReviewOfAsync(dpo, carerId) ?? throw new InvalidOperationException("Not in the queue: run first");
        var response = await DecideAsync(dpo, review, "approval");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>
    /// Every row the record holds in every table that refers to a carer (and the cared-for people its relationships name), as text:
    /// what a search for a name, a number or a note would find.
    /// </summary>
    public static async Task<string> EverythingAboutAsync(string connectionString, Guid carerId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var parts = new List<string>();
        foreach (var part in global::Carers.Api.Features.Retention.RetentionAnonymiser.Parts.Where(p => p.Table is not "audit_event" and not "retention_review"))
        {
            var where = part.Table switch
            {
                "carer" => "id = @Id",
                "cared_for_person" => "id IN (SELECT cared_for_person_id FROM caring_relationship WHERE carer_id = @Id)",
                "match_candidate" => "@Id IN (carer_id, candidate_id)",
                _ => "carer_id = @Id",
            };
            // Table names come from the anonymiser's fixed list, never input.
            parts.AddRange(await connection.QueryAsync<string>($"SELECT t::text FROM {part.Table} t WHERE {where}", new { Id = carerId }));
        }

        return string.Join("\n", parts);
    }

    public static async Task<T> DbScalarAsync<T>(string connectionString, string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public static async Task ExecuteAsync(string connectionString, string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(sql, parameters);
    }
}
