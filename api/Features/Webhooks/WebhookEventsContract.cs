using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Carers.Api.Features.Webhooks;

/// <summary>
/// The events partners receive, in the contract (decision 0042). OpenAPI 3.0 has no webhooks section; its way to describe
/// the requests an API makes to an address the caller gave is a callback, so RegisterPartnerWebhook declares one,
/// partnerEvent: a POST to the registered url with the Standard Webhooks headers and a body that is one of the event
/// schemas, each generated from its C# type in <see cref="PartnerEventCatalogue"/> (components/schemas, with an example).
/// </summary>
public static class WebhookEventsContract
{
    public const string CallbackName = "partnerEvent";

    private sealed record WebhookEventsMetadata;

    /// <summary>Marks the operation whose callback describes the events.</summary>
    public static RouteHandlerBuilder WithWebhookEvents(this RouteHandlerBuilder builder) => builder.WithMetadata(new WebhookEventsMetadata());

    public static IServiceCollection AddWebhookEventsContract(this IServiceCollection services)
    {
        services.ConfigureSwaggerGen(options => options.OperationFilter<EventsCallbackFilter>());
        return services;
    }

    private sealed class EventsCallbackFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<WebhookEventsMetadata>().Any()) return;

            var events = new List<IOpenApiSchema>();
            foreach (var entry in PartnerEventCatalogue.All)
            {
                events.Add(context.SchemaGenerator.GenerateSchema(entry.EventType, context.SchemaRepository));
                if (context.SchemaRepository.Schemas.TryGetValue(entry.EventType.Name, out var generated) && generated is OpenApiSchema schema
                    && schema.Properties is { } properties)
                {
                    if (properties.TryGetValue("type", out var type) && type is OpenApiSchema typeSchema) typeSchema.Enum = [JsonValue.Create(entry.Type)!];
                    if (properties.TryGetValue("version", out var version) && version is OpenApiSchema versionSchema)
                        versionSchema.Enum = [JsonValue.Create(entry.Version)!];
                    schema.Description ??= $"The {entry.Type} event, version {entry.Version}.";
                }
            }

            var receive = new OpenApiOperation
            {
                OperationId = "ReceivePartnerEvent",
                Summary = "An event POSTed to the partner's registered address",
                Description = "Each event is POSTed as JSON to the registered url and signed as Standard Webhooks specifies: verify the "
                    + "`webhook-signature` over `webhook-id.webhook-timestamp.body` with the secret (any Standard Webhooks library does), "
                    + "refuse a `webhook-timestamp` more than 5 minutes from your clock, and dedupe on `webhook-id` (the event's id): "
                    + "delivery is at least once. Answer any 2xx within 10 seconds; anything else is tried again with exponential backoff "
                    + "until you do. Events are not ordered: use occurredAt, and read the record through the API. "
                    + "The event types and their versions are in docs/events.md.",
                Parameters =
                [
                    Header(WebhookDispatcher.IdHeader, "The event's id (a UUID): the same on every attempt and on a replay. Dedupe on it.",
                        new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid", MaxLength = 36 }),
                    Header(WebhookDispatcher.TimestampHeader, "When this attempt was signed, in seconds since 1970-01-01T00:00:00Z.",
                        new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{1,12}$", MaxLength = 12 }),
                    Header(WebhookDispatcher.SignatureHeader,
                        "One or more space-separated signatures, each v1, a comma and the base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body` "
                        + "with a secret; during a secret rotation's overlap there is one for the new secret and one for the old (and the first again at the end).",
                        new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^v1,[A-Za-z0-9+/=]{44}( v1,[A-Za-z0-9+/=]{44})*$", MaxLength = 500 }),
                ],
                RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The event: its envelope (id, type, version, occurredAt, partner) and its data, ids only.",
                    Content = new Dictionary<string, IOpenApiMediaType>
                    {
                        // The discriminator lets a strict generator (C#, Java, Kotlin) pick the event's class from its type.
                        ["application/json"] = new OpenApiMediaType
                        {
                            Schema = new OpenApiSchema
                            {
                                OneOf = events,
                                Discriminator = new OpenApiDiscriminator
                                {
                                    PropertyName = "type",
                                    Mapping = PartnerEventCatalogue.All.ToDictionary(
                                        e => e.Type, e => new OpenApiSchemaReference(e.EventType.Name, context.Document)),
                                },
                            },
                        },
                    },
                },
                Responses = new OpenApiResponses
                {
                    ["200"] = new OpenApiResponse { Description = "Received (any 2xx will do). Any other answer, or none within 10 seconds, is tried again later." },
                    ["4XX"] = new OpenApiResponse { Description = "Not accepted (for example a signature the receiver could not verify): tried again later, with the same webhook-id." },
                    ["5XX"] = new OpenApiResponse { Description = "The receiver failed: tried again later, with the same webhook-id." },
                },
                Security = [],
            };

            var pathItem = new OpenApiPathItem();
            pathItem.AddOperation(HttpMethod.Post, receive);
            var callback = new OpenApiCallback();
            callback.AddPathItem(RuntimeExpression.Build("{$request.body#/url}"), pathItem);
            operation.Callbacks ??= new Dictionary<string, IOpenApiCallback>();
            operation.Callbacks[CallbackName] = callback;
        }

        private static OpenApiParameter Header(string name, string description, OpenApiSchema schema) => new()
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = true,
            Description = description,
            Schema = schema,
        };
    }
}
