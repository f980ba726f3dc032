using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.InformationRequests;

public static class InformationRequestsEndpoints
{
    public static IServiceCollection AddInformationRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InformationRequestOptions>(configuration.GetSection(InformationRequestOptions.Section));
        return services;
    }

    public static IEndpointRouteBuilder MapInformationRequests(this IEndpointRouteBuilder app)
    {
        var carer = app.MapGroup("/api/me/carer/information-requests")
            .WithTags("Your information requests")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        carer.MapPost("", RequestInformation.Endpoint).WithName(nameof(RequestInformation))
            .WithSummary("Ask for information in an accessible format or another language; format and language left out are pre-filled from your record")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        carer.MapGet("", ListMyInformationRequests.Endpoint).WithName(nameof(ListMyInformationRequests))
            .WithSummary("Your information requests, newest first").ProducesValidationProblem();
        carer.MapGet("/defaults", GetMyInformationDefaults.Endpoint).WithName(nameof(GetMyInformationDefaults))
            .WithSummary("The format your record suggests, and the languages on offer, before you ask").ProducesProblem(StatusCodes.Status404NotFound);
        carer.MapGet("/{requestId:guid}", GetMyInformationRequest.Endpoint).WithName(nameof(GetMyInformationRequest))
            .WithSummary("One of your information requests, with what happened to it").ProducesProblem(StatusCodes.Status404NotFound);

        var staff = app.MapGroup("/api/information-requests")
            .WithTags("Information requests (staff)")
            .RequireAuthorization(Policies.InformationStaff)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        staff.MapGet("", ListInformationRequestQueue.Endpoint).WithName(nameof(ListInformationRequestQueue)).TakesAccessReason(AccessReason.Casework)
            .WithSummary("Open requests, overdue first then by due date").ProducesValidationProblem();
        staff.MapPost("/{requestId:guid}/sent", RecordInformationSent.Endpoint).WithName(nameof(RecordInformationSent)).RequiresIfMatch()
            .WithSummary("Record that the information was sent: how and when (needs If-Match)").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        staff.MapPost("/{requestId:guid}/unable", RecordInformationUnable.Endpoint).WithName(nameof(RecordInformationUnable)).RequiresIfMatch()
            .WithSummary("Record that the information cannot be provided, with the reason the carer reads (needs If-Match)").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return app;
    }
}
