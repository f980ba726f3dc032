using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.EmergencyPlans;

public static class EmergencyPlansEndpoints
{
    public static IEndpointRouteBuilder MapEmergencyPlans(this IEndpointRouteBuilder app)
    {
        var carer = app.MapGroup("/api/me/carer/emergency-plans")
            .WithTags("Your emergency plans")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        carer.MapGet("", ListMyEmergencyPlans.Endpoint).WithName(nameof(ListMyEmergencyPlans))
            .WithSummary("Your emergency card, your plans, and who has looked at them");
        carer.MapPut("/{relationshipId:guid}", SaveEmergencyPlan.Endpoint).WithName(nameof(SaveEmergencyPlan)).AcceptsIfMatch()
            .WithSummary("Write or update the plan for someone you care for (If-Match to change one)").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        app.MapGroup("/api/emergency-cards")
            .WithTags("Emergency duty")
            .RequireAuthorization(Policies.EmergencyDuty)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .MapGet("/{cardNumber}", LookUpEmergencyPlan.Endpoint).WithName(nameof(LookUpEmergencyPlan)).TakesAccessReason(AccessReason.Duty)
            .WithSummary("Look up the plans on one emergency card (audited)").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGroup("/api/emergency-plans")
            .WithTags("Emergency plans (staff)")
            .RequireAuthorization(Policies.Assessor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .MapGet("/overdue", ListOverdueEmergencyPlans.Endpoint).WithName(nameof(ListOverdueEmergencyPlans)).TakesAccessReason(AccessReason.Review)
            .WithSummary("Plans overdue for their yearly review, oldest first").ProducesValidationProblem();
        return app;
    }
}
