using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// Validates JSON against the contract's schemas with JsonSchema.Net. The contract is OpenAPI 3.0,
/// whose schemas are nearly JSON Schema but not quite, so each is converted first:
/// <list type="bullet">
/// <item><c>nullable: true</c> becomes <c>"null"</c> among the types (and in an enum); on a
/// <c>$ref</c> or a composition it becomes <c>anyOf [the schema, {type: null}]</c>;</item>
/// <item><c>#/components/schemas/X</c> becomes <c>#/$defs/X</c> in one document holding them all;</item>
/// <item>3.0's boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> become the numbers;</item>
/// <item>3.0 ignores siblings of <c>$ref</c>, so they are dropped; <c>example</c> is dropped.</item>
/// </list>
/// Formats are asserted (a "uuid" must be one, a "date" must be a date).
/// </summary>
public sealed class OpenApiJsonSchema
{
    private const string Base = "https://carers.luton.gov.uk/contract-tests/openapi";

    private static readonly string[] SchemaLists = ["allOf", "anyOf", "oneOf"];
    private static readonly string[] SchemaValues = ["items", "additionalProperties", "not"];

    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };
    private readonly EvaluationOptions _evaluate = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private readonly Dictionary<string, JsonSchema> _built = [];

    /// <param name="components">The document's components.schemas.</param>
    public OpenApiJsonSchema(JsonObject components)
    {
        var defs = new JsonObject();
        foreach (var (name, schema) in components)
        {
            defs[name] = Convert(schema!);
        }

        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Base,
            ["$defs"] = defs,
        };
        JsonSchema.FromText(document.ToJsonString(), _build);
    }

    /// <summary>The errors of <paramref name="instance"/> against the component <paramref name="name"/>; none when it is valid.</summary>
    public IReadOnlyList<string> Validate(string name, JsonNode? instance)
    {
        if (!_built.TryGetValue(name, out var schema))
        {
            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$id"] = $"{Base}/{Uri.EscapeDataString(name)}",
                ["$ref"] = $"{Base}#/$defs/{name}",
            };
            schema = _built[name] = JsonSchema.FromText(root.ToJsonString(), _build);
        }

        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var result = schema.Evaluate(document.RootElement, _evaluate);
        if (result.IsValid) return [];
        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }

    /// <summary>One OpenAPI 3.0 schema object to JSON Schema 2020-12 (a new node; the input is left alone).</summary>
    public static JsonNode Convert(JsonNode schema)
    {
        if (schema is not JsonObject source) return schema.DeepClone();

        if (source["$ref"] is JsonValue reference)
        {
            var target = new JsonObject { ["$ref"] = Reference(reference.GetValue<string>()) };
            return source["nullable"]?.GetValue<bool>() == true ? OrNull(target) : target;
        }

        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (value is null) continue;
            switch (key)
            {
                case "nullable" or "example":
                    break;
                case "properties":
                    var properties = new JsonObject();
                    foreach (var (name, property) in value.AsObject()) properties[name] = Convert(property!);
                    result[key] = properties;
                    break;
                case var list when SchemaLists.Contains(list):
                    result[key] = new JsonArray(value.AsArray().Select(s => (JsonNode?)Convert(s!)).ToArray());
                    break;
                case var single when SchemaValues.Contains(single):
                    result[key] = value is JsonValue ? value.DeepClone() : Convert(value);
                    break;
                case "exclusiveMinimum" or "exclusiveMaximum" when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                    break;
                default:
                    result[key] = value.DeepClone();
                    break;
            }
        }

        foreach (var (exclusive, bound) in new[] { ("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum") })
        {
            if (source[exclusive]?.GetValueKind() == JsonValueKind.True && result[bound] is { } limit)
            {
                result.Remove(bound);
                result[exclusive] = limit.DeepClone();
            }
        }

        if (source["nullable"]?.GetValue<bool>() != true) return result;

        if (result["type"] is JsonValue type)
        {
            result["type"] = new JsonArray(type.GetValue<string>(), "null");
            if (result["enum"] is JsonArray values && !values.Any(v => v is null)) values.Add(null);
            return result;
        }

        return OrNull(result);
    }

    private static JsonObject OrNull(JsonObject schema) =>
        new() { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    private static string Reference(string reference) =>
        reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            ? "#/$defs/" + reference["#/components/schemas/".Length..]
            : reference;
}
