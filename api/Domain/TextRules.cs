using System.Text.RegularExpressions;
using FluentValidation;

namespace Carers.Api.Domain;

/// <summary>Shared rules for people's details, so every feature checks names and contacts alike.</summary>
public static partial class TextRules
{
    /// <summary>Letters from any alphabet with spaces, hyphens, apostrophes and full stops: O'Brien, Nuñez-Smith, Zoë.</summary>
    public const string NamePattern = @"^[\p{L}\p{M}][\p{L}\p{M} '’.\-]*$";

    /// <summary>Address lines: letters, digits and the punctuation addresses use. No markup, no statement separators.</summary>
    public const string AddressPattern = @"^[\p{L}\p{M}0-9 ,.'’/&#()\-]*$";

    /// <summary>Free text (reasons, notes): anything printable but markup brackets and control characters.</summary>
    public const string FreeTextPattern = @"^[^<>\p{Cc}]*$";

    public const string PhonePattern = @"^\+?[0-9 ()\-]{7,20}$";

    public const string OdsPattern = "^[A-Z][0-9]{5}$";

    public static IRuleBuilderOptions<T, string?> PersonName<T>(this IRuleBuilder<T, string?> rule, string what) =>
        rule.NotEmpty().WithMessage($"Enter {what}")
            .MaximumLength(100).WithMessage($"{Capitalise(what)} must be 100 characters or fewer")
            .Matches(NamePattern).WithMessage($"{Capitalise(what)} must only include letters, spaces, hyphens and apostrophes");

    public static IRuleBuilderOptions<T, string?> ValidPostcode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter a postcode")
            .MaximumLength(10).WithMessage("Enter a real postcode")
            .Must(Postcode.IsValid).WithMessage("Enter a real postcode, like LU1 2AB");

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    [GeneratedRegex(NamePattern)]
    public static partial Regex Name();
}
