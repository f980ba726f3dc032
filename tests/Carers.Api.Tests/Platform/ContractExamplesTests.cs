using System.Text.Json.Nodes;
using Carers.Api.Infrastructure;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// Partners build from the contract alone, so every body in it shows a realistic example, and the
/// example is one the API could really send or accept: it validates against its own schema.
/// The document read is the one the API serves, which ContractTests holds equal to openapi.yaml.
/// </summary>
public sealed class ContractExamplesTests(ApiFixture api)
{
    /// <summary>Problem details are documented in docs/problems.md, each by its type, not by one example.</summary>
    private static readonly HashSet<string> ProblemSchemas = ["ProblemDetails", "HttpValidationProblemDetails"];

    /// <summary>
    /// Issue 19 is built in parallel: the Partners and Webhooks bodies get their examples from the "webhooks" branch and
    /// the GpFlags ones from the "fhir" branch. TODO at merge: empty this set (the test then holds every body).
    /// </summary>
    private static readonly HashSet<string> PendingInOtherBranches =
    [
        "GetGpExtractImportImportStatus", "GpIdentifiedPerson", "GpIdentifiedPersonPage", "ListGpFlagsItemPage", "RecordGpContactAttemptRequest",
        "ListWebhookDeliveriesResponse", "PartnerCarer", "PartnerCarerPage", "RecordPartnerSupportRequest", "RecordPartnerSupportResponse",
        "ReferCarerRequest", "ReferCarerResponse", "RegisterPartnerWebhookRequest", "RegisterPartnerWebhookResponse",
    ];

    [Fact]
    public async Task Every_request_and_response_body_has_an_example_that_its_own_schema_accepts()
    {
        var document = await ServedDocument();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var validator = new OpenApiJsonSchema(schemas);
        var bodies = BodySchemas(document);
        Assert.True(bodies.Count > 100, $"Only {bodies.Count} body schemas found: is the walk of the document right?");

        var failures = new List<string>();
        foreach (var (name, usedBy) in bodies)
        {
            if (ProblemSchemas.Contains(name) || PendingInOtherBranches.Contains(name)) continue;
            if (schemas[name]?["example"] is not { } example)
            {
                failures.Add($"{name} (the body of {usedBy}) has no example: give the type a public static {name} Example.");
                continue;
            }

            failures.AddRange(validator.Validate(name, example).Select(error => $"{name}'s example: {error}"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task A_page_shows_one_item_of_its_kind_and_a_next_cursor()
    {
        var document = await ServedDocument();
        var page = document["components"]!["schemas"]!["BreakPage"]!["example"]!;
        var item = document["components"]!["schemas"]!["Break"]!["example"]!;

        Assert.True(JsonNode.DeepEquals(item, page["items"]![0]));
        Assert.Single(page["items"]!.AsArray());
        Assert.Equal(ExampleSchemaFilter.ExampleCursor, page["nextCursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Examples_use_the_wire_codes_of_enums()
    {
        var document = await ServedDocument();
        var example = document["components"]!["schemas"]!["Break"]!["example"]!;

        // The JSON options of the API, not the default: a code in camelCase, never a number or PascalCase.
        Assert.Equal("sittingService", example["breakType"]!.GetValue<string>());
    }

    [Fact]
    public void The_conversion_keeps_what_openapi_3_0_means()
    {
        var components = JsonNode.Parse("""
            {
              "Kind": { "type": "string", "enum": ["sitting", "daytime"] },
              "Thing": {
                "type": "object",
                "required": ["id", "kind"],
                "additionalProperties": false,
                "properties": {
                  "id": { "type": "string", "format": "uuid", "maxLength": 36 },
                  "kind": { "$ref": "#/components/schemas/Kind" },
                  "note": { "type": "string", "nullable": true, "maxLength": 5 },
                  "nullable": { "type": "integer", "minimum": 0, "exclusiveMinimum": true }
                }
              }
            }
            """)!.AsObject();
        var validator = new OpenApiJsonSchema(components);

        Assert.Empty(validator.Validate("Thing", JsonNode.Parse("""{ "id": "3f2b1c9e-8d4a-4e61-9c0a-5b7e2d1f4a30", "kind": "sitting", "note": null, "nullable": 1 }""")));
        // Each of these breaks one rule: null where not nullable, a code not in the enum, a field not in the schema,
        // a malformed uuid, a missing required field, too long, and 3.0's boolean exclusiveMinimum.
        foreach (var wrong in new[]
        {
            """{ "id": null, "kind": "sitting" }""",
            """{ "id": "3f2b1c9e-8d4a-4e61-9c0a-5b7e2d1f4a30", "kind": "Sitting" }""",
            """{ "id": "3f2b1c9e-8d4a-4e61-9c0a-5b7e2d1f4a30", "kind": "sitting", "extra": 1 }""",
            """{ "id": "not-a-uuid", "kind": "sitting" }""",
            """{ "kind": "sitting" }""",
            """{ "id": "3f2b1c9e-8d4a-4e61-9c0a-5b7e2d1f4a30", "kind": "sitting", "note": "too long" }""",
            """{ "id": "3f2b1c9e-8d4a-4e61-9c0a-5b7e2d1f4a30", "kind": "sitting", "nullable": 0 }""",
        })
        {
            Assert.NotEmpty(validator.Validate("Thing", JsonNode.Parse(wrong)));
        }
    }

    private async Task<JsonObject> ServedDocument()
    {
        var json = await api.Factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        return JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>The component schemas used as a JSON request or response body, each with one operation that uses it.</summary>
    private static SortedDictionary<string, string> BodySchemas(JsonObject document)
    {
        var bodies = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is not JsonObject op || op["responses"] is not JsonObject responses) continue;
                var contents = new List<JsonNode?> { op["requestBody"]?["content"] };
                contents.AddRange(responses.Select(r => r.Value?["content"]));
                foreach (var content in contents.OfType<JsonObject>())
                {
                    foreach (var (mediaType, media) in content)
                    {
                        if (!mediaType.Contains("json", StringComparison.Ordinal)) continue; // CSV and HTML are text, not examples
                        var schema = media?["schema"];
                        var reference = (schema?["$ref"] ?? schema?["items"]?["$ref"])?.GetValue<string>();
                        Assert.True(reference is not null, $"{method.ToUpperInvariant()} {path} has a {mediaType} body that is not a component schema.");
                        bodies.TryAdd(reference!.Split('/')[^1], $"{method.ToUpperInvariant()} {path}");
                    }
                }
            }
        }

        return bodies;
    }
}
