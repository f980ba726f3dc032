using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Carers.Api.Features.Webhooks;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Webhooks;

/// <summary>
/// One list of events (PartnerEventCatalogue, decision 0042), and everything else must agree with it: the database's
/// check on outbox_message, the contract's callback and schemas, docs/events.md and the README. Each fails the day one drifts.
/// </summary>
public sealed partial class PartnerEventCatalogueTests(ApiFixture api) : ApiTest(api)
{
    private static readonly string[] Types = PartnerEventCatalogue.All.Select(e => e.Type).ToArray();

    [GeneratedRegex("'([a-z]+\\.[a-z]+)'")]
    private static partial Regex Quoted();

    [Fact]
    public async Task The_database_accepts_exactly_the_catalogues_event_types()
    {
        var check = await ScalarAsync<string>(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'outbox_message_event_type_known'");

        Assert.Equal(Types.Order(), Quoted().Matches(check!).Select(m => m.Groups[1].Value).Order());
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            connection.ExecuteAsync("INSERT INTO outbox_message (event_type, partner, payload) VALUES ('carer.deleted', 'Chums', '{}')"));
        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
    }

    [Fact]
    public void Each_example_is_a_body_the_dispatcher_would_send_for_its_payload()
    {
        foreach (var entry in PartnerEventCatalogue.All)
        {
            var example = entry.Example;
            Assert.Equal((entry.Type, entry.Version), (example.Type, example.Version));
            var json = JsonSerializer.Serialize(example, entry.EventType, PartnerEventCatalogue.Wire);
            var data = JsonNode.Parse(json)!["data"]!.ToJsonString();

            var body = PartnerEventCatalogue.Body(example.Id, entry.Type, example.OccurredAt, example.Partner, data);

            Assert.Equal(json, body);
            Assert.Equal(["id", "type", "version", "occurredAt", "partner", "data"], JsonNode.Parse(body)!.AsObject().Select(p => p.Key));
        }
    }

    [Fact]
    public void A_payload_with_a_field_missing_extra_or_of_the_wrong_type_is_refused()
    {
        var id = Guid.NewGuid();
        foreach (var payload in new[]
                 {
                     "{\"carerId\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"}",
                     "{\"carerId\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"referralId\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3302\",\"name\":\"Amina Khan\"}",
                     "{\"carerId\":1,\"referralId\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3302\"}",
                     "null",
                 })
        {
            Assert.ThrowsAny<JsonException>(() => PartnerEventCatalogue.Body(id, "carer.referred", DateTimeOffset.UtcNow, "Chums", payload));
        }
    }

    [Fact]
    public async Task The_contract_declares_each_event_as_a_callback_of_RegisterPartnerWebhook_with_its_schema_type_and_version()
    {
        var contract = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json", Ct))!;

        var callback = contract["paths"]!["/api/partners/{partner}/webhook"]!["put"]!["callbacks"]![WebhookEventsContract.CallbackName]!["{$request.body#/url}"]!["post"]!;
        Assert.Equal(["webhook-id", "webhook-timestamp", "webhook-signature"], callback["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        var oneOf = callback["requestBody"]!["content"]!["application/json"]!["schema"]!["oneOf"]!.AsArray().Select(r => r!["$ref"]!.GetValue<string>()).ToList();
        Assert.Equal(PartnerEventCatalogue.All.Select(e => $"#/components/schemas/{e.EventType.Name}"), oneOf);
        foreach (var entry in PartnerEventCatalogue.All)
        {
            var schema = contract["components"]!["schemas"]![entry.EventType.Name]!;
            Assert.Equal(entry.Type, Assert.Single(schema["properties"]!["type"]!["enum"]!.AsArray())!.GetValue<string>());
            Assert.Equal(entry.Version, Assert.Single(schema["properties"]!["version"]!["enum"]!.AsArray())!.GetValue<int>());
            Assert.Contains("data", schema["required"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.NotNull(contract["components"]!["schemas"]![entry.PayloadType.DeclaringType!.Name + entry.PayloadType.Name]);
        }
    }

    [Fact]
    public void The_event_guide_and_the_readme_name_every_event_and_no_other()
    {
        var root = TestDatabase.RepositoryRoot();
        var guide = File.ReadAllText(Path.Combine(root, "docs", "events.md"));
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));

        foreach (var entry in PartnerEventCatalogue.All)
        {
            Assert.Contains($"## `{entry.Type}` (version {entry.Version})", guide, StringComparison.Ordinal);
            Assert.Contains($"`{entry.Type}`", readme, StringComparison.Ordinal);
            // The guide's example is the catalogue's, as sent.
            Assert.Contains(JsonSerializer.Serialize(entry.Example, entry.EventType, new JsonSerializerOptions(PartnerEventCatalogue.Wire) { WriteIndented = true }),
                guide.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Equal(Types.Order(), EventHeadings().Matches(guide).Select(m => m.Groups[1].Value).Order());
    }

    [GeneratedRegex("^## `([a-z]+\\.[a-z]+)`", RegexOptions.Multiline)]
    private static partial Regex EventHeadings();
}
