using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Breaks;

public static class BreaksEndpoints
{
    public static IEndpointRouteBuilder MapBreaks(this IEndpointRouteBuilder app)
    {
        var carer = app.MapGroup("/api/me/carer/breaks")
            .WithTags("Your breaks")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        carer.MapPost("", RequestBreak.Endpoint).WithName(nameof(RequestBreak))
            .WithSummary("Ask for a break for someone you care for").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        carer.MapGet("", ListMyBreaks.Endpoint).WithName(nameof(ListMyBreaks)).WithSummary("Your breaks, newest first");
        carer.MapPost("/{breakId:guid}/cancellation", CancelMyBreak.Endpoint).WithName(nameof(CancelMyBreak)).RequiresIfMatch()
            .WithSummary("Cancel one of your breaks; its places and hours are given back").ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGroup("/api/break-availability")
            .WithTags("Your breaks")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .MapGet("", GetBreakAvailability.Endpoint).WithName(nameof(GetBreakAvailability))
            .WithSummary("Places left per provider and day, for up to 62 days").ProducesValidationProblem();

        var staff = app.MapGroup("/api/breaks")
            .WithTags("Breaks (staff)")
            .RequireAuthorization(Policies.Assessor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        staff.MapGet("", ListBreakQueue.Endpoint).WithName(nameof(ListBreakQueue)).TakesAccessReason(AccessReason.Casework)
            .WithSummary("Breaks by status, emergencies first, then oldest first; paged by cursor").ProducesValidationProblem();
        staff.MapPost("/{breakId:guid}/moves", MoveBreak.Endpoint).WithName(nameof(MoveBreak)).RequiresIfMatch()
            .WithSummary("Approve, decline, record the provider's confirmation, complete or cancel a break").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGroup("/api/breaks")
            .WithTags("Breaks (staff)")
            .RequireAuthorization(Policies.BreaksStaff)
            .MapGet("/{breakId:guid}", GetBreak.Endpoint).WithName(nameof(GetBreak)).TakesAccessReason(AccessReason.Casework).ReturnsETag()
            .WithSummary("One break, with its ETag").ProducesProblem(StatusCodes.Status404NotFound);

        var providers = app.MapGroup("/api/break-providers")
            .WithTags("Breaks (staff)")
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        providers.MapPost("", RegisterBreakProvider.Endpoint).WithName(nameof(RegisterBreakProvider)).RequireAuthorization(Policies.Manager)
            .WithSummary("Register a provider of breaks and its places a day").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        providers.MapGet("", ListBreakProviders.Endpoint).WithName(nameof(ListBreakProviders)).RequireAuthorization(Policies.BreaksStaff)
            .WithSummary("Providers, their places a day and how many are taken on each working day (up to 31 days)").ProducesValidationProblem();
        return app;
    }
}
