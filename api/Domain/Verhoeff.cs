namespace Carers.Api.Domain;

/// <summary>The Verhoeff check digit, which SNOMED CT puts at the end of every concept id.</summary>
public static class Verhoeff
{
    private static readonly int[,] Multiply =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly int[,] Permute =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    /// <summary>True when the last digit is the Verhoeff check digit of the others.</summary>
    public static bool IsValid(string? digits)
    {
        if (string.IsNullOrEmpty(digits) || !digits.All(char.IsAsciiDigit)) return false;
        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            check = Multiply[check, Permute[i % 8, digits[digits.Length - 1 - i] - '0']];
        }

        return check == 0;
    }
}

/// <summary>The SNOMED CT concepts a GP carer flag may carry (SPEC §2).</summary>
public static class CarerCodes
{
    public const string SnomedSystem = "http://snomed.info/sct";
    public const string NoLongerACarer = "199361000000101";
    public const string PaidCaregiver = "229774002";

    /// <summary>"Is a carer", cares for a relative, friend or neighbour, informal caregiver, carer of a person with dementia.</summary>
    public static readonly IReadOnlySet<string> IsACarer = new HashSet<string>
    {
        "224484003", "302767002", "224485002", "224486001", "407542009", "824401000000105",
    };

    public enum Meaning { Carer, NoLongerACarer, PaidCaregiver, Unknown, Malformed }

    /// <summary>SNOMED CT ids are 6 to 18 digits with no leading zero and a Verhoeff check digit.</summary>
    public static Meaning Classify(string? conceptId)
    {
        if (conceptId is null || conceptId.Length is < 6 or > 18 || conceptId[0] == '0' || !Verhoeff.IsValid(conceptId)) return Meaning.Malformed;
        if (IsACarer.Contains(conceptId)) return Meaning.Carer;
        return conceptId switch
        {
            NoLongerACarer => Meaning.NoLongerACarer,
            PaidCaregiver => Meaning.PaidCaregiver,
            _ => Meaning.Unknown,
        };
    }
}
