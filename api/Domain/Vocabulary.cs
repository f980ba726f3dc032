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

/// <summary>ISO 639-1 language codes: a carer's preferred language, the languages a service offers help in.</summary>
public enum LanguageCode
{
    Aa, Ab, Ae, Af, Ak, Am, An, Ar, As, Av, Ay, Az, Ba, Be, Bg, Bi, Bm, Bn, Bo, Br, Bs, Ca, Ce, Ch, Co, Cr, Cs, Cu, Cv, Cy,
    Da, De, Dv, Dz, Ee, El, En, Eo, Es, Et, Eu, Fa, Ff, Fi, Fj, Fo, Fr, Fy, Ga, Gd, Gl, Gn, Gu, Gv, Ha, He, Hi, Ho, Hr, Ht,
    Hu, Hy, Hz, Ia, Id, Ie, Ig, Ii, Ik, Io, Is, It, Iu, Ja, Jv, Ka, Kg, Ki, Kj, Kk, Kl, Km, Kn, Ko, Kr, Ks, Ku, Kv, Kw, Ky,
    La, Lb, Lg, Li, Ln, Lo, Lt, Lu, Lv, Mg, Mh, Mi, Mk, Ml, Mn, Mr, Ms, Mt, My, Na, Nb, Nd, Ne, Ng, Nl, Nn, No, Nr, Nv, Ny,
    Oc, Oj, Om, Or, Os, Pa, Pi, Pl, Ps, Pt, Qu, Rm, Rn, Ro, Ru, Rw, Sa, Sc, Sd, Se, Sg, Si, Sk, Sl, Sm, Sn, So, Sq, Sr, Ss,
    St, Su, Sv, Sw, Ta, Te, Tg, Th, Ti, Tk, Tl, Tn, To, Tr, Ts, Tt, Tw, Ty, Ug, Uk, Ur, Uz, Ve, Vi, Vo, Wa, Wo, Xh, Yi, Yo,
    Za, Zh, Zu,
}

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
