using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Consents;

public static class ConsentsEndpoints
{
    public static IEndpointRouteBuilder MapConsents(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/carer/partner-referrals")
            .WithTags("Your carer record")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        me.MapGet("", ListMyPartnerReferrals.Endpoint).WithName(nameof(ListMyPartnerReferrals))
            .WithSummary("The partners' referrals awaiting your answer");
        me.MapPost("/{referralId:guid}/answer", AnswerPartnerReferral.Endpoint).WithName(nameof(AnswerPartnerReferral))
            .WithSummary("Agree or refuse to share your record with a partner that referred you").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var staff = app.MapGroup("/api/carers/{carerId:guid}/consents")
            .WithTags("Carers (staff)")
            .RequireAuthorization(Policies.Assessor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        staff.MapPost("", RecordConsentForCarer.Endpoint).WithName(nameof(RecordConsentForCarer))
            .WithSummary("Record a consent the carer gave you in a conversation").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
