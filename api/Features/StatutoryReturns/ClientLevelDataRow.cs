using System.Globalization;

namespace Carers.Api.Features.StatutoryReturns;

/// <summary>CLD Client_Type. The platform only ever writes Carer; Carer known by association is here for the Liquid Logic import.</summary>
public enum CldClientType { Carer, CarerKnownByAssociation }

/// <summary>CLD Event_Type.</summary>
public enum CldEventType { Request, Assessment, Service, Review }

/// <summary>CLD Event_Outcome values the platform uses (a subset of the published list).</summary>
public enum CldEventOutcome
{
    ProgressToAssessment,
    ProgressToSupportPlanningOrServices,
    NoChangeInPackage,
    ServiceEndedAsPlanned,
    ProvisionOfService,
    SupportDeclined,
    InformationAndAdviceOnly,
}

/// <summary>CLD Request_Route_of_Access values the platform uses.</summary>
public enum CldRouteOfAccess { SelfReferral, CommunityOrOtherRoute }

/// <summary>CLD Service_Type for carers.</summary>
public enum CldServiceType { CarerSupportDirectToCarer, CarerSupportInvolvingTheCaredForPerson }

/// <summary>CLD Service_Component values the platform uses for carers.</summary>
public enum CldServiceComponent { DirectPayment, CarerRespite, CarerUniversalServices }

/// <summary>CLD Delivery_Mechanism values the platform uses.</summary>
public enum CldDeliveryMechanism { DirectPayment, CassrCommissionedSupport }

/// <summary>CLD Method_of_Assessment / Method_of_Review values the platform uses.</summary>
public enum CldMethod { FaceToFace, SupportedSelfAssessment }

/// <summary>
/// The published text of every CLD code the platform writes or reads, in one place (decision 0019):
/// the values marked unconfirmed there are the ones to check against the current NHS England
/// specification before a submission, and correcting one here corrects the extract and the import.
/// </summary>
public static class CldCodes
{
    public const string LutonLaCode = "E06000032";

    private static readonly Dictionary<Enum, string> Text = new()
    {
        [CldClientType.Carer] = "Carer",
        [CldClientType.CarerKnownByAssociation] = "Carer known by association",
        [CldEventType.Request] = "Request",
        [CldEventType.Assessment] = "Assessment",
        [CldEventType.Service] = "Service",
        [CldEventType.Review] = "Review",
        [CldEventOutcome.ProgressToAssessment] = "Progress to Assessment",
        [CldEventOutcome.ProgressToSupportPlanningOrServices] = "Progress to Support Planning / Services",
        [CldEventOutcome.NoChangeInPackage] = "No change in package",
        [CldEventOutcome.ServiceEndedAsPlanned] = "Service ended as planned",
        [CldEventOutcome.ProvisionOfService] = "Provision of service",
        [CldEventOutcome.SupportDeclined] = "NFA - Support declined",
        [CldEventOutcome.InformationAndAdviceOnly] = "NFA - Information & Advice / Signposting only",
        [CldRouteOfAccess.SelfReferral] = "Self-Referral",
        [CldRouteOfAccess.CommunityOrOtherRoute] = "Community / Other route",
        [CldServiceType.CarerSupportDirectToCarer] = "Carer Support: Direct to Carer",
        [CldServiceType.CarerSupportInvolvingTheCaredForPerson] = "Carer Support: Support involving the person cared-for",
        [CldServiceComponent.DirectPayment] = "Direct Payment",
        [CldServiceComponent.CarerRespite] = "Carer Respite",
        [CldServiceComponent.CarerUniversalServices] = "Carer Universal Services",
        [CldDeliveryMechanism.DirectPayment] = "Direct Payment",
        [CldDeliveryMechanism.CassrCommissionedSupport] = "CASSR Commissioned support",
        [CldMethod.FaceToFace] = "Face to Face",
        [CldMethod.SupportedSelfAssessment] = "Supported Self-Assessment",
    };

    public const string CarerAssessmentType = "Carer Assessment";
    public const string PlannedReview = "Planned";

    /// <summary>The published text of a code.</summary>
    public static string Of(Enum code) => Text[code];

    /// <summary>The code a published text stands for (case-insensitive), for reading a file in the CLD layout.</summary>
    public static bool TryParse<T>(string? text, out T code) where T : struct, Enum
    {
        foreach (var (key, value) in Text)
        {
            if (key is T typed && string.Equals(value, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                code = typed;
                return true;
            }
        }

        code = default;
        return false;
    }
}

/// <summary>
/// One CLD event row for a carer, in the field names and order of NHS England's Adult Social Care
/// Client Level Data specification (Release 1), limited to the fields that apply to carers. The
/// extract writes it; the historic import (Liquid Logic, in the CLD layout) is meant to read it.
/// Person details of the cared-for person never appear: only their ids in Adult_n_Linked_Person_ID.
/// </summary>
public sealed record ClientLevelDataRow
{
    public string LaCode { get; init; } = CldCodes.LutonLaCode;
    public DateOnly ReportingPeriodStartDate { get; init; }
    public DateOnly ReportingPeriodEndDate { get; init; }
    public string? NhsNumber { get; init; }
    public string LaPersonUniqueIdentifier { get; init; } = "";
    public string? GpPracticeCode { get; init; }
    public string? Gender { get; init; }
    public string? Ethnicity { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public DateOnly? DateOfDeath { get; init; }
    public CldClientType ClientType { get; init; } = CldClientType.Carer;
    public string? Postcode { get; init; }
    public CldEventType? EventType { get; init; }
    public string? EventReference { get; init; }
    public DateOnly? EventStartDate { get; init; }
    public DateOnly? EventEndDate { get; init; }
    public CldEventOutcome? EventOutcome { get; init; }
    public CldRouteOfAccess? RequestRouteOfAccess { get; init; }
    public string? AssessmentType { get; init; }
    public bool? EligibleNeedsIdentified { get; init; }
    public CldMethod? MethodOfAssessment { get; init; }
    public int? TotalHoursCaringPerWeek { get; init; }
    public int? NumberOfAdultsBeingCaredFor { get; init; }
    public string? Adult1LinkedPersonId { get; init; }
    public string? Adult2LinkedPersonId { get; init; }
    public string? Adult3LinkedPersonId { get; init; }
    public CldServiceType? ServiceType { get; init; }
    public CldServiceComponent? ServiceComponent { get; init; }
    public CldDeliveryMechanism? DeliveryMechanism { get; init; }
    public string? ReviewReason { get; init; }
    public string? ReviewOutcomesAchieved { get; init; }
    public CldMethod? MethodOfReview { get; init; }

    /// <summary>The CLD field names, in the order the fields are written.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "LA_Code", "Reporting_Period_Start_Date", "Reporting_Period_End_Date", "NHS_Number", "LA_Person_Unique_Identifier",
        "GP_Practice_Code", "Gender", "Ethnicity", "Date_of_Birth", "Date_of_Death", "Client_Type", "Postcode",
        "Event_Type", "Event_Reference", "Event_Start_Date", "Event_End_Date", "Event_Outcome", "Request_Route_of_Access",
        "Assessment_Type", "Eligible_Needs_Identified", "Method_of_Assessment", "Total_Hrs_Caring_per_week",
        "No_of_adults_being_cared_for", "Adult_1_Linked_Person_ID", "Adult_2_Linked_Person_ID", "Adult_3_Linked_Person_ID",
        "Service_Type", "Service_Component", "Delivery_Mechanism", "Review_Reason", "Review_Outcomes_Achieved", "Method_of_Review",
    ];

    /// <summary>The row's values as CLD text, in the order of <see cref="Fields"/>; empty where not applicable or not held.</summary>
    public IReadOnlyList<string> Values() =>
    [
        LaCode, Date(ReportingPeriodStartDate), Date(ReportingPeriodEndDate), NhsNumber ?? "", LaPersonUniqueIdentifier,
        GpPracticeCode ?? "", Gender ?? "", Ethnicity ?? "", Date(DateOfBirth), Date(DateOfDeath), CldCodes.Of(ClientType), Postcode ?? "",
        Code(EventType), EventReference ?? "", Date(EventStartDate), Date(EventEndDate), Code(EventOutcome), Code(RequestRouteOfAccess),
        AssessmentType ?? "", EligibleNeedsIdentified switch { true => "Y", false => "N", null => "" }, Code(MethodOfAssessment),
        Number(TotalHoursCaringPerWeek), Number(NumberOfAdultsBeingCaredFor), Adult1LinkedPersonId ?? "", Adult2LinkedPersonId ?? "", Adult3LinkedPersonId ?? "",
        Code(ServiceType), Code(ServiceComponent), Code(DeliveryMechanism), ReviewReason ?? "", ReviewOutcomesAchieved ?? "", Code(MethodOfReview),
    ];

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Code(Enum? code) => code is null ? "" : CldCodes.Of(code);
}
