using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Carers.Api.Infrastructure;

/// <summary>
/// The OpenAPI document partners code against. Swashbuckle serves it at
/// /swagger/v1/swagger.json; openapi.yaml at the root is the same document committed, and
/// a test fails when they differ. Field limits, patterns and required fields come from the
/// FluentValidation validators, so the contract and the checks cannot drift apart.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddCarersOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Luton Carers API",
                Version = "1.0.0",
                Description = "Find unpaid carers early and support them: the record that carers, Luton Borough Council, "
                    + "Carers Central, CHUMS and GP practices work from. Errors are RFC 9457 problem details.",
                Contact = new OpenApiContact { Name = "Luton Carers platform team", Email = "carers.platform@luton.gov.uk" },
                License = new OpenApiLicense { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") },
            });
            options.AddServer(new OpenApiServer { Url = "https://carers.luton.gov.uk", Description = "Production" });
            options.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from Microsoft Entra ID (staff, partners, GP systems) or Entra External ID (carers). "
                    + "In Development, POST /dev/tokens issues one.",
            });
            options.CustomOperationIds(api => api.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName);
            // Use-case types nest their Request and Response: RegisterCarer.Request → RegisterCarerRequest.
            options.CustomSchemaIds(type => type.IsNested ? type.DeclaringType!.Name + type.Name : type.Name);
            options.SupportNonNullableReferenceTypes();
            options.OperationFilter<SecurityOperationFilter>();
            options.SchemaFilter<ValidatorSchemaFilter>();
            var xml = Path.Combine(AppContext.BaseDirectory, "Carers.Api.xml");
            if (File.Exists(xml)) options.IncludeXmlComments(xml);
        });
        return services;
    }

    public static WebApplication UseCarersOpenApi(this WebApplication app)
    {
        app.UseSwagger(o => o.RouteTemplate = "swagger/{documentName}/swagger.{extension:regex(^(json|ya?ml)$)}");
        if (app.Environment.IsDevelopment())
        {
            app.UseSwaggerUI(o => o.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "Luton Carers API"));
        }

        return app;
    }

    /// <summary>Operations behind a policy declare the bearer scheme and their 401/403 answers.</summary>
    private sealed class SecurityOperationFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any()) return;
            if (!metadata.OfType<IAuthorizeData>().Any()) return;

            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", context.Document)] = [] });
            operation.Responses ??= new OpenApiResponses();
            foreach (var (status, description) in new[] { ("401", "No valid access token."), ("403", "The caller's role may not use this operation.") })
            {
                if (!operation.Responses.ContainsKey(status))
                {
                    operation.Responses[status] = new OpenApiResponse
                    {
                        Description = description,
                        Content = new Dictionary<string, IOpenApiMediaType>
                        {
                            ["application/problem+json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository) },
                        },
                    };
                }
            }
        }
    }

    /// <summary>Copies NotEmpty/NotNull (required), Length (min/maxLength), Matches (pattern) and ranges from validators into schemas.</summary>
    private sealed class ValidatorSchemaFilter(IServiceProvider services) : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema target || target.Properties is null || target.Properties.Count == 0) return;

            for (var type = context.Type; type is not null && type != typeof(object); type = type.BaseType)
            {
                if (services.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator) continue;
                var descriptor = validator.CreateDescriptor();
                foreach (var (name, propertySchema) in target.Properties)
                {
                    // Rules are keyed by the contract's camelCase name (ValidationSetup's PropertyNameResolver).
                    foreach (var (rule, component) in descriptor.GetValidatorsForMember(name))
                    {
                        if (component.HasCondition || component.HasAsyncCondition) continue;
                        Describe(target, name, propertySchema as OpenApiSchema, rule);
                    }
                }
            }
        }

        private static void Describe(OpenApiSchema parent, string name, OpenApiSchema? property, IPropertyValidator rule)
        {
            switch (rule)
            {
                case INotNullValidator or INotEmptyValidator:
                    parent.Required ??= new HashSet<string>();
                    parent.Required.Add(name);
                    if (property?.Type is { } t) property.Type = t & ~JsonSchemaType.Null;
                    break;
                case ILengthValidator length when property is not null:
                    if (length.Max > 0) property.MaxLength = length.Max;
                    if (length.Min > 0) property.MinLength = length.Min;
                    break;
                case IRegularExpressionValidator regex when property is not null:
                    property.Pattern = regex.Expression;
                    break;
                case IBetweenValidator between when property is not null:
                    property.Minimum = Convert.ToString(between.From, System.Globalization.CultureInfo.InvariantCulture);
                    property.Maximum = Convert.ToString(between.To, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case IMaxItemsValidator maxItems when property is not null:
                    property.MaxItems = maxItems.MaxItems;
                    break;
            }
        }
    }
}

/// <summary>A list rule that the OpenAPI document can describe as maxItems.</summary>
public interface IMaxItemsValidator
{
    int MaxItems { get; }
}

public sealed class MaxItemsValidator<T, TItem>(int maxItems) : PropertyValidator<T, IReadOnlyCollection<TItem>?>, IMaxItemsValidator
{
    public int MaxItems { get; } = maxItems;

    public override string Name => "MaxItemsValidator";

    public override bool IsValid(ValidationContext<T> context, IReadOnlyCollection<TItem>? value) => value is null || value.Count <= MaxItems;

    protected override string GetDefaultMessageTemplate(string errorCode) => $"Choose at most {MaxItems}.";
}

public static class ValidatorExtensions
{
    public static IRuleBuilderOptions<T, IReadOnlyCollection<TItem>?> MaxItems<T, TItem>(this IRuleBuilder<T, IReadOnlyCollection<TItem>?> rule, int max) =>
        rule.SetValidator(new MaxItemsValidator<T, TItem>(max));
}
