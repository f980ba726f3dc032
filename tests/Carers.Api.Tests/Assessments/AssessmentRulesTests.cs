using Carers.Api.Domain;
using Carers.Api.Features.Assessments;

namespace Carers.Api.Tests.Assessments;

/// <summary>The eligibility rule of reg 3 as a table, and the lifecycle's legal moves.</summary>
public sealed class AssessmentRulesTests
{
    private static Dictionary<CarerOutcome, bool> Outcomes(int unable) =>
        Enum.GetValues<CarerOutcome>().Select((o, i) => (o, i >= unable)).ToDictionary(x => x.o, x => x.Item2);

    [Theory]
    // needsArise, healthAtRisk, outcomes unable, significantImpact → eligible
    [InlineData(true, true, 0, true, true)]
    [InlineData(true, false, 1, true, true)]
    [InlineData(true, false, 8, true, true)]
    [InlineData(true, true, 3, true, true)]
    [InlineData(true, false, 0, true, false)]
    [InlineData(false, true, 3, true, false)]
    [InlineData(true, true, 3, false, false)]
    [InlineData(false, false, 0, false, false)]
    [InlineData(true, false, 2, false, false)]
    [InlineData(false, false, 8, true, false)]
    public void All_three_conditions_of_reg_3_must_hold(bool needsArise, bool healthAtRisk, int unable, bool significantImpact, bool eligible)
    {
        Assert.Equal(eligible, Eligibility.IsEligible(needsArise, healthAtRisk, Outcomes(unable), significantImpact));
        var explanation = Eligibility.Explain(needsArise, healthAtRisk, Outcomes(unable), significantImpact);
        Assert.StartsWith(eligible ? "You have eligible needs" : "You do not have eligible needs", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_says_which_condition_failed_in_plain_English()
    {
        var text = Eligibility.Explain(true, false, Outcomes(0), true);
        Assert.Contains("able to achieve all eight outcomes", text, StringComparison.Ordinal);
        Assert.Contains("not a significant impact", Eligibility.Explain(true, true, Outcomes(1), false), StringComparison.Ordinal);
    }

    /// <summary>SPEC §3, written out independently of the code: requested, offered, declined, scheduled, in progress, completed, reviewed.</summary>
    private static readonly HashSet<(AssessmentStatus, AssessmentStatus)> Legal =
    [
        (AssessmentStatus.Requested, AssessmentStatus.Offered), (AssessmentStatus.Requested, AssessmentStatus.Scheduled),
        (AssessmentStatus.Requested, AssessmentStatus.InProgress), (AssessmentStatus.Requested, AssessmentStatus.Declined),
        (AssessmentStatus.Offered, AssessmentStatus.Scheduled), (AssessmentStatus.Offered, AssessmentStatus.InProgress),
        (AssessmentStatus.Offered, AssessmentStatus.Declined), (AssessmentStatus.Scheduled, AssessmentStatus.InProgress),
        (AssessmentStatus.Scheduled, AssessmentStatus.Declined), (AssessmentStatus.InProgress, AssessmentStatus.Completed),
        (AssessmentStatus.Completed, AssessmentStatus.Reviewed), (AssessmentStatus.Reviewed, AssessmentStatus.Reviewed),
    ];

    public static TheoryData<AssessmentStatus, AssessmentStatus> EveryPair()
    {
        var data = new TheoryData<AssessmentStatus, AssessmentStatus>();
        foreach (var from in Enum.GetValues<AssessmentStatus>())
        foreach (var to in Enum.GetValues<AssessmentStatus>())
        {
            data.Add(from, to);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_move_is_legal_or_illegal_as_the_lifecycle_says(AssessmentStatus from, AssessmentStatus to) =>
        Assert.Equal(Legal.Contains((from, to)), AssessmentLifecycle.IsLegal(from, to));

    [Fact]
    public void Only_the_carer_declines_and_only_an_assessor_completes()
    {
        Assert.True(AssessmentLifecycle.MayMove(AssessmentStatus.Offered, AssessmentStatus.Declined, AssessmentLifecycle.Mover.Carer));
        Assert.False(AssessmentLifecycle.MayMove(AssessmentStatus.Offered, AssessmentStatus.Declined, AssessmentLifecycle.Mover.Assessor));
        Assert.True(AssessmentLifecycle.MayMove(AssessmentStatus.InProgress, AssessmentStatus.Completed, AssessmentLifecycle.Mover.Assessor));
        Assert.False(AssessmentLifecycle.MayMove(AssessmentStatus.InProgress, AssessmentStatus.Completed, AssessmentLifecycle.Mover.Carer));
    }
}
