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
        // The contract is OpenAPI 3.0, whose schemas hold one `example` (Examples is 3.1's `examples`).
#pragma warning disable CS0618
        target.Example = JsonSerializer.SerializeToNode(example, context.Type, json.Value.SerializerOptions);
#pragma warning restore CS0618
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

/// <summary>
/// The synthetic people, places and ids the contract's examples share, so one example's carer is
/// the next one's: Amina Khan (NHS number 9990000018, in the 999 test range) cares for her father
/// Yusuf Khan in LU2; Tomasz Nowak and Grace Okafor are other carers. No real person.
/// </summary>
public static class Examples
{
    public static readonly Guid CarerId = Guid.Parse("3f2b1c9e-8d4a-4e61-9c0a-5b7e2d1f4a30");
    public static readonly Guid CaredForPersonId = Guid.Parse("8c1d5e77-2a90-4b3f-a6e1-0d94c2b7f815");
    public static readonly Guid RelationshipId = Guid.Parse("5a7e9f02-c4b1-4d8e-9f36-71e2a0b5c9d4");
    public static readonly Guid OtherCarerId = Guid.Parse("d2e4f6a8-1b3c-4d5e-8f70-92a4b6c8d0e1");
    public static readonly Guid AssessmentId = Guid.Parse("b6f0c3a1-9e2d-4f57-8a14-3c6d8e0f2b79");
    public static readonly Guid BreakId = Guid.Parse("e1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8");
    public static readonly Guid BreakProviderId = Guid.Parse("0c9b8a76-5e4d-4c3b-a2f1-e0d9c8b7a695");
    public static readonly Guid GrantId = Guid.Parse("47d1e2f3-a4b5-4c6d-9e7f-8091a2b3c4d5");
    public static readonly Guid EmergencyPlanId = Guid.Parse("f3e2d1c0-b9a8-4796-8584-736251403f2e");
    public static readonly Guid RequestId = Guid.Parse("2b4d6f81-3a5c-4e7a-9b0d-c1e3f5a7b9d2");
    /// <summary>The carer a partner referred (the partner API's and the events' examples).</summary>
    public static readonly Guid PartnerCarerId = Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    /// <summary>That partner's referral of them.</summary>
    public static readonly Guid ReferralId = Guid.Parse("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");
    /// <summary>A partner's referral waiting for the carer's answer (the carer's and staff's examples).</summary>
    public static readonly Guid PendingReferralId = Guid.Parse("1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b");

    public const string GivenName = "Amina";
    public const string FamilyName = "Khan";
    public const string CarerName = "Amina Khan";
    public const string CaredForGivenName = "Yusuf";
    public const string CaredForName = "Yusuf Khan";
    public const string OtherCarerName = "Tomasz Nowak";
    public const string ThirdCarerName = "Grace Okafor";
    public const string NhsNumber = "9990000018";
    public const string CaredForNhsNumber = "9990000026";
    public const string Postcode = "LU2 7GH";
    public const string Phone = "07700 900123";
    public const string Email = "amina.khan@example.org";
    public const string Assessor = "rehana.patel@luton.gov.uk";
    public const string Manager = "david.osei@luton.gov.uk";
    public const string ETag = "\"v3\"";
    public const string BreakProviderName = "Crossroads Care Luton";

    /// <summary>Monday 2 March 2026, a quarter past nine in the morning (UTC).</summary>
    public static readonly DateTimeOffset At = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);
    public static readonly DateOnly On = new(2026, 3, 2);
}
