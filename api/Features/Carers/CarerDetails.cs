using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using FluentValidation;

namespace Carers.Api.Features.Carers;

/// <summary>The details a carer gives about themselves, on registering and on changing them.</summary>
public record CarerDetails
{
    /// <summary>Amina Khan's details, as each request that carries them shows them in the contract (synthetic).</summary>
    protected static T ExampleDetails<T>() where T : CarerDetails, new() => new()
    {
        GivenName = Examples.GivenName,
        FamilyName = Examples.FamilyName,
        DateOfBirth = new DateOnly(1984, 6, 12),
        Email = Examples.Email,
        Phone = Examples.Phone,
        AddressLine1 = "14 Dunstable Road",
        AddressLine2 = null,
        Town = "Luton",
        Postcode = Examples.Postcode,
        PreferredLanguage = LanguageCode.Ur,
        PreferredContactChannel = ContactChannel.Text,
        ReasonableAdjustments = [ReasonableAdjustment.Interpreter],
        Ethnicity = Domain.Ethnicity.AsianPakistani,
        EmploymentStatus = Domain.EmploymentStatus.EmployedPartTime,
        EducationStatus = Domain.EducationStatus.NotInEducation,
        NhsNumber = Examples.NhsNumber,
        GpPracticeOdsCode = "E81046",
    };

    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    /// <summary>Date of birth (yyyy-mm-dd). The carer must be 5 or over.</summary>
    public DateOnly? DateOfBirth { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? AddressLine1 { get; init; }
    public string? AddressLine2 { get; init; }
    public string? Town { get; init; }
    /// <summary>The carer's postcode. The carer need not live in Luton; the person cared for must.</summary>
    public string? Postcode { get; init; }
    /// <summary>The language the carer prefers, as an ISO 639-1 code: notices are written in it where a translation exists.</summary>
    /// <example>ur</example>
    public LanguageCode? PreferredLanguage { get; init; }
    public ContactChannel? PreferredContactChannel { get; init; }
    public IReadOnlyCollection<ReasonableAdjustment>? ReasonableAdjustments { get; init; }
    public Ethnicity? Ethnicity { get; init; }
    public EmploymentStatus? EmploymentStatus { get; init; }
    public EducationStatus? EducationStatus { get; init; }
    /// <summary>Optional; 10 digits with a valid Modulus 11 check digit. Spaces are allowed.</summary>
    public string? NhsNumber { get; init; }
    /// <summary>Optional ODS code of the carer's GP practice, like A12345.</summary>
    public string? GpPracticeOdsCode { get; init; }
}

public sealed class CarerDetailsValidator : AbstractValidator<CarerDetails>
{
    public const int MinimumAge = 5;

    public CarerDetailsValidator(TimeProvider clock)
    {
        RuleFor(x => x.GivenName).PersonName("your first name");
        RuleFor(x => x.FamilyName).PersonName("your last name");
        RuleFor(x => x.DateOfBirth)
            .NotNull().WithMessage("Enter your date of birth")
            .Must(d => d <= Today(clock)).WithMessage("Date of birth must be in the past")
            .Must(d => d is null || d > Today(clock) || CarerCategories.Age(d.Value, Today(clock)) >= MinimumAge)
                .WithMessage($"A carer must be {MinimumAge} or over")
            .Must(d => d is null || CarerCategories.Age(d.Value, Today(clock)) <= 120).WithMessage("Enter a real date of birth");
        RuleFor(x => x.Email).MaximumLength(254).EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
        RuleFor(x => x.Phone).MaximumLength(20).Matches(TextRules.PhonePattern).WithMessage("Enter a telephone number, like 01582 123456");
        RuleFor(x => x.AddressLine1).MaximumLength(100).Matches(TextRules.AddressPattern).WithMessage("Address line 1 must only include letters, numbers and , . ' / & # ( ) -");
        RuleFor(x => x.AddressLine2).MaximumLength(100).Matches(TextRules.AddressPattern).WithMessage("Address line 2 must only include letters, numbers and , . ' / & # ( ) -");
        RuleFor(x => x.Town).MaximumLength(60).Matches(TextRules.NamePattern).WithMessage("Town must only include letters, spaces, hyphens and apostrophes");
        RuleFor(x => x.Postcode).ValidPostcode();
        RuleFor(x => x.PreferredLanguage).NotNull().WithMessage("Select the language you prefer");
        RuleFor(x => x.PreferredContactChannel).NotNull().WithMessage("Select how you would like us to contact you");
        RuleFor(x => x.ReasonableAdjustments).MaxItems(Enum.GetValues<ReasonableAdjustment>().Length)
            .Must(list => list is null || list.Distinct().Count() == list.Count).WithMessage("Select each adjustment once");
        RuleFor(x => x.NhsNumber).MaximumLength(12)
            .Must(n => n is null || NhsNumber.IsValid(n)).WithMessage("Enter a valid NHS number, like 943 476 5919");
        RuleFor(x => x.GpPracticeOdsCode).MaximumLength(6).Matches(TextRules.OdsPattern).WithMessage("Enter a GP practice code, like A12345");
        RuleFor(x => x.Email).NotEmpty().When(x => x.PreferredContactChannel == ContactChannel.Email)
            .WithMessage("Enter an email address, or choose another way to contact you");
        RuleFor(x => x.Phone).NotEmpty().When(x => x.PreferredContactChannel is ContactChannel.Phone or ContactChannel.Text)
            .WithMessage("Enter a telephone number, or choose another way to contact you");
        RuleFor(x => x.AddressLine1).NotEmpty().When(x => x.PreferredContactChannel == ContactChannel.Post)
            .WithMessage("Enter your address, or choose another way to contact you");
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().Date);
}

/// <summary>Parameters for writing <see cref="CarerDetails"/> to the carer table, normalised once.</summary>
public static class CarerDetailsParameters
{
    /// <summary>
    /// The SET list that writes every detail from <see cref="From"/> except the NHS number and moves the version on. Each
    /// writer sets the NHS number itself: staff as given, the carer beside the record when another record holds it
    /// (decision 0023).
    /// </summary>
    public const string UpdateSetSql = """
        given_name = @GivenName, family_name = @FamilyName, date_of_birth = @DateOfBirth,
        email = @Email, phone = @Phone, address_line1 = @AddressLine1, address_line2 = @AddressLine2, town = @Town,
        postcode = @Postcode, preferred_language = @PreferredLanguage, preferred_contact_channel = @PreferredContactChannel,
        reasonable_adjustments = @ReasonableAdjustments, ethnicity = @Ethnicity, employment_status = @EmploymentStatus,
        education_status = @EducationStatus, gp_practice_ods_code = @GpPracticeOdsCode,
        version = version + 1, updated_at = now()
        """;

    /// <summary>The columns and values that insert every detail from <see cref="From"/>.</summary>
    public const string InsertColumnsSql = """
        given_name, family_name, date_of_birth, email, phone, address_line1, address_line2, town, postcode, preferred_language,
        preferred_contact_channel, reasonable_adjustments, ethnicity, employment_status, education_status, nhs_number, gp_practice_ods_code
        """;

    public const string InsertValuesSql = """
        @GivenName, @FamilyName, @DateOfBirth, @Email, @Phone, @AddressLine1, @AddressLine2, @Town, @Postcode, @PreferredLanguage,
        @PreferredContactChannel, @ReasonableAdjustments, @Ethnicity, @EmploymentStatus, @EducationStatus, @NhsNumber, @GpPracticeOdsCode
        """;

    public static Dictionary<string, object?> From(CarerDetails d) => new()
    {
        ["GivenName"] = d.GivenName!.Trim(),
        ["FamilyName"] = d.FamilyName!.Trim(),
        ["DateOfBirth"] = d.DateOfBirth!.Value,
        ["Email"] = Blank(d.Email),
        ["Phone"] = Blank(d.Phone),
        ["AddressLine1"] = Blank(d.AddressLine1),
        ["AddressLine2"] = Blank(d.AddressLine2),
        ["Town"] = Blank(d.Town),
        ["Postcode"] = Postcode.Normalise(d.Postcode!),
        ["PreferredLanguage"] = d.PreferredLanguage!.Value.Code(),
        ["PreferredContactChannel"] = d.PreferredContactChannel!.Value.Code(),
        ["ReasonableAdjustments"] = (d.ReasonableAdjustments ?? []).Select(a => a.Code()).ToArray(),
        ["Ethnicity"] = d.Ethnicity?.Code(),
        ["EmploymentStatus"] = d.EmploymentStatus?.Code(),
        ["EducationStatus"] = d.EducationStatus?.Code(),
        ["NhsNumber"] = d.NhsNumber is null ? null : NhsNumber.Normalise(d.NhsNumber),
        ["GpPracticeOdsCode"] = Blank(d.GpPracticeOdsCode),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
