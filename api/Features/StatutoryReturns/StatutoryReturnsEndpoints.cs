using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.StatutoryReturns;

public static class StatutoryReturnsEndpoints
{
    public static IEndpointRouteBuilder MapStatutoryReturns(this IEndpointRouteBuilder app)
    {
        var returns = app.MapGroup("/api/statutory-returns")
            .WithTags("Statutory returns (managers)")
            .RequireAuthorization(Policies.Manager)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        returns.MapGet("/client-level-data", GetClientLevelDataExtract.Endpoint).WithName(nameof(GetClientLevelDataExtract)).TakesAccessReason(AccessReason.Report)
            .WithSummary("The Client Level Data extract for carers for a financial year or quarter, as CSV in the CLD field order")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesValidationProblem();
        returns.MapGet("/salt-lts003", GetSaltLts003.Endpoint).WithName(nameof(GetSaltLts003)).TakesAccessReason(AccessReason.Report)
            .WithSummary("SALT LTS003 for a financial year: carers supported by age band, the cared-for person's main need and support type (JSON or CSV)")
            .Produces<Lts003Report>(StatusCodes.Status200OK, "application/json", "text/csv").ProducesValidationProblem();
        return app;
    }
}
