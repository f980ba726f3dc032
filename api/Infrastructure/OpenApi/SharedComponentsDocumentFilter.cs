using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Carers.Api.Infrastructure.OpenApi;

/// <summary>The names and words of the headers, parameters and problem answers declared once in the contract's components.</summary>
public static class SharedComponents
{
    public const string ProblemMediaType = "application/problem+json";
    public const string IfMatchParameter = "If-Match";
    public const string IfMatchToReplaceParameter = "If-Match-To-Replace";
    public const string IdempotencyKeyParameter = "Idempotency-Key";
    public const string RequestIdParameter = "X-Request-ID";

    private const string ValidationSchema = "HttpValidationProblemDetails";

    /// <summary>"Access-Reason" where it is required; "Access-Reason-casework" where casework is the default.</summary>
    public static string AccessReasonParameter(AccessReason? defaultReason) =>
        defaultReason is { } reason ? $"{AccessReasonHeader.Name}-{reason.Code()}" : AccessReasonHeader.Name;

    /// <summary>The Access-Reason parameter a component name stands for.</summary>
    public static OpenApiParameter? AccessReasonComponent(string componentName)
    {
        var defaults = Enum.GetValues<AccessReason>().Select(r => (AccessReason?)r).Append(null);
        if (!defaults.Any(d => AccessReasonParameter(d) == componentName)) return null;
        var defaultReason = defaults.First(d => AccessReasonParameter(d) == componentName);
        return new OpenApiParameter
        {
            Name = AccessReasonHeader.Name,
            In = ParameterLocation.Header,
            Required = defaultReason is null,
            Description = AccessReasonHeader.Describe(defaultReason),
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = AccessReasons.Codes.Select(c => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(c)!).ToList(),
            },
        };
    }

    /// <summary>What a problem answer of this status means, wherever it is declared.</summary>
    public static string Describe(string status) => status switch
    {
        "400" => $"The request could not be read: not JSON, no body, or a header that is not valid ({ProblemTypes.BadRequest}).",
        "401" => $"No access token, or one that is not valid or has expired: get a new token ({ProblemTypes.Unauthorised}).",
        "403" => $"The token is valid but its role may not use this operation ({ProblemTypes.Forbidden}).",
        "404" => $"There is no such record, or it is not one you may see; the API does not say which ({ProblemTypes.NotFound}).",
        "409" => $"The request conflicts with the record as it is now (a state it is no longer in, a duplicate), or the first request with this Idempotency-Key is still running ({ProblemTypes.Conflict}, {ProblemTypes.IdempotencyKeyInProgress}).",
        "412" => $"The record changed since you read it, or If-Match is not one of its ETags: read it again ({ProblemTypes.PreconditionFailed}).",
        "413" => $"The request body is over the limit for this operation ({ProblemTypes.PayloadTooLarge}).",
        "415" => $"The request body is not in a media type this operation reads ({ProblemTypes.UnsupportedMediaType}).",
        "422" => $"This Idempotency-Key was already used with a different request ({ProblemTypes.IdempotencyKeyReused}).",
        "428" => $"If-Match is missing: read the record and send its ETag ({ProblemTypes.PreconditionRequired}).",
        "429" => $"Too many requests: wait for the number of seconds in Retry-After ({ProblemTypes.RateLimited}).",
        "500" => $"Something went wrong on our side; quote the requestId ({ProblemTypes.ServerError}).",
        "503" => $"The database did not answer (a restart, a failover): try again after the seconds in Retry-After ({ProblemTypes.Unavailable}).",
        _ => $"A problem ({ProblemTypes.Other}).",
    };

    private static readonly Dictionary<string, string> Names = new()
    {
        ["400"] = "BadRequest", ["401"] = "Unauthorised", ["403"] = "Forbidden", ["404"] = "NotFound", ["405"] = "MethodNotAllowed",
        ["409"] = "Conflict", ["412"] = "PreconditionFailed", ["413"] = "PayloadTooLarge", ["415"] = "UnsupportedMediaType",
        ["422"] = "IdempotencyKeyReused", ["428"] = "PreconditionRequired", ["429"] = "TooManyRequests", ["500"] = "ServerError",
        ["503"] = "ServiceUnavailable",
    };

    /// <summary>The shared response for a problem of this status: "NotFound", or "ValidationFailed" for a 400 whose body lists the fields.</summary>
    public static string ResponseName(string status, bool validation) =>
        validation ? (status == "400" ? "ValidationFailed" : (Names.GetValueOrDefault(status) ?? "Problem" + status) + "WithErrors")
            : Names.GetValueOrDefault(status) ?? "Problem" + status;

    public static bool IsValidationSchema(IOpenApiSchema? schema) =>
        schema is OpenApiSchemaReference reference && reference.Reference.Id == ValidationSchema;
}

/// <summary>
/// Declares the shared headers, parameters and problem responses in components and replaces every
/// problem answer an operation declares with a reference to the shared response for its status.
/// The contract was 1.3 MB with these repeated on every answer; referenced, it is a fraction of that.
/// </summary>
public sealed class SharedComponentsDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Parameters ??= new Dictionary<string, IOpenApiParameter>();
        document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        AddHeaders(document.Components.Headers);
        AddParameters(document.Components.Parameters);

        var problemSchema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        var validationSchema = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository);
        foreach (var pathItem in document.Paths.Values)
        {
            foreach (var operation in pathItem.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameterReference>() ?? [])
                {
                    if (parameter.Reference.Id is { } id && !document.Components.Parameters.ContainsKey(id)
                        && SharedComponents.AccessReasonComponent(id) is { } accessReason)
                    {
                        document.Components.Parameters[id] = accessReason;
                    }
                }

                if (operation.Responses is null) continue;
                foreach (var status in operation.Responses.Keys.ToList())
                {
                    if (operation.Responses[status] is not OpenApiResponse response || response.Content is not { Count: 1 } content
                        || !content.TryGetValue(SharedComponents.ProblemMediaType, out var media)) continue;
                    var validation = SharedComponents.IsValidationSchema(media.Schema);
                    var name = SharedComponents.ResponseName(status, validation);
                    if (!document.Components.Responses.ContainsKey(name))
                    {
                        document.Components.Responses[name] = ProblemResponse(document, status, validation ? validationSchema : problemSchema, validation);
                    }

                    operation.Responses[status] = new OpenApiResponseReference(name, document);
                }
            }
        }

        document.Components.Responses = new SortedDictionary<string, IOpenApiResponse>(document.Components.Responses, StringComparer.Ordinal);
    }

    private static OpenApiResponse ProblemResponse(OpenApiDocument document, string status, IOpenApiSchema schema, bool validation)
    {
        var headers = new Dictionary<string, IOpenApiHeader>
        {
            [Correlation.RequestIdHeader] = new OpenApiHeaderReference(Correlation.RequestIdHeader, document),
        };
        if (status.StartsWith('4'))
        {
            // Set before anything else runs; the exception handler clears them for a 5xx.
            headers[RateLimiting.LimitHeader] = new OpenApiHeaderReference(RateLimiting.LimitHeader, document);
            headers[RateLimiting.RemainingHeader] = new OpenApiHeaderReference(RateLimiting.RemainingHeader, document);
        }

        if (status is "429" or "503") headers["Retry-After"] = new OpenApiHeaderReference("Retry-After", document);

        return new OpenApiResponse
        {
            Description = validation && status == "400"
                ? $"Some fields are missing or not valid; errors lists them by the contract's field name ({ProblemTypes.Validation}). "
                    + $"A body that cannot be read at all (not JSON) names no fields ({ProblemTypes.BadRequest})."
                : SharedComponents.Describe(status),
            Headers = headers,
            Content = new Dictionary<string, IOpenApiMediaType> { [SharedComponents.ProblemMediaType] = new OpenApiMediaType { Schema = schema } },
        };
    }

    private static void AddHeaders(IDictionary<string, IOpenApiHeader> headers)
    {
        headers[RateLimiting.LimitHeader] = CountHeader("Requests allowed in the current window (a fixed window per caller).");
        headers[RateLimiting.RemainingHeader] = CountHeader("Requests left in the current window. At 0, wait for Retry-After on the 429.");
        headers["Retry-After"] = CountHeader("Seconds to wait before trying again.");
        headers[Correlation.RequestIdHeader] = new OpenApiHeader
        {
            Description = "The request id: the caller's X-Request-ID when it sent a sane one (letters, digits, . _ : -, up to 128), else ours. "
                + "Quote it when you contact us; problem answers carry it as requestId too.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 128, Pattern = Correlation.RequestIdPattern },
        };
        headers["ETag"] = new OpenApiHeader
        {
            Description = "The record's version (a strong ETag such as \"v3\"); send it back in If-Match to change the record.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20, Pattern = "^\"v[0-9]{1,9}\"$" },
        };
        headers["Location"] = new OpenApiHeader
        {
            Description = "Where to read what was created (a path on this server).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference", MaxLength = 500 },
        };
        headers[Idempotency.ReplayedHeader] = new OpenApiHeader
        {
            Description = "true when this is the kept answer to an earlier request with the same Idempotency-Key: nothing was written again.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 4, Enum = [(System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create("true")!] },
        };
    }

    private static void AddParameters(IDictionary<string, IOpenApiParameter> parameters)
    {
        var etag = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20 };
        parameters[SharedComponents.IfMatchParameter] = new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = true,
            Description = "The ETag you last read, exactly as given. Missing: 428 (precondition-required). Stale or not one of ours: 412 (precondition-failed).",
            Schema = etag,
        };
        parameters[SharedComponents.IfMatchToReplaceParameter] = new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "Leave it out to create the record. To replace one that exists, the ETag you last read, exactly as given: missing then, 428; stale, 412.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 20 },
        };
        parameters[SharedComponents.IdempotencyKeyParameter] = new OpenApiParameter
        {
            Name = Idempotency.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Makes a retry harmless: send a new UUID with each new request and the same one when you retry it. A replay gets the first "
                + "answer again (with Idempotency-Replayed: true) and writes nothing; the same key with another body is 422 (idempotency-key-reused); "
                + "while the first is still running, 409 (idempotency-key-in-progress). Keys belong to your client and are kept: never reuse one for another request.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255, Pattern = "^[\\x21-\\x7E]{1,255}$" },
        };
        parameters[SharedComponents.RequestIdParameter] = new OpenApiParameter
        {
            Name = Correlation.RequestIdHeader,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Your id for this request (a UUID, say): it runs through our logs and comes back in X-Request-ID and in any problem's requestId. "
                + "Anything else (or nothing) and we make one.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 128, Pattern = Correlation.RequestIdPattern },
        };
    }

    private static OpenApiHeader CountHeader(string description) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = "1000000" },
    };
}
