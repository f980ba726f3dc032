using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Webhooks;

public static class WebhooksEndpoints
{
    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/partners/{partner}")
            .WithTags("Partner webhooks (staff)")
            .RequireAuthorization(Policies.Manager)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/webhook", RegisterPartnerWebhook.Endpoint).WithName(nameof(RegisterPartnerWebhook)).AcceptsIfMatch()
            .WithSummary("Register a partner's webhook address (If-Match to replace one); answers a new signing secret").ProducesValidationProblem()
            .WithWebhookEvents();
        group.MapPost("/webhook/secret/rotate", RotatePartnerWebhookSecret.Endpoint).WithName(nameof(RotatePartnerWebhookSecret)).RequiresIfMatch()
            .WithSummary("Rotate a partner's signing secret: both secrets sign for an overlap, then only the new one");
        group.MapGet("/deliveries", ListWebhookDeliveries.Endpoint).WithName(nameof(ListWebhookDeliveries))
            .WithSummary("A partner's webhook address and delivery log, newest first").ProducesValidationProblem();
        group.MapPost("/events/{eventId:guid}/replay", ReplayPartnerEvent.Endpoint).WithName(nameof(ReplayPartnerEvent))
            .WithSummary("Send an event to its partner again");
        return app;
    }
}
