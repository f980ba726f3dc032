using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Survey;

public static class SurveyEndpoints
{
    public static IEndpointRouteBuilder MapSurvey(this IEndpointRouteBuilder app)
    {
        var carer = app.MapGroup("/api/me/carer/survey")
            .WithTags("Your carers' survey")
            .RequireAuthorization(Policies.Carer)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        carer.MapGet("", GetMySurvey.Endpoint).WithName(nameof(GetMySurvey))
            .WithSummary("Whether this year's survey is open and whether you have answered it (never your answers)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        carer.MapPost("/answers", AnswerSurvey.Endpoint).WithName(nameof(AnswerSurvey))
            .WithSummary("Answer this year's survey, once: the six quality-of-life items (0 to 2) and your satisfaction with support")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var staff = app.MapGroup("/api/survey-years")
            .WithTags("Carers' survey (staff)")
            .RequireAuthorization(Policies.SurveyStaff)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        staff.MapGet("", ListSurveyYears.Endpoint).WithName(nameof(ListSurveyYears))
            .WithSummary("The survey years, newest first").ProducesValidationProblem();
        staff.MapPost("", OpenSurveyYear.Endpoint).WithName(nameof(OpenSurveyYear)).RequireAuthorization(Policies.Manager).ReturnsETag()
            .WithSummary("Open the survey for the current financial year, until a closing date (managers)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{financialYear:int}/close", CloseSurveyYear.Endpoint).WithName(nameof(CloseSurveyYear)).RequireAuthorization(Policies.Manager)
            .RequiresIfMatch()
            .WithSummary("Close an open survey year (managers; needs If-Match)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        staff.MapGet("/{financialYear:int}/results", GetSurveyResults.Endpoint).WithName(nameof(GetSurveyResults))
            .WithSummary("A survey year's results, with every count under 5 (and any count that would reveal one) hidden")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
