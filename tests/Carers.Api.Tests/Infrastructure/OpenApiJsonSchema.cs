using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// Validates JSON against one of the contract's component schemas with JsonSchema.Net, the schemas converted from
/// OpenAPI 3.0 by <see cref="Contract.OpenApiToJsonSchema"/> (the one converter, which the check of every answer uses too).
/// Formats are asserted (a "uuid" must be one, a "date" must be a date).
/// </summary>
public sealed class OpenApiJsonSchema
{
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };
    private readonly EvaluationOptions _evaluate = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private readonly Dictionary<string, JsonSchema> _built = [];

    /// <param name="components">The document's components.schemas.</param>
    public OpenApiJsonSchema(JsonObject components) =>
        JsonSchema.FromText(Contract.OpenApiToJsonSchema.Components(components).ToJsonString(), _build);

    /// <summary>The errors of <paramref name="instance"/> against the component <paramref name="name"/>; none when it is valid.</summary>
    public IReadOnlyList<string> Validate(string name, JsonNode? instance)
    {
        if (!_built.TryGetValue(name, out var schema))
        {
            var root = new JsonObject
            {
                ["$schema"] = Contract.OpenApiToJsonSchema.Dialect,
                ["$id"] = $"https://contract.tests.invalid/examples/{Uri.EscapeDataString(name)}",
                ["$ref"] = $"{Contract.OpenApiToJsonSchema.ComponentsId}#/$defs/{name}",
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
}
