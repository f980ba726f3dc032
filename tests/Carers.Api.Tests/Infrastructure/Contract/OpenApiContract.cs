using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Carers.Api.Tests.Infrastructure.Contract;

/// <summary>
/// openapi.yaml (the file at the repository root, read once) as a checker of answers: which operation a request is,
/// whether the status is declared for it, whether the content type is, and whether the body is valid against the
/// declared schema (JsonSchema.Net, with formats asserted). Only paths under /api are the contract's: /fhir is
/// described by its CapabilityStatement, /health, /swagger, /dev and the SPA's files are left out of the document on
/// purpose (decision 0041).
/// </summary>
public sealed class OpenApiContract
{
    private static readonly Lazy<OpenApiContract> Committed = new(() =>
        new OpenApiContract(File.ReadAllText(Path.Combine(TestDatabase.RepositoryRoot(), "openapi.yaml"))));

    /// <summary>The committed openapi.yaml.</summary>
    public static OpenApiContract Current => Committed.Value;

    /// <summary>Headers a client reads to go on (the record's version, where a new record is): sent means declared for that status.</summary>
    private static readonly string[] HeadersThatMustBeDeclared = ["ETag", "Location"];

    private readonly List<PathTemplate> _paths;
    private readonly JsonObject _sharedResponses;
    private readonly BuildOptions _build = new();
    private readonly EvaluationOptions _evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private readonly Dictionary<string, JsonSchema> _schemas = [];
    private readonly Lock _evaluating = new();

    public OpenApiContract(string yaml)
    {
        var document = YamlAsJson.Read(yaml)!.AsObject();
        _sharedResponses = document["components"]?["responses"]?.AsObject() ?? new JsonObject();
        _paths = document["paths"]!.AsObject()
            .Select(p => new PathTemplate(p.Key, p.Value!.AsObject()))
            .ToList();
        var components = OpenApiToJsonSchema.Components(document["components"]?["schemas"]?.AsObject());
        JsonSchema.FromText(components.ToJsonString(), _build);
    }

    /// <summary>A response declared once in components/responses and referenced by the operation, else the response itself.</summary>
    private JsonNode? Shared(JsonNode? response) =>
        response?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/components/responses/", StringComparison.Ordinal)
            ? _sharedResponses[reference["#/components/responses/".Length..]]
                ?? throw new InvalidOperationException($"openapi.yaml refers to {reference}, which it does not declare")
            : response;

    /// <summary>Whether the contract speaks for this path at all.</summary>
    public static bool Covers(string path) => path.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>Everything wrong with one answer, each a sentence; empty when it is what the contract says.</summary>
    public IReadOnlyList<string> Check(string method, string path, int status, string? mediaType, string body, IEnumerable<string> headerNames)
    {
        var template = _paths
            .Where(p => p.Matches(path))
            .OrderByDescending(p => p.Item.ContainsKey(method.ToLowerInvariant()))
            .ThenByDescending(p => p.Literals)
            .FirstOrDefault();
        if (template is null) return [$"{method} {path}: no path in the contract matches it"];

        var operation = template.Item[method.ToLowerInvariant()]?.AsObject();
        if (operation is null) return [$"{method} {template.Template}: the contract has no {method} on this path"];

        var name = $"{operation["operationId"]?.GetValue<string>() ?? "(no operationId)"} ({method} {template.Template})";
        var responses = operation["responses"]?.AsObject() ?? new JsonObject();
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = Shared(responses[key] ?? responses[$"{key[0]}XX"] ?? responses["default"]);
        if (response is null) return [$"{name} answered {status}, which it does not declare (declared: {string.Join(", ", responses.Select(r => r.Key))})"];

        var problems = new List<string>();
        var declaredHeaders = response["headers"]?.AsObject().Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase)
            ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in HeadersThatMustBeDeclared)
        {
            if (headerNames.Contains(header, StringComparer.OrdinalIgnoreCase) && !declaredHeaders.Contains(header))
            {
                problems.Add($"{name} answered {status} with the {header} header, which the contract does not declare for that status");
            }
        }

        var content = response["content"]?.AsObject();
        var hasBody = body.Length > 0;
        if (!hasBody)
        {
            if (content is { Count: > 0 } && method != "HEAD" && status != 304)
            {
                problems.Add($"{name} answered {status} with no body, where the contract declares {string.Join(" or ", content.Select(c => c.Key))}");
            }

            return problems;
        }

        if (content is null || content.Count == 0)
        {
            problems.Add($"{name} answered {status} with a body ({mediaType}), where the contract declares none");
            return problems;
        }

        var media = content.FirstOrDefault(c => string.Equals(c.Key, mediaType, StringComparison.OrdinalIgnoreCase));
        if (media.Value is null)
        {
            problems.Add($"{name} answered {status} as {mediaType ?? "(no content type)"}, where the contract declares {string.Join(" or ", content.Select(c => c.Key))}");
            return problems;
        }

        if (!IsJson(mediaType!) || media.Value["schema"] is not { } declared) return problems;

        JsonDocument instance;
        try
        {
            instance = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            problems.Add($"{name} answered {status} as {mediaType} with a body that is not JSON: {e.Message}");
            return problems;
        }

        using (instance)
        {
            var id = $"https://contract.tests.invalid/responses/{Uri.EscapeDataString(name)}/{status}/{Uri.EscapeDataString(media.Key)}";
            EvaluationResults results;
            // One at a time: building registers the schema in the shared registry, and a race of twenty requests would register it twice.
            lock (_evaluating)
            {
                if (!_schemas.TryGetValue(id, out var schema))
                {
                    schema = JsonSchema.FromText(OpenApiToJsonSchema.Document(declared, id).ToJsonString(), _build);
                    _schemas[id] = schema;
                }

                results = schema.Evaluate(instance.RootElement, _evaluation);
            }

            if (!results.IsValid)
            {
                foreach (var error in Errors(results).Distinct().Take(20))
                {
                    problems.Add($"{name} answered {status}: at '{error.Pointer}' {error.Message} (schema: {error.Keyword})");
                }

                if (problems.Count == 0) problems.Add($"{name} answered {status} with a body that is not valid against its schema");
            }
        }

        return problems;
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(string Pointer, string Message, string Keyword)> Errors(EvaluationResults results)
    {
        if (!results.IsValid && results.Errors is { } errors)
        {
            foreach (var error in errors)
            {
                yield return (results.InstanceLocation.ToString(), error.Value, $"{results.EvaluationPath}/{error.Key}");
            }
        }

        if (results.Details is null) yield break;
        foreach (var detail in results.Details)
        {
            foreach (var error in Errors(detail)) yield return error;
        }
    }

    private sealed class PathTemplate
    {
        private readonly Regex _pattern;

        public PathTemplate(string template, JsonObject item)
        {
            Template = template;
            Item = item;
            var segments = template.Trim('/').Split('/');
            Literals = segments.Count(s => !s.StartsWith('{'));
            _pattern = new Regex("^/" + string.Join("/", segments.Select(s => s.StartsWith('{') ? "[^/]+" : Regex.Escape(s))) + "/?$",
                RegexOptions.CultureInvariant);
        }

        public string Template { get; }

        public JsonObject Item { get; }

        public int Literals { get; }

        public bool Matches(string path) => _pattern.IsMatch(path);
    }
}
