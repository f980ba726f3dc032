using System.Text.RegularExpressions;

namespace Carers.Api.Domain;

/// <summary>UK postcodes: normalised to upper case with one space before the inward code.</summary>
public static partial class Postcode
{
    public static string Normalise(string value)
    {
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
    }

    public static bool IsValid(string? value) => value is not null && value.Length <= 10 && Format().IsMatch(Normalise(value));

    /// <summary>The outward code's district ("LU1" of "LU1 3AB"), which is what the Luton rule looks at.</summary>
    public static string District(string value) => Normalise(value).Split(' ')[0];

    [GeneratedRegex("^(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2})$")]
    private static partial Regex Format();
}

/// <summary>Where the council's duty runs: the cared-for person must live in one of these districts (SPEC §2).</summary>
public sealed class LutonOptions
{
    public const string Section = "Luton";

    public List<string> PostcodeDistricts { get; init; } = [];

    public bool IsInLuton(string postcode) =>
        Postcode.IsValid(postcode) && PostcodeDistricts.Contains(Postcode.District(postcode), StringComparer.OrdinalIgnoreCase);
}
