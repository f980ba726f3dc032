using System.Text.Json.Nodes;

namespace Carers.Api.Tests.Infrastructure.Contract;

/// <summary>
/// An OpenAPI 3.0 schema object as a JSON Schema (draft 2020-12) that a general validator understands: the one place
/// where the two dialects differ (decision 0041).
/// <list type="bullet">
/// <item><c>nullable: true</c> becomes <c>anyOf: [{type: null}, the schema]</c>, so a null passes only where the contract
/// says a field may be null (and a nullable <c>allOf: [$ref]</c> or enum takes null too, as generators read it).</item>
/// <item><c>$ref: '#/components/schemas/X'</c> points into the one document that holds every component
/// (<see cref="ComponentsId"/>).</item>
/// <item>OpenAPI's own keywords (example, discriminator, xml, externalDocs, deprecated) are left out; a boolean
/// <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> (3.0) becomes the 2020-12 number form.</item>
/// <item><c>format</c> is kept for the formats a JSON Schema validator checks and the contract uses (uuid, date,
/// date-time); int32, int64 and double are sizes for code generators, already bounded by minimum/maximum.</item>
/// </list>
/// </summary>
public static class OpenApiToJsonSchema
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The $id of the document holding every component schema under $defs.</summary>
    public const string ComponentsId = "https://contract.tests.invalid/openapi/components";

    private static readonly HashSet<string> CheckedFormats = ["uuid", "date", "date-time"];

    private static readonly HashSet<string> OpenApiOnly = ["nullable", "example", "discriminator", "xml", "externalDocs", "deprecated"];

    /// <summary>Every schema under components/schemas, as one JSON Schema document with them under $defs.</summary>
    public static JsonObject Components(JsonObject? componentSchemas)
    {
        var defs = new JsonObject();
        foreach (var (name, schema) in componentSchemas ?? new JsonObject())
        {
            defs[name] = Convert(schema);
        }

        return new JsonObject { ["$schema"] = Dialect, ["$id"] = ComponentsId, ["$defs"] = defs };
    }

    /// <summary>A response's schema as a document of its own, its $refs pointing at <see cref="Components"/>.</summary>
    public static JsonObject Document(JsonNode? schema, string id)
    {
        var converted = Convert(schema);
        var document = new JsonObject { ["$schema"] = Dialect, ["$id"] = id };
        foreach (var (key, value) in converted.AsObject().ToList())
        {
            converted.AsObject().Remove(key);
            document[key] = value;
        }

        return document;
    }

    public static JsonNode Convert(JsonNode? schema)
    {
        if (schema is not JsonObject source) return schema?.DeepClone() ?? new JsonObject();

        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (OpenApiOnly.Contains(key)) continue;
            switch (key)
            {
                case "$ref":
                    result["$ref"] = Reference(value!.GetValue<string>());
                    break;
                case "properties":
                    var properties = new JsonObject();
                    foreach (var (name, property) in value!.AsObject()) properties[name] = Convert(property);
                    result[key] = properties;
                    break;
                case "items" or "not" or "additionalProperties":
                    result[key] = value is JsonObject ? Convert(value) : value?.DeepClone();
                    break;
                case "allOf" or "anyOf" or "oneOf":
                    result[key] = new JsonArray(value!.AsArray().Select(Convert).ToArray());
                    break;
                case "format":
                    if (CheckedFormats.Contains(value!.GetValue<string>())) result[key] = value.DeepClone();
                    break;
                case "exclusiveMinimum" or "exclusiveMaximum" when value is JsonValue flag && flag.TryGetValue<bool>(out var exclusive):
                    if (exclusive)
                    {
                        var bound = key == "exclusiveMinimum" ? "minimum" : "maximum";
                        result[key] = source[bound]?.DeepClone();
                        result.Remove(bound);
                    }

                    break;
                case "minimum" or "maximum" when source[key == "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] is JsonValue b && b.TryGetValue<bool>(out var ex) && ex:
                    break;
                default:
                    result[key] = value?.DeepClone();
                    break;
            }
        }

        if (source["nullable"] is JsonValue nullable && nullable.TryGetValue<bool>(out var isNullable) && isNullable)
        {
            return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, result) };
        }

        return result;
    }

    private static string Reference(string reference) =>
        reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            ? ComponentsId + "#/$defs/" + reference["#/components/schemas/".Length..]
            : throw new NotSupportedException($"Only references to components/schemas are expected in a schema, not {reference}");
}
