namespace Carers.Api.Domain;

/// <summary>The eight carer outcomes of reg 3(3) of the Care and Support (Eligibility Criteria) Regulations 2015.</summary>
public enum CarerOutcome
{
    CaringForAChild,
    CaringForOthers,
    HabitableHome,
    Nutrition,
    Relationships,
    WorkTrainingEducationVolunteering,
    CommunityFacilities,
    Recreation,
}

/// <summary>
/// Reg 3 of the 2015 Eligibility Regulations: a carer has eligible needs when all three hold —
/// (a) the needs arise from providing necessary care; (b) the carer's physical or mental health
/// is deteriorating or at risk of it, or they are unable to achieve at least one of the eight
/// outcomes; (c) as a consequence there is, or is likely to be, a significant impact on their wellbeing.
/// </summary>
public static class Eligibility
{
    public static bool IsEligible(bool needsArise, bool healthAtRisk, IReadOnlyDictionary<CarerOutcome, bool> ableToAchieve, bool significantImpact) =>
        needsArise && (healthAtRisk || ableToAchieve.Values.Any(able => !able)) && significantImpact;

    /// <summary>The decision in plain English, so the carer reads why (s24(2) needs written reasons for a refusal).</summary>
    public static string Explain(bool needsArise, bool healthAtRisk, IReadOnlyDictionary<CarerOutcome, bool> ableToAchieve, bool significantImpact)
    {
        var unable = ableToAchieve.Where(o => !o.Value).Select(o => Describe(o.Key)).ToList();
        if (IsEligible(needsArise, healthAtRisk, ableToAchieve, significantImpact))
        {
            var because = unable.Count > 0 ? $"you are unable to {string.Join(", ", unable)}" : "your health is at risk";
            return $"You have eligible needs: they come from the care you give, {because}, and this has a significant impact on your wellbeing.";
        }

        var missing = new List<string>();
        if (!needsArise) missing.Add("your needs do not come from providing necessary care");
        if (!healthAtRisk && unable.Count == 0) missing.Add("your health is not at risk and you are able to achieve all eight outcomes");
        if (!significantImpact) missing.Add("there is not a significant impact on your wellbeing");
        return $"You do not have eligible needs under the Care Act because {string.Join("; and ", missing)}.";
    }

    private static string Describe(CarerOutcome outcome) => outcome switch
    {
        CarerOutcome.CaringForAChild => "care for a child",
        CarerOutcome.CaringForOthers => "care for others you are responsible for",
        CarerOutcome.HabitableHome => "keep your home safe to live in",
        CarerOutcome.Nutrition => "eat well",
        CarerOutcome.Relationships => "keep up your relationships",
        CarerOutcome.WorkTrainingEducationVolunteering => "work, train, study or volunteer",
        CarerOutcome.CommunityFacilities => "use local services and facilities",
        CarerOutcome.Recreation => "have time for yourself",
        _ => outcome.ToString(),
    };
}
