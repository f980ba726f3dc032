using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Features.Matching;

public static class MatchingEndpoints
{
    public static IEndpointRouteBuilder MapMatching(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/match-candidates")
            .WithTags("Match queue (staff)")
            .RequireAuthorization(Policies.Assessor)
            .AddEndpointFilter<ValidationFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("", ListMatchCandidates.Endpoint).WithName(nameof(ListMatchCandidates)).TakesAccessReason(AccessReason.Casework)
            .WithSummary("Probable matches waiting for a decision, oldest first").ProducesValidationProblem();
        group.MapPost("/{candidateId:guid}/decision", ResolveMatchCandidate.Endpoint).WithName(nameof(ResolveMatchCandidate))
            .WithSummary("Merge a probable match into one record, or keep the two apart").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
