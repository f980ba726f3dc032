namespace Carers.Api.Domain;

// The words of the contract. Stored in the database as the same camelCase strings the JSON uses.

public enum RegisteringAs { Self, ParentOfYoungCarer }

public enum ContactChannel { Email, Phone, Text, Post }

public enum ReasonableAdjustment { LargePrint, EasyRead, Audio, Bsl, Interpreter, NoEncryptedEmail }

/// <summary>ONS 2021 census ethnic groups (England and Wales), with "prefer not to say".</summary>
public enum Ethnicity
{
    AsianBangladeshi, AsianChinese, AsianIndian, AsianPakistani, AsianOther,
    BlackAfrican, BlackCaribbean, BlackOther,
    MixedWhiteAndAsian, MixedWhiteAndBlackAfrican, MixedWhiteAndBlackCaribbean, MixedOther,
    WhiteBritish, WhiteIrish, WhiteGypsyOrIrishTraveller, WhiteRoma, WhiteOther,
    OtherArab, OtherAny,
    PreferNotToSay,
}

public enum EmploymentStatus { EmployedFullTime, EmployedPartTime, SelfEmployed, Unemployed, Retired, NotWorkingBecauseOfCaring, Student, Other }

public enum EducationStatus { Primary, Secondary, College, University, Apprenticeship, NotInEducation }

public enum IdentificationSource { SelfRegistration, Staff, PartnerReferral, GpFlag, Imported }

public enum RelationshipType { Parent, Child, SpouseOrPartner, Sibling, Grandparent, OtherRelative, Friend, Neighbour, Other }

public enum MainNeed { Frailty, PhysicalDisability, SensoryImpairment, LearningDisability, MentalHealth, SubstanceMisuse, Dementia, LongTermIllness, Other }

/// <summary>Census bands of hours of care a week.</summary>
public enum HoursBand { Hours1To19, Hours20To49, Hours50Plus }

public enum ConsentPurpose { ShareWithCarersCentral, ShareWithChums, ShareWithGp, ContactMe }

public enum ConsentBasis { Self, ParentForChild, BestInterests, LastingPowerOfAttorney }

public enum ConsentStatus { Given, Withdrawn, NotGiven }

public static class Vocabulary
{
    /// <summary>The camelCase code an enum value has in JSON and in the database.</summary>
    public static string Code<T>(this T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static T Parse<T>(string code) where T : struct, Enum => Enum.Parse<T>(code, ignoreCase: true);

    public static HoursBand BandFor(int hoursPerWeek) => hoursPerWeek switch
    {
        < 20 => HoursBand.Hours1To19,
        < 50 => HoursBand.Hours20To49,
        _ => HoursBand.Hours50Plus,
    };
}
