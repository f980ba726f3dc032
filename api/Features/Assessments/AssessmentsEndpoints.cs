using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Assessments;

public static class AssessmentsEndpoints
{
    public static IEndpointRouteBuilder MapAssessments(this IEndpointRouteBuilder app)
    {
        var carer = app.MapGroup("/api/me/carer/assessments")
            .WithTags("Your assessments")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        carer.MapPost("", RequestAssessment.Endpoint).WithName(nameof(RequestAssessment)).ReturnsETag()
            .WithSummary("Ask for an assessment, or start a self-assessment").ProducesProblem(StatusCodes.Status409Conflict);
        carer.MapGet("", ListMyAssessments.Endpoint).WithName(nameof(ListMyAssessments)).WithSummary("Your assessments, newest first");
        carer.MapGet("/{assessmentId:guid}", GetMyAssessment.Endpoint).WithName(nameof(GetMyAssessment)).ReturnsETag()
            .WithSummary("One of your assessments").Produces<Assessment>();
        carer.MapPut("/{assessmentId:guid}/answers", SaveSelfAssessment.Endpoint).WithName(nameof(SaveSelfAssessment)).RequiresIfMatch()
            .WithSummary("Save your self-assessment answers (needs If-Match)").Produces<Assessment>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        carer.MapPost("/{assessmentId:guid}/submission", SubmitSelfAssessment.Endpoint).WithName(nameof(SubmitSelfAssessment)).RequiresIfMatch()
            .WithSummary("Submit your self-assessment for an assessor to confirm").Produces<Assessment>().ProducesProblem(StatusCodes.Status409Conflict);
        carer.MapPost("/{assessmentId:guid}/decline", DeclineAssessment.Endpoint).WithName(nameof(DeclineAssessment)).RequiresIfMatch()
            .WithSummary("Decline an assessment (Care Act s11); it is offered again at the next review date").Produces<Assessment>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        var staff = app.MapGroup("/api/assessments")
            .WithTags("Assessments (staff)")
            .RequireAuthorization(Policies.Assessor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/{assessmentId:guid}", GetAssessment.Endpoint).WithName(nameof(GetAssessment)).TakesAccessReason(AccessReason.Casework).ReturnsETag()
            .WithSummary("Open an assessment").Produces<StaffAssessment>();
        staff.MapPost("/{assessmentId:guid}/moves", MoveAssessment.Endpoint).WithName(nameof(MoveAssessment)).RequiresIfMatch()
            .WithSummary("Offer, schedule or start an assessment").Produces<StaffAssessment>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{assessmentId:guid}/allocation", AllocateAssessment.Endpoint).WithName(nameof(AllocateAssessment)).RequiresIfMatch()
            .WithSummary("Allocate an assessment to yourself or a colleague").Produces<StaffAssessment>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{assessmentId:guid}/completion", CompleteAssessment.Endpoint).WithName(nameof(CompleteAssessment)).RequiresIfMatch()
            .WithSummary("Record the assessment and its eligibility decision").Produces<StaffAssessment>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/{assessmentId:guid}/record", SaveAssessmentRecord.Endpoint).WithName(nameof(SaveAssessmentRecord)).RequiresIfMatch()
            .WithSummary("Record the assessment as you go: the answers, how it was carried out and the carer's own words (needs If-Match)")
            .Produces<StaffAssessment>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{assessmentId:guid}/young-carer-decision", CompleteYoungCarerAssessment.Endpoint).WithName(nameof(CompleteYoungCarerAssessment)).RequiresIfMatch()
            .WithSummary("Decide a young carer's needs assessment (Children Act 1989 s17ZA to s17ZC; needs If-Match)")
            .Produces<StaffAssessment>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/{assessmentId:guid}/support-plan", RecordSupportPlan.Endpoint).WithName(nameof(RecordSupportPlan)).RequiresIfMatch()
            .WithSummary("Record the support plan (s25)").Produces<StaffAssessment>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{assessmentId:guid}/review", ReviewAssessment.Endpoint).WithName(nameof(ReviewAssessment)).RequiresIfMatch()
            .WithSummary("Review: carry the plan forward and reset the review date").Produces<StaffAssessment>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        app.MapGroup("/api/assessment-queues")
            .WithTags("Assessments (staff)")
            .RequireAuthorization(Policies.Assessor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .MapGet("/{queue}", ListAssessmentQueue.Endpoint).WithName(nameof(ListAssessmentQueue)).TakesAccessReason(AccessReason.Casework)
            .WithSummary("A work queue, oldest first").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var caseload = app.MapGroup("/api/caseload")
            .WithTags("Assessments (staff)")
            .AddEndpointFilter<ValidationFilter>();
        caseload.MapGet("/mine", ListMyCaseload.Endpoint).WithName(nameof(ListMyCaseload)).RequireAuthorization(Policies.Assessor)
            .TakesAccessReason(AccessReason.Casework).WithSummary("Your own allocated assessments and reviews, soonest due first")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesValidationProblem();
        caseload.MapGet("/team", GetTeamCaseload.Endpoint).WithName(nameof(GetTeamCaseload)).RequireAuthorization(Policies.Manager)
            .WithSummary("Counts of open assessments and reviews per assessor, and the unallocated work (no carer's data)");

        var partner = app.MapGroup("/api/partner/carers/{carerId:guid}/assessments")
            .WithTags("Partners")
            .RequireAuthorization(Policies.Partner)
            .AcceptsIdempotencyKey()
            .ProducesProblem(StatusCodes.Status404NotFound);
        partner.MapPost("", RequestPartnerAssessment.Endpoint).WithName(nameof(RequestPartnerAssessment))
            .WithSummary("Ask the council to assess a carer who shares with you").ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        partner.MapGet("", ListPartnerAssessmentOutcomes.Endpoint).WithName(nameof(ListPartnerAssessmentOutcomes))
            .WithSummary("The outcomes of a carer's assessments (never the assessor's notes)");
        return app;
    }
}
