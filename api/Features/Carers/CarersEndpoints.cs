using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Mvc;

namespace Carers.Api.Features.Carers;

public static class CarersEndpoints
{
    public static IEndpointRouteBuilder MapCarers(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/carer")
            .WithTags("Your carer record")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        me.MapPost("", RegisterCarer.Endpoint).WithName(nameof(RegisterCarer)).ReturnsETag()
            .WithSummary("Register as a carer").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        me.MapGet("", GetMyCarerRecord.Endpoint).WithName(nameof(GetMyCarerRecord)).ReturnsETag()
            .WithSummary("Read your carer record").ProducesProblem(StatusCodes.Status404NotFound);
        me.MapPut("", UpdateMyCarerRecord.Endpoint).WithName(nameof(UpdateMyCarerRecord)).RequiresIfMatch()
            .WithSummary("Change your details (needs If-Match)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        me.MapPost("/cared-for-people", AddCaredForPerson.Endpoint).WithName(nameof(AddCaredForPerson))
            .WithSummary("Tell us about someone you care for").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        me.MapPost("/cared-for-people/{relationshipId:guid}/end", EndCaringRelationship.Endpoint).WithName(nameof(EndCaringRelationship))
            .WithSummary("Say you no longer care for someone").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        me.MapPost("/consents", GiveConsent.Endpoint).WithName(nameof(GiveConsent))
            .WithSummary("Give consent for one purpose").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        me.MapPost("/consents/{purpose}/withdraw", WithdrawConsent.Endpoint).WithName(nameof(WithdrawConsent))
            .WithSummary("Withdraw a consent, at once").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGroup("/api/me/record-accesses")
            .WithTags("Your carer record")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .MapGet("", ListMyRecordAccesses.Endpoint).WithName(nameof(ListMyRecordAccesses))
            .WithSummary("Who has seen your record, when and why (newest first)").ProducesValidationProblem();

        var staff = app.MapGroup("/api/carers")
            .WithTags("Carers (staff)")
            .RequireAuthorization(Policies.Assessor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        staff.MapGet("/{carerId:guid}", GetCarer.Endpoint).WithName(nameof(GetCarer)).TakesAccessReason(null).ReturnsETag()
            .WithSummary("Open a carer's record").ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/{carerId:guid}/case", GetCarerCase.Endpoint).WithName(nameof(GetCarerCase)).TakesAccessReason(null)
            .WithSummary("A carer's whole case in one read: assessments and plans, grants, breaks, emergency plans, partners, GP flags, feedback, information requests (each newest first, at most 50, with the total)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("", RegisterCarerByStaff.Endpoint).WithName(nameof(RegisterCarerByStaff)).ReturnsETag()
            .WithSummary("Register a carer met by phone or face to face (through the matcher)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPut("/{carerId:guid}", ChangeCarerDetails.Endpoint).WithName(nameof(ChangeCarerDetails)).RequiresIfMatch()
            .WithSummary("Change a carer's details (needs If-Match; through the matcher)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        staff.MapPost("/{carerId:guid}/cared-for-people", AddCaredForPersonForCarer.Endpoint).WithName(nameof(AddCaredForPersonForCarer))
            .WithSummary("Add someone a carer cares for (linked to the person if we already hold them)").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapGet("/{carerId:guid}/other-carers", ListOtherCarersOfCaredForPeople.Endpoint).WithName(nameof(ListOtherCarersOfCaredForPeople)).TakesAccessReason(null)
            .WithSummary("Other carers of the people this carer cares for").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        // The data-protection team searches too, to find the carer a subject access request is about (decision 0026).
        app.MapGroup("/api/carers")
            .WithTags("Carers (staff)")
            .RequireAuthorization(Policies.CarerSearch)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .MapGet("", SearchCarers.Endpoint).WithName(nameof(SearchCarers)).TakesAccessReason(null)
            .WithSummary("Search carers by name, date of birth, postcode or NHS number (assessors and the data-protection team)").ProducesValidationProblem();

        return app;
    }
}
