using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Feedback;

public static class FeedbackEndpoints
{
    public static IEndpointRouteBuilder MapFeedback(this IEndpointRouteBuilder app)
    {
        var carer = app.MapGroup("/api/me/carer/feedback")
            .WithTags("Your complaints and compliments")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        carer.MapPost("", SendFeedback.Endpoint).WithName(nameof(SendFeedback))
            .WithSummary("Make a complaint or give a compliment about any part of the service; a complaint is acknowledged within 3 working days")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        carer.MapGet("", ListMyFeedback.Endpoint).WithName(nameof(ListMyFeedback))
            .WithSummary("Your complaints and compliments, newest first").ProducesValidationProblem();
        carer.MapGet("/{feedbackId:guid}", GetMyFeedback.Endpoint).WithName(nameof(GetMyFeedback))
            .WithSummary("One of your complaints or compliments: each step with its date, and the response").ProducesProblem(StatusCodes.Status404NotFound);

        var staff = app.MapGroup("/api/feedback")
            .WithTags("Complaints and compliments (staff)")
            .RequireAuthorization(Policies.FeedbackStaff)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        staff.MapPost("", RecordFeedbackForCarer.Endpoint).WithName(nameof(RecordFeedbackForCarer))
            .WithSummary("Record a complaint or a compliment a carer made by phone, letter, email or in person")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/complaints", ListComplaintQueue.Endpoint).WithName(nameof(ListComplaintQueue)).TakesAccessReason(AccessReason.Casework)
            .WithSummary("The complaints queue: waiting for acknowledgement first (overdue, at risk), then by response due date").ProducesValidationProblem();
        staff.MapGet("/complaints/{complaintId:guid}", GetComplaint.Endpoint).WithName(nameof(GetComplaint)).TakesAccessReason(AccessReason.Casework).ReturnsETag()
            .WithSummary("One complaint, with who took each step and when").ProducesProblem(StatusCodes.Status404NotFound);
        MapStep(staff.MapPost("/complaints/{complaintId:guid}/acknowledgement", AcknowledgeComplaint.Endpoint).WithName(nameof(AcknowledgeComplaint))
            .WithSummary("Record that the complaint was acknowledged (needs If-Match)"));
        MapStep(staff.MapPost("/complaints/{complaintId:guid}/response-period", AgreeComplaintResponsePeriod.Endpoint).WithName(nameof(AgreeComplaintResponsePeriod))
            .WithSummary("Record the response date agreed with the carer (needs If-Match)"));
        MapStep(staff.MapPost("/complaints/{complaintId:guid}/response", RespondToComplaint.Endpoint).WithName(nameof(RespondToComplaint))
            .WithSummary("Record the response: the outcome, what will change, and the Ombudsman's details (needs If-Match)"));
        return app;
    }

    private static void MapStep(RouteHandlerBuilder step) =>
        step.RequiresIfMatch().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
