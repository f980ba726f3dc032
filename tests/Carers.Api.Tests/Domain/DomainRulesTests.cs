using Carers.Api.Domain;

namespace Carers.Api.Tests.Domain;

public sealed class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("9000000009", true)]
    [InlineData("943 476 5919", true)]
    [InlineData("943-476-5919", true)]
    [InlineData("9991234560", false)]
    [InlineData("9434765918", false)]
    [InlineData("943476591", false)]
    [InlineData("94347659190", false)]
    [InlineData("94347659I9", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void The_Modulus_11_check_digit_decides(string? value, bool valid) => Assert.Equal(valid, NhsNumber.IsValid(value));

    [Fact]
    public void A_remainder_that_gives_10_is_never_valid()
    {
        // 123456789x: sum = 1*10+2*9+...+9*2 = 210, 210 % 11 = 1, 11-1 = 10: no digit can be right.
        for (var d = 0; d <= 9; d++) Assert.False(NhsNumber.IsValid($"123456789{d}"));
    }
}

public sealed class PostcodeTests
{
    [Theory]
    [InlineData("lu1 3ab", "LU1 3AB")]
    [InlineData("LU13AB", "LU1 3AB")]
    [InlineData(" SW1A  1AA ", "SW1A 1AA")]
    public void Postcodes_are_normalised(string raw, string normal) => Assert.Equal(normal, Postcode.Normalise(raw));

    [Theory]
    [InlineData("LU1 3AB", true)]
    [InlineData("EC1A 1BB", true)]
    [InlineData("GIR 0AA", true)]
    [InlineData("LU1", false)]
    [InlineData("12345", false)]
    [InlineData("LU1 3AB; DROP", false)]
    public void Postcode_format(string value, bool valid) => Assert.Equal(valid, Postcode.IsValid(value));

    [Theory]
    [InlineData("LU1 1AA", true)]
    [InlineData("lu4 9zz", true)]
    [InlineData("LU5 4AA", false)]
    [InlineData("LU10 1AA", false)]
    [InlineData("SG1 1AA", false)]
    public void Luton_is_LU1_to_LU4(string postcode, bool inLuton) =>
        Assert.Equal(inLuton, new LutonOptions { PostcodeDistricts = ["LU1", "LU2", "LU3", "LU4"] }.IsInLuton(postcode));
}

public sealed class CarerCategoryTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("2008-11-23", CarerCategory.YoungCarer)] // 17, a day short of 18
    [InlineData("2008-11-22", CarerCategory.YoungAdultCarer)] // 18 today
    [InlineData("2000-11-22", CarerCategory.AdultCarer)] // 26 today
    [InlineData("2000-11-23", CarerCategory.YoungAdultCarer)] // 25, a day short of 26
    [InlineData("1990-01-01", CarerCategory.AdultCarer)]
    public void Category_by_age(string dateOfBirth, CarerCategory expected)
    {
        var dob = DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture);
        var category = CarerCategories.For(dob, Today, relationships: 1, endedRelationships: 0);
        Assert.Equal(expected, category);
    }

    [Fact]
    public void Once_every_relationship_has_ended_the_carer_is_an_ex_carer() =>
        Assert.Equal(CarerCategory.ExCarer, CarerCategories.For(new DateOnly(1980, 1, 1), Today, relationships: 2, endedRelationships: 2));

    [Fact]
    public void A_carer_with_no_relationships_yet_is_not_an_ex_carer() =>
        Assert.Equal(CarerCategory.AdultCarer, CarerCategories.For(new DateOnly(1980, 1, 1), Today, relationships: 0, endedRelationships: 0));
}

public sealed class VerhoeffTests
{
    [Theory]
    [InlineData("224484003")]
    [InlineData("302767002")]
    [InlineData("224485002")]
    [InlineData("224486001")]
    [InlineData("407542009")]
    [InlineData("824401000000105")]
    [InlineData("199361000000101")]
    [InlineData("229774002")]
    public void Every_code_in_the_carer_table_has_a_valid_check_digit(string code) => Assert.True(global::Carers.Api.Domain.Verhoeff.IsValid(code));

    [Theory]
    [InlineData("224484004")]
    [InlineData("224484013")]
    [InlineData("242484003")]
    [InlineData("")]
    [InlineData("22448400x")]
    public void A_mistyped_or_swapped_digit_is_caught(string code) => Assert.False(global::Carers.Api.Domain.Verhoeff.IsValid(code));

    [Theory]
    [InlineData("224484003", global::Carers.Api.Domain.CarerCodes.Meaning.Carer)]
    [InlineData("199361000000101", global::Carers.Api.Domain.CarerCodes.Meaning.NoLongerACarer)]
    [InlineData("229774002", global::Carers.Api.Domain.CarerCodes.Meaning.PaidCaregiver)]
    [InlineData("22298006", global::Carers.Api.Domain.CarerCodes.Meaning.Unknown)]
    [InlineData("0224484003", global::Carers.Api.Domain.CarerCodes.Meaning.Malformed)]
    public void Codes_are_classified(string code, global::Carers.Api.Domain.CarerCodes.Meaning meaning) =>
        Assert.Equal(meaning, global::Carers.Api.Domain.CarerCodes.Classify(code));
}
