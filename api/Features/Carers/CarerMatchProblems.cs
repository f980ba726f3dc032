using Carers.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Carers.Api.Features.Carers;

/// <summary>The answers staff get when the matcher stops a registration or a change (staff may see any record, so they are told which).</summary>
public static class CarerMatchProblems
{
    public static ProblemHttpResult NhsNumberHeld(Guid? existingCarerId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Another record already has this NHS number.", type: ProblemTypes.NhsNumberHeld,
            detail: existingCarerId is null
                ? "Search for the NHS number to find it. If the two records are the same person, merge them from the match queue."
                : "Open the existing record (existingCarerId). If the two records are the same person, merge them from the match queue.",
            extensions: existingCarerId is null ? null : new Dictionary<string, object?>
            {
                ["existingCarerId"] = existingCarerId,
                ["existingCarerHref"] = $"/api/carers/{existingCarerId}",
            });
}
