using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Carers.Api.Infrastructure;

/// <summary>
/// Every request and response body in the contract carries a realistic example, written once as a
/// C# value on the type itself: <c>public static TheType Example</c>. This filter finds that
/// property on the type a schema is generated for and writes it, serialised with the API's own
/// JSON options (camelCase names, enums as their wire codes), as the schema's <c>example</c>. So
/// the example is a real instance of the type: it cannot name a field the type does not have, and
/// ContractExamplesTests checks that it validates against its own schema.
/// A page (<see cref="Page{T}"/>) gets its example from its item's: one item and a next cursor.
/// Synthetic people only (names like Amina Khan, NHS numbers in the 999 test range).
/// </summary>
public sealed class ExampleSchemaFilter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : ISchemaFilter
{
    public const string PropertyName = "Example";

    /// <summary>The next-page cursor that page examples show: opaque to callers, as every cursor is.</summary>
    public const string ExampleCursor = "eyJhdCI6IjIwMjYtMDMtMDJUMDk6MTU6MDBaIiwiaWQiOiI3YjFlIn0";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        // Only the schema of the type itself (a component), not a property or parameter using it.
        if (schema is not OpenApiSchema target || context.MemberInfo is not null || context.ParameterInfo is not null) return;
        if (ExampleOf(context.Type) is not { } example) return;
        target.Example = JsonSerializer.SerializeToNode(example, context.Type, json.Value.SerializerOptions);
    }

    /// <summary>The type's own <c>Example</c>; for a page, one made from its item's example.</summary>
    public static object? ExampleOf(Type type)
    {
        var property = type.GetProperty(PropertyName, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        if (property is not null && property.PropertyType == type && property.GetIndexParameters().Length == 0)
        {
            return property.GetValue(null);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Page<>))
        {
            var itemType = type.GetGenericArguments()[0];
            if (ExampleOf(itemType) is not { } item) return null;
            var items = Array.CreateInstance(itemType, 1);
            items.SetValue(item, 0);
            return Activator.CreateInstance(type, items, ExampleCursor);
        }

        return null;
    }
}
