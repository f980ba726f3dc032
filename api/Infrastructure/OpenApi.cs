using Carers.Api.Infrastructure.Auth;
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

    /// <summary>The OAuth2 scheme partners' apps and GP systems use: client credentials (decision 0033).</summary>
    public const string ClientCredentialsScheme = "clientCredentials";

    public static IServiceCollection AddCarersOpenApi(this IServiceCollection services, IConfiguration configuration)
    {
        var tokenUrl = configuration["SignIn:Machines:TokenUrl"] is { Length: > 0 } url ? new Uri(url)
            : throw new InvalidOperationException("SignIn:Machines:TokenUrl is missing: the contract declares where partners and GP systems get tokens.");
        var machineScope = configuration["SignIn:Machines:Scope"] ?? "";
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
            options.AddServer(new OpenApiServer
            {
                Url = "https://carers.luton.gov.uk",
                Description = "Production",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
            });
            options.AddSecurityDefinition("bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT access token (RFC 7519, validated as RFC8725 recommends: signature, issuer, audience and lifetime) "
                    + "from Microsoft Entra ID (staff, partners, GP systems) or Entra External ID (carers). In Development, the local OpenID Connect "
                    + "provider (dev/Carers.DevIdentity) issues them, and POST /dev/tokens issues one for scripts.",
            });
            options.AddSecurityDefinition(ClientCredentialsScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Partners' apps (Carers Central, CHUMS) and GP systems: OAuth2 client credentials with the client id and secret "
                    + "(or certificate) the council registered for them; the token URL is this environment's. The access token is a short-lived JWT "
                    + "(RFC 7519, validated as RFC8725 recommends: signature, issuer, audience and lifetime); ask for a new one when it expires.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = tokenUrl,
                        Scopes = new Dictionary<string, string> { [machineScope] = "Call the Luton Carers API as the registered partner or GP system." },
                    },
                },
            });
            options.CustomOperationIds(api => api.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName);
            // Use-case types nest their Request and Response: RegisterCarer.Request → RegisterCarerRequest.
            options.CustomSchemaIds(SchemaId);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            // A property that is another schema is allOf: [$ref], so it can say nullable: true where the C# type may be null
            // (OpenAPI 3.0 ignores keywords beside a bare $ref): the tests check every answer against this (decision 0041).
            options.UseAllOfToExtendReferenceSchemas();
            options.OperationFilter<SecurityOperationFilter>(machineScope);
            options.OperationFilter<CsvResponseOperationFilter>();
            options.SchemaFilter<ValidatorSchemaFilter>();
            options.SchemaFilter<LimitsSchemaFilter>();
            options.ParameterFilter<ValidatorParameterFilter>();
            options.DocumentFilter<TagsDocumentFilter>();
            var xml = Path.Combine(AppContext.BaseDirectory, "Carers.Api.xml");
            if (File.Exists(xml)) options.IncludeXmlComments(xml);
        });
        return services;
    }

    /// <summary>RegisterCarer.Request → RegisterCarerRequest; Page&lt;SearchCarers.CarerSummary&gt; → SearchCarersCarerSummaryPage.</summary>
    private static string SchemaId(Type type)
    {
        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return string.Concat(type.GetGenericArguments().Select(SchemaId)) + name;
        }

        return type.IsNested ? type.DeclaringType!.Name + type.Name : type.Name;
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

    /// <summary>
    /// Every CSV answer is declared as text with a bounded size: a header line naming the columns,
    /// then one line a record. Minimal APIs keep one response type per status code, so an operation
    /// answering the same 200 as JSON or CSV declares both media types with the JSON type, and this
    /// makes the CSV one a string; a CSV-only answer without a bound gets the same.
    /// </summary>
    private sealed class CsvResponseOperationFilter : IOperationFilter
    {
        /// <summary>Far above a year of Luton's carer events in the Client Level Data layout (about 600 bytes a row).</summary>
        private const int MaxCsvLength = 200_000_000;

        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
            {
                if (response.Content is null || !response.Content.TryGetValue("text/csv", out var csv)) continue;
                if (response.Content.Count == 1 && csv.Schema is { Type: JsonSchemaType.String, MaxLength: not null }) continue;
                response.Content["text/csv"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = MaxCsvLength, Description = "CSV: a header line naming the columns, then one line a record." },
                };
            }

            // The same for a readable HTML version of a JSON answer: a page, not the JSON schema.
            foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
            {
                if (response.Content is null || !response.Content.ContainsKey("text/html")) continue;
                response.Content["text/html"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = MaxCsvLength, Description = "An HTML page with the same content, to read and print." },
                };
            }
        }
    }

    /// <summary>
    /// Operations behind a policy declare the bearer scheme and their 401/403 answers; every
    /// operation declares 429 and 500 problems and the rate-limit headers that every answer carries.
    /// </summary>
    private sealed class SecurityOperationFilter(string machineScope) : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            operation.Responses ??= new OpenApiResponses();
            var secured = !metadata.OfType<IAllowAnonymous>().Any() && metadata.OfType<IAuthorizeData>().Any();
            if (secured)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", context.Document)] = [] });
                if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy is Policies.Partner or Policies.GpSystem))
                {
                    operation.Security.Add(new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(ClientCredentialsScheme, context.Document)] = [machineScope],
                    });
                }
                AddProblem(operation, context, "401", "No valid access token.");
                AddProblem(operation, context, "403", "The caller's role may not use this operation.");
            }
            else if (metadata.OfType<IAllowAnonymous>().Any())
            {
                // Public by design (decision 0014): an explicitly empty requirement says "no token needed".
                operation.Security = [];
            }

            AddProblem(operation, context, "429", "Too many requests: wait for the number of seconds in Retry-After.");
            AddProblem(operation, context, "500", "Something went wrong on our side; the requestId identifies it.");
            AddProblem(operation, context, "503", "The database did not answer (a restart, a failover): try again after the seconds in Retry-After.");

            if (operation.RequestBody?.Content?.TryGetValue("text/csv", out var csv) == true && csv.Schema is OpenApiSchema csvSchema)
            {
                csvSchema.MaxLength = (int)Problems.RequestLimits.DefaultMaxFhirBodyBytes;
                csvSchema.Description = "A CSV file whose first row names the columns nhs_number, snomed_code, date_recorded and, optionally, consent_to_contact.";
            }

            var requiresIfMatch = metadata.OfType<RequiresIfMatchMetadata>().Any();
            if (requiresIfMatch || metadata.OfType<AcceptsIfMatchMetadata>().Any())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = requiresIfMatch,
                    Description = requiresIfMatch
                        ? "The ETag you last read, exactly as given. Missing: 428. Stale: 412."
                        : "Leave it out to create the record. To replace one that exists, the ETag you last read, exactly as given. Missing then: 428. Stale: 412.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20 },
                });
                AddProblem(operation, context, "412", "The record changed since you read it (or If-Match is not one of its ETags): read it again.");
                AddProblem(operation, context, "428", "If-Match is missing: read the record and send its ETag.");
            }

            if (metadata.OfType<AccessReasonMetadata>().FirstOrDefault() is { } accessReason)
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = AccessReasonHeader.Name,
                    In = ParameterLocation.Header,
                    Required = accessReason.Default is null,
                    Description = AccessReasonHeader.Describe(accessReason.Default),
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = AccessReasons.Codes.Select(c => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(c)!).ToList(),
                    },
                });
                AddProblem(operation, context, "400", "Access-Reason is missing where required, or not one of the reasons.");
            }

            if (metadata.OfType<AcceptsIdempotencyKeyMetadata>().Any() && context.ApiDescription.HttpMethod == "POST")
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = Idempotency.Header,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "Makes a retry harmless: a replay answers the first response (with Idempotency-Replayed: true); "
                        + "the same key with another body is 422; while the first is still running, 409.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 },
                });
                AddProblem(operation, context, "400", "The request is not valid (here: an Idempotency-Key that is empty or too long).");
                AddProblem(operation, context, "409", "The first request with this Idempotency-Key is still being processed: try again shortly.");
                AddProblem(operation, context, "422", "This Idempotency-Key was used with another request body.");
            }

            // Any body may be too large (RequestLimits) or sent as a type the operation does not read.
            if (operation.RequestBody is not null)
            {
                AddProblem(operation, context, "413", "The request body is too large.");
                AddProblem(operation, context, "415", "The request body is not of a type this operation reads (see its content types).");
            }

            foreach (var waitFor in new[] { "429", "503" })
            {
                if (operation.Responses[waitFor] is not OpenApiResponse wait) continue;
                wait.Headers ??= new Dictionary<string, IOpenApiHeader>();
                wait.Headers["Retry-After"] = RateLimitHeader("Seconds to wait before trying again.");
            }

            foreach (var (status, response) in operation.Responses)
            {
                if (response is not OpenApiResponse concrete || !(status.StartsWith('2') || status.StartsWith('4'))) continue;
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers[RateLimiting.LimitHeader] = RateLimitHeader("Requests allowed in the current window.");
                concrete.Headers[RateLimiting.RemainingHeader] = RateLimitHeader("Requests left in the current window.");
                concrete.Headers[Correlation.RequestIdHeader] = new OpenApiHeader
                {
                    Description = "The request id: the caller's X-Request-ID when it sent a sane one (letters, digits, . _ : -, up to 128), else ours.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 128, Pattern = Correlation.RequestIdPattern },
                };
                if (status.StartsWith('2') && metadata.OfType<ReturnsETagMetadata>().Any())
                {
                    concrete.Headers["ETag"] = new OpenApiHeader
                    {
                        Description = "The record's version; send it back in If-Match to change the record.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20 },
                    };
                }
            }
        }

        private static void AddProblem(OpenApiOperation operation, OperationFilterContext context, string status, string description)
        {
            if (operation.Responses!.ContainsKey(status)) return;
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType
                    {
                        Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository),
                    },
                },
            };
        }

        private static OpenApiHeader RateLimitHeader(string description) => new()
        {
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = "1000000" },
        };
    }

    /// <summary>Tags group the operations by who uses them.</summary>
    private sealed class TagsDocumentFilter : IDocumentFilter
    {
        private static readonly Dictionary<string, string> Descriptions = new()
        {
            ["Your carer record"] = "A signed-in carer (or a young carer's parent) and their own record.",
            ["Carers (staff)"] = "Council assessors finding and opening carers' records.",
        };

        public void Apply(OpenApiDocument document, DocumentFilterContext context)
        {
            document.Tags = new HashSet<OpenApiTag>(Descriptions.Select(d => new OpenApiTag { Name = d.Key, Description = d.Value }));
        }
    }

    /// <summary>
    /// Sizes the document states for what validators do not describe: problem details (which the
    /// API writes itself), and strings whose format fixes their length (uuid, date, date-time).
    /// </summary>
    private sealed class LimitsSchemaFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema target) return;
            if (target.Type?.HasFlag(JsonSchemaType.String) == true && target.MaxLength is null)
            {
                target.MaxLength = target.Format switch
                {
                    "uuid" => 36,
                    "date" => 10,
                    "date-time" => 35,
                    _ => target.MaxLength,
                };
            }

            if (context.Type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails) || context.Type == typeof(HttpValidationProblemDetails))
            {
                // Written on every problem by ProblemsSetup (Correlation): optional, for bodies written by others (a proxy).
                target.Properties ??= new Dictionary<string, IOpenApiSchema>();
                target.Properties["traceId"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String, MaxLength = 32, Pattern = "^[0-9a-f]{32}$",
                    Description = "The W3C trace id of the request (the caller's, when it sent traceparent).",
                };
                target.Properties["requestId"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String, MaxLength = 128, Pattern = Correlation.RequestIdPattern,
                    Description = "The request id: the caller's X-Request-ID when it sent a sane one, else ours. Echoed in the X-Request-ID header.",
                };
                foreach (var (name, property) in target.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    if (property is not OpenApiSchema p) continue;
                    switch (name)
                    {
                        case "type" or "instance":
                            p.MaxLength = 500;
                            break;
                        case "title":
                            p.MaxLength = 200;
                            break;
                        case "detail":
                            p.MaxLength = 2000;
                            break;
                        case "status":
                            p.Minimum = "100";
                            p.Maximum = "599";
                            break;
                        case "errors" when p.AdditionalProperties is OpenApiSchema list:
                            list.MaxItems = 10;
                            if (list.Items is OpenApiSchema message) message.MaxLength = 500;
                            break;
                    }
                }
            }
        }
    }

    /// <summary>Query parameters bound with [AsParameters] take their limits from the same validators as bodies.</summary>
    private sealed class ValidatorParameterFilter(IServiceProvider services) : IParameterFilter
    {
        public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
        {
            if (parameter is not OpenApiParameter target || target.Schema is not OpenApiSchema schema) return;
            if (context.ParameterInfo?.GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.AllowedValuesAttribute), false)
                    .FirstOrDefault() is System.ComponentModel.DataAnnotations.AllowedValuesAttribute allowed)
            {
                schema.Enum = allowed.Values.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v?.ToString())!).ToList();
            }

            if (((System.Reflection.ICustomAttributeProvider?)context.PropertyInfo ?? context.ParameterInfo)?.GetCustomAttributes(typeof(QueryVocabularyAttribute), false)
                    .FirstOrDefault() is QueryVocabularyAttribute vocabulary)
            {
                schema.Enum = vocabulary.Codes.Select(c => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(c)!).ToList();
            }

            if (context.PropertyInfo?.DeclaringType is not { } container) return;
            if (services.GetService(typeof(IValidator<>).MakeGenericType(container)) is not IValidator validator) return;

            foreach (var (rule, component) in validator.CreateDescriptor().GetValidatorsForMember(target.Name!))
            {
                if (component.HasCondition || component.HasAsyncCondition) continue;
                switch (rule)
                {
                    case ILengthValidator length when length.Max > 0:
                        schema.MaxLength = length.Max;
                        break;
                    case IBetweenValidator between:
                        schema.Minimum = Convert.ToString(between.From, System.Globalization.CultureInfo.InvariantCulture);
                        schema.Maximum = Convert.ToString(between.To, System.Globalization.CultureInfo.InvariantCulture);
                        break;
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

/// <summary>
/// A query parameter that takes one of an enum's contract codes (camelCase). Query strings are
/// bound as text and checked by the validator with <see cref="Allows{T}"/>, so an unknown word is a
/// 400 keyed by the parameter; the contract lists the words as the parameter's enum.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class QueryVocabularyAttribute(Type enumType) : Attribute
{
    public IReadOnlyList<string> Codes { get; } = Enum.GetNames(enumType).Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName).ToList();

    public static bool Allows<T>(string? code) where T : struct, Enum =>
        code is null || Enum.GetValues<T>().Any(v => Domain.Vocabulary.Code(v) == code);
}
