using FluentValidation;
using FluentValidation.Validators;
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

    /// <summary>The contract's version: semantic versioning, as docs/versioning.md says what each part means.</summary>
    public const string Version = "1.0.0";

    public static IServiceCollection AddCarersOpenApi(this IServiceCollection services, IConfiguration configuration)
    {
        var tokenUrl = configuration["SignIn:Machines:TokenUrl"] is { Length: > 0 } url ? new Uri(url)
            : throw new InvalidOperationException("SignIn:Machines:TokenUrl is missing: the contract declares where partners and GP systems get tokens.");
        var machineScope = configuration["SignIn:Machines:Scope"] ?? "";
        // The API's own scope among those the SPA asks for (the rest are OpenID Connect's: openid, profile, offline_access).
        var peopleScope = configuration.GetSection("SignIn:Staff:Scopes").Get<string[]>()?
            .LastOrDefault(s => s is not ("openid" or "profile" or "offline_access" or "email")) ?? "";
        services.AddSingleton(new OpenApi.ContractScopes(machineScope, peopleScope));
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Luton Carers API",
                Version = Version,
                Description = """
                    Find unpaid carers early and support them: the record that carers, Luton Borough Council, Carers Central, CHUMS and GP practices work from.

                    - **Getting a token**: partners' systems and GP systems use OAuth2 client credentials (`clientCredentials`); people sign in with OpenID Connect
                      (`staffSignIn` for council staff, `carerSignIn` for carers). Each operation says who may call it.
                    - **Errors** are RFC 9457 problem details (`application/problem+json`) whose `type` is one of the documented problem types:
                      see [docs/problems.md](docs/problems.md). Every answer carries `X-Request-ID`; quote it when you contact us.
                    - **Retries**: send `Idempotency-Key` on every POST a partner or GP system makes; a retry then writes nothing twice.
                    - **Concurrency**: records that change carry an `ETag`; send it back in `If-Match` (missing: 428, stale: 412).
                    - **Rate limits**: `X-RateLimit-Limit` and `X-RateLimit-Remaining` on every answer; over the limit, 429 with `Retry-After`.
                    - **Versioning**: `info.version` follows semantic versioning. Additive changes (a new operation, a new optional field, a new value where
                      the contract says the list may grow) come without notice; a breaking change gets a new major version alongside the old one, which lives
                      for at least 12 months. An operation due to go is marked `deprecated: true` and answers with `Deprecation` and `Sunset` headers
                      at least 6 months before it goes. See [docs/versioning.md](docs/versioning.md).
                    """,
                Contact = new OpenApiContact { Name = "Luton Carers platform team", Email = "carers.platform@luton.gov.uk" },
                License = new OpenApiLicense { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") },
            });
            AddServer(options, "https://api.carers.luton.gov.uk", "Production: real carers' data.", isInternal: false);
            AddServer(options, "https://sandbox.api.carers.luton.gov.uk", "Sandbox: synthetic data only, for partners and GP suppliers to build and test against.", isInternal: false);
            AddServer(options, "http://localhost:5080", "Local development (./run.sh): synthetic data on your own machine.", isInternal: true);
            options.AddSecurityDefinition(OpenApi.SecurityOperationFilter.ClientCredentialsScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Partners' apps (Carers Central, CHUMS) and GP systems: OAuth2 client credentials with the client id and secret "
                    + "(or certificate) the council registered for them; the token URL is this environment's. The access token is a short-lived JWT "
                    + "(RFC 7519, validated as RFC8725 recommends: signature, issuer, audience and lifetime) carrying the role Partner (and the partner's name) "
                    + "or GpSystem (and the practice's ODS code); ask for a new one when it expires.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = tokenUrl,
                        Scopes = new Dictionary<string, string> { [machineScope] = "Call the Luton Carers API as the registered partner or GP system." },
                    },
                },
            });
            options.AddSecurityDefinition(OpenApi.SecurityOperationFilter.StaffSignInScheme, OpenIdConnect(configuration, "Staff",
                "Council staff sign in with OpenID Connect through Microsoft Entra ID (authorization code with PKCE); the role comes from the roles claim."));
            options.AddSecurityDefinition(OpenApi.SecurityOperationFilter.CarerSignInScheme, OpenIdConnect(configuration, "Carers",
                "Carers sign in with OpenID Connect through Entra External ID (authorization code with PKCE); a carer reaches only their own record."));
            options.CustomOperationIds(api => api.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName);
            // Use-case types nest their Request and Response: RegisterCarer.Request → RegisterCarerRequest.
            options.CustomSchemaIds(SchemaId);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            // A property that is another schema is allOf: [$ref], so it can say nullable: true where the C# type may be null
            // (OpenAPI 3.0 ignores keywords beside a bare $ref): the tests check every answer against this (decision 0041).
            options.UseAllOfToExtendReferenceSchemas();
            // First, so that a use case's <remarks> is the description the filters below add to.
            var xml = Path.Combine(AppContext.BaseDirectory, "Carers.Api.xml");
            if (File.Exists(xml)) options.IncludeXmlComments(xml);
            options.OperationFilter<OpenApi.SecurityOperationFilter>();
            options.OperationFilter<OpenApi.HeadersOperationFilter>();
            options.OperationFilter<CsvResponseOperationFilter>();
            options.SchemaFilter<ValidatorSchemaFilter>();
            options.SchemaFilter<LimitsSchemaFilter>();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.ParameterFilter<ValidatorParameterFilter>();
            options.DocumentFilter<TagsDocumentFilter>();
            options.DocumentFilter<OpenApi.SharedComponentsDocumentFilter>();
            options.DocumentFilter<OpenApi.AllOfReferencesDocumentFilter>();
        });
        return services;
    }

    private static void AddServer(SwaggerGenOptions options, string url, string description, bool isInternal) =>
        options.AddServer(new OpenApiServer
        {
            Url = url,
            Description = description,
            Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(isInternal) },
        });

    /// <summary>An OpenID Connect scheme whose discovery document is the environment's authority for these people.</summary>
    private static OpenApiSecurityScheme OpenIdConnect(IConfiguration configuration, string people, string description)
    {
        var authority = configuration[$"SignIn:{people}:Authority"] is { Length: > 0 } a ? a.TrimEnd('/')
            : throw new InvalidOperationException($"SignIn:{people}:Authority is missing: the contract declares where {people.ToLowerInvariant()} sign in.");
        return new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OpenIdConnect,
            OpenIdConnectUrl = new Uri(authority + "/.well-known/openid-configuration"),
            Description = description + " The access token is a short-lived JWT (RFC 7519, validated as RFC8725 recommends: signature, issuer, "
                + "audience and lifetime).",
        };
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
            if (operation.RequestBody?.Content?.TryGetValue("text/csv", out var upload) == true && upload.Schema is OpenApiSchema uploadSchema)
            {
                uploadSchema.MaxLength = (int)Problems.RequestLimits.DefaultMaxFhirBodyBytes;
                uploadSchema.Description = "A CSV file whose first row names the columns nhs_number, snomed_code, date_recorded and, optionally, consent_to_contact.";
            }

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

    /// <summary>Tags group the operations by who uses them: partners and GP systems first, then carers, then council staff.</summary>
    private sealed class TagsDocumentFilter : IDocumentFilter
    {
        private static readonly Dictionary<string, string> Descriptions = new()
        {
            ["Partners"] = "Carers Central and CHUMS: refer carers, read the carers who share with you, log support, ask for assessments. "
                + "OAuth2 client credentials; send an Idempotency-Key with every POST.",
            ["Sign-in"] = "Where people sign in, for this environment (public).",
            ["Directory of local services"] = "The directory of local services for carers: public to read, kept by managers.",
            ["Your carer record"] = "A signed-in carer (or a young carer's parent) and their own record: details, people cared for, consents, "
                + "partners' referrals, who has seen it, notices sent.",
            ["Your assessments"] = "A signed-in carer's own carer's assessments and self-assessments.",
            ["Your grants"] = "A signed-in carer's own grant applications.",
            ["Your breaks"] = "A signed-in carer's own breaks, and the availability of providers.",
            ["Your emergency plans"] = "A signed-in carer's emergency plans, one for each person they care for.",
            ["Your information requests"] = "A signed-in carer asks for information in an accessible format or another language.",
            ["Your complaints and compliments"] = "A signed-in carer's complaints and compliments.",
            ["Your carers' survey"] = "The carers' survey, answered by the signed-in carer.",
            ["Your data"] = "A signed-in carer downloads everything held about them.",
            ["Carers (staff)"] = "Council staff finding, registering, opening and changing carers' records.",
            ["Match queue (staff)"] = "Records that may be one person, for staff to merge or keep apart.",
            ["Assessments (staff)"] = "Council staff allocating, carrying out and reviewing carers' assessments.",
            ["Grants (staff)"] = "Grants officers approving, paying and budgeting carers' grants.",
            ["Breaks (staff)"] = "Council staff arranging breaks and keeping the providers.",
            ["Emergency plans (staff)"] = "Council staff keeping emergency plans under review.",
            ["Emergency duty"] = "The emergency duty team looking up a carer's emergency plan out of hours.",
            ["Information requests (staff)"] = "Council staff answering carers' requests for information.",
            ["Complaints and compliments (staff)"] = "Council staff recording and answering complaints, and recording compliments.",
            ["Carers' survey (staff)"] = "The carers' survey years and results.",
            ["GP flags (staff)"] = "Council staff working from GP practices' carer flags and extracts.",
            ["Partner webhooks (staff)"] = "Managers registering partners' webhooks and replaying their events.",
            ["Subject access requests (data protection)"] = "The data-protection team's subject access requests.",
            ["Retention (data protection)"] = "Closing records, and the retention review and runs.",
            ["Historic import (managers)"] = "Managers importing historic carer events from the old case system.",
            ["Reports (managers)"] = "Performance indicators for managers.",
            ["Statutory returns (managers)"] = "Statutory returns (SALT LTS003, Client Level Data) for managers.",
        };

        public void Apply(OpenApiDocument document, DocumentFilterContext context)
        {
            var used = document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
                .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Reference?.Id ?? t.Name).OfType<string>().ToHashSet();
            document.Tags = new HashSet<OpenApiTag>(Descriptions.Where(d => used.Contains(d.Key))
                .Select(d => new OpenApiTag { Name = d.Key, Description = d.Value })
                .Concat(used.Where(u => !Descriptions.ContainsKey(u)).Order(StringComparer.Ordinal).Select(u => new OpenApiTag { Name = u })));
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
                // A 400 for a body that cannot be read at all (not JSON) names no fields: errors is there only when fields are at fault.
                if (context.Type == typeof(HttpValidationProblemDetails)) target.Required?.Remove("errors");
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
