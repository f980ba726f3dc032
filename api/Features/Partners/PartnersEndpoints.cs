using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Partners;

public static class PartnersEndpoints
{
    public static IEndpointRouteBuilder MapPartners(this IEndpointRouteBuilder app)
    {
        var partner = app.MapGroup("/api/partner")
            .WithTags("Partners")
            .RequireAuthorization(Policies.Partner)
            .AddEndpointFilter<ValidationFilter>()
            .AcceptsIdempotencyKey()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        partner.MapPost("/referrals", ReferCarer.Endpoint).WithName(nameof(ReferCarer))
            .WithSummary("Refer a carer, with their consent to share with you").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        partner.MapGet("/carers", ListPartnerCarers.Endpoint).WithName(nameof(ListPartnerCarers))
            .WithSummary("List the carers who share with you, oldest change first").ProducesValidationProblem();
        partner.MapGet("/carers/{carerId:guid}", GetPartnerCarer.Endpoint).WithName(nameof(GetPartnerCarer))
            .WithSummary("Read a carer who shares with you").ProducesProblem(StatusCodes.Status404NotFound);
        partner.MapPost("/carers/{carerId:guid}/support", RecordPartnerSupport.Endpoint).WithName(nameof(RecordPartnerSupport))
            .WithSummary("Log support you gave a carer").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
