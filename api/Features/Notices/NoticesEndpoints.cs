using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Notices;

public static class NoticesEndpoints
{
    public static IEndpointRouteBuilder MapNotices(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/me/notices")
            .WithTags("Your carer record")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .MapGet("", ListMyNotices.Endpoint).WithName(nameof(ListMyNotices))
            .WithSummary("The notices we have sent you (newest first): by email, text message or letter, with the words as sent")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGroup("/api/carers")
            .WithTags("Carers (staff)")
            .RequireAuthorization(Policies.Assessor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .MapGet("/{carerId:guid}/notices", ListCarerNotices.Endpoint).WithName(nameof(ListCarerNotices)).TakesAccessReason(null)
            .WithSummary("The notices a carer was sent, or could not be sent and why (newest first)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
