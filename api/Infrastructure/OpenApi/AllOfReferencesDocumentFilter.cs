using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Carers.Api.Infrastructure.OpenApi;

/// <summary>
/// Tidies what <c>UseAllOfToExtendReferenceSchemas</c> writes. A request or response body that is just <c>allOf: [$ref]</c>
/// (with at most the type's own description beside it) becomes the bare reference. And a property whose C# type is another schema and may be null is <c>allOf: [$ref]</c> with <c>nullable: true</c>
/// (OpenAPI 3.0 ignores keywords beside a bare $ref). OpenAPI 3.0.3 says <c>nullable</c> means nothing without a
/// <c>type</c> beside it, and linters refuse it, so this gives each such property the type of the schema it refers to
/// (and, for an enum, the longest value's length as its maxLength). What the property holds does not change.
/// </summary>
public sealed class AllOfReferencesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var components = document.Components?.Schemas;
        if (components is null) return;
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in components.Values) Visit(schema, components, seen);

        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            var bodies = (operation.RequestBody?.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
                .Concat((operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>()).OfType<OpenApiResponse>()
                    .SelectMany(r => r.Content?.Values ?? Enumerable.Empty<IOpenApiMediaType>()));
            foreach (var media in bodies.OfType<OpenApiMediaType>())
            {
                if (media.Schema is not OpenApiSchema { AllOf: [OpenApiSchemaReference only] } wrapper || !IsBareWrapper(wrapper)) continue;
                if (only.Reference.Id is { } id && components.TryGetValue(id, out var target) && target is OpenApiSchema { Description: null } described)
                {
                    described.Description = wrapper.Description;
                }

                media.Schema = only;
            }
        }
    }

    /// <summary>allOf with one reference and nothing beside it but a description (the type's own, which the component holds too).</summary>
    private static bool IsBareWrapper(OpenApiSchema schema) =>
        schema.Type is null && schema.Properties is not { Count: > 0 }
        && schema.AnyOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.Enum is not { Count: > 0 };

    private static void Visit(IOpenApiSchema schema, IDictionary<string, IOpenApiSchema> components, HashSet<IOpenApiSchema> seen)
    {
        if (schema is not OpenApiSchema concrete || !seen.Add(concrete)) return;
        if (concrete.Type == JsonSchemaType.Null
            && concrete.AllOf is [OpenApiSchemaReference { Reference.Id: { } id }]
            && components.TryGetValue(id, out var target))
        {
            concrete.Type = (target.Type ?? JsonSchemaType.Object) | JsonSchemaType.Null;
            if (target.Enum is { Count: > 0 } values && target.Type == JsonSchemaType.String)
            {
                concrete.MaxLength = values.Max(v => v?.ToString().Length ?? 0);
            }
        }

        foreach (var property in concrete.Properties?.Values ?? []) Visit(property, components, seen);
        if (concrete.Items is { } items) Visit(items, components, seen);
        foreach (var part in (concrete.AllOf ?? []).Concat(concrete.AnyOf ?? []).Concat(concrete.OneOf ?? [])) Visit(part, components, seen);
        if (concrete.AdditionalProperties is { } additional) Visit(additional, components, seen);
    }
}
