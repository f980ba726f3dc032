namespace Carers.Api.Domain;

/// <summary>NHS numbers: ten digits, the last a Modulus 11 check digit (weights 10 down to 2).</summary>
public static class NhsNumber
{
    /// <summary>Digits only: spaces and hyphens as people write them ("943 476 5919") are removed.</summary>
    public static string Normalise(string value) => new(value.Where(c => c is not (' ' or '-')).ToArray());

    public static bool IsValid(string? value)
    {
        if (value is null) return false;
        var digits = Normalise(value);
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit)) return false;

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - sum % 11;
        if (check == 11) check = 0;
        // A remainder that gives 10 means no valid check digit exists: the number is invalid.
        return check != 10 && check == digits[9] - '0';
    }
}
