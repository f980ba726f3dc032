using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;

namespace Carers.Api.Features.Carers;

/// <summary>
/// How an audit row reads to the carer it is about (decision 0025): which organisation or team, in what role, looked at
/// what, and why, in plain words. Never the officer's name or subject: a carer who wants to know who exactly asks the
/// data-protection team, who can see it in the audit log.
/// </summary>
public static class RecordAccessNames
{
    public const string Council = "Luton Council";

    public static string Organisation(string role, string? organisation) => role switch
    {
        Roles.Assessor => $"{Council} — carers assessment team",
        Roles.GrantsOfficer => $"{Council} — carers grants team",
        Roles.Manager => $"{Council} — carers service managers",
        Roles.EmergencyDuty => $"{Council} — emergency duty team",
        Roles.DataProtection => $"{Council} — data protection team",
        Roles.Partner => organisation switch
        {
            PartnerNames.CarersCentral => "Carers Central",
            PartnerNames.Chums => "CHUMS",
            null => "A partner organisation",
            _ => organisation,
        },
        Roles.GpSystem => organisation is null ? "A GP practice" : $"GP practice {organisation}",
        _ => Council,
    };

    public static string Role(string role) => role switch
    {
        Roles.Assessor => "Assessor",
        Roles.GrantsOfficer => "Grants officer",
        Roles.Manager => "Manager",
        Roles.EmergencyDuty => "Emergency duty officer",
        Roles.DataProtection => "Data protection officer",
        Roles.Partner => "Partner organisation",
        Roles.GpSystem => "GP practice system",
        _ => "Council staff",
    };

    /// <summary>What was looked at or done: "your assessment", "a list of grant applications that included yours".</summary>
    public static string What(string action, string recordType) => action switch
    {
        "LookUpEmergencyPlan" => "your emergency card and plans",
        "SearchCarers" => "a search that found your record",
        "ListMatchCandidates" => "a check for a second record of you",
        "ResolveMatchCandidate" => "a decision about a second record of you",
        "ListOtherCarersOfCaredForPeople" => "the other carers of someone you care for",
        "RecordGpFlag" => "a note from your GP that you are a carer",
        "ReadGpFlag" => "a note your GP sent us that you are a carer, read back by your GP practice",
        "GetCarerCase" => recordType == "carer" ? "your whole case" : $"your {Plural(recordType)}, in your whole case",
        _ when IsList(action) => $"a list of {Plural(recordType)} that included yours",
        _ when IsRead(action) => $"your {Single(recordType)}",
        _ => $"changed your {Single(recordType)}",
    };

    /// <summary>Why, in plain words: the access reason a member of staff gave, or what a partner or GP system does.</summary>
    public static string Why(string role, AccessReason? reason) => reason switch
    {
        AccessReason.Casework => "Working on your case",
        AccessReason.Review => "Reviewing your support",
        AccessReason.Duty => "Emergency duty: helping in an emergency",
        AccessReason.Safeguarding => "Keeping someone safe",
        AccessReason.DataProtectionRequest => "A data protection request",
        AccessReason.Report => "A report or statutory return",
        _ => role switch
        {
            Roles.Partner => "Support they give you, with your consent",
            Roles.GpSystem => "Your GP told us you are a carer",
            _ => "Running the carers service",
        },
    };

    private static bool IsList(string action) => action.StartsWith("List", StringComparison.Ordinal);

    private static bool IsRead(string action) => action.StartsWith("Get", StringComparison.Ordinal) || action.StartsWith("LookUp", StringComparison.Ordinal);

    private static string Single(string recordType) => recordType switch
    {
        "carer" => "record",
        "assessment" => "assessment",
        "grantApplication" => "grant application",
        "breakBooking" => "break",
        "emergencyPlan" => "emergency plan",
        "feedback" => "complaint or compliment",
        "informationRequest" => "request for information",
        "caringRelationship" => "details of someone you care for",
        "gpFlag" or "gpIdentifiedPerson" => "GP's note that you are a carer",
        "matchCandidate" => "record",
        "outboxMessage" => "update sent to a partner",
        _ => "record",
    };

    private static string Plural(string recordType) => recordType switch
    {
        "carer" => "carers",
        "assessment" => "assessments",
        "grantApplication" => "grant applications",
        "breakBooking" => "breaks",
        "emergencyPlan" => "emergency plans",
        "feedback" => "complaints and compliments",
        "informationRequest" => "requests for information",
        "gpFlag" or "gpIdentifiedPerson" => "GP notes",
        "supportPlan" => "support plans",
        "partnerReferral" => "referrals from partners",
        "partnerSupport" => "support from partners",
        _ => "records",
    };
}
