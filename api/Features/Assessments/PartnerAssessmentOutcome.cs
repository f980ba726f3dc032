using System.ComponentModel.DataAnnotations;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.Assessments;

/// <summary>What a partner may know of an assessment: where it stands and the outcome, never the answers or the assessor's notes.</summary>
public sealed record PartnerAssessmentOutcome(
    Guid AssessmentId,
    AssessmentKind Kind,
    AssessmentStatus Status,
    DateTimeOffset RequestedAt,
    bool? Eligible,
    [property: MaxLength(2000)] string? Explanation,
    DateTimeOffset? DecidedAt,
    DateOnly? NextReviewOn)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static PartnerAssessmentOutcome Example =>
        new(Examples.AssessmentId, AssessmentKind.Adult, AssessmentStatus.Completed, Examples.At, true, Decision.Example.Explanation, Examples.At.AddDays(14), new DateOnly(2027, 3, 16));
}
