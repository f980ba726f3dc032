namespace Carers.Api.Domain;

public enum CarerCategory
{
    YoungCarer,
    YoungAdultCarer,
    AdultCarer,
    ExCarer,
}

public static class CarerCategories
{
    /// <summary>
    /// Derived, never sent by a client (SPEC §2): under 18 young carer, 18 to 25 young adult
    /// carer, otherwise adult carer; an ex-carer once every caring relationship has ended.
    /// </summary>
    public static CarerCategory For(DateOnly dateOfBirth, DateOnly today, int relationships, int endedRelationships)
    {
        if (relationships > 0 && relationships == endedRelationships) return CarerCategory.ExCarer;
        var age = Age(dateOfBirth, today);
        return age switch
        {
            < 18 => CarerCategory.YoungCarer,
            <= 25 => CarerCategory.YoungAdultCarer,
            _ => CarerCategory.AdultCarer,
        };
    }

    public static int Age(DateOnly dateOfBirth, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > today ? age - 1 : age;
    }
}
