namespace Carers.Api.Infrastructure.Auth;

/// <summary>App roles (SPEC §1), as Entra ID puts them in the <c>roles</c> claim.</summary>
public static class Roles
{
    public const string Carer = "Carer";
    public const string Assessor = "Staff.Assessor";
    public const string GrantsOfficer = "Staff.GrantsOfficer";
    public const string Manager = "Staff.Manager";
    public const string EmergencyDuty = "Staff.EmergencyDuty";
    /// <summary>The council's data-protection team: subject access requests and the retention review.</summary>
    public const string DataProtection = "Staff.DataProtection";
    public const string Partner = "Partner";
    public const string GpSystem = "GpSystem";

    public static readonly IReadOnlyList<string> All = [Carer, Assessor, GrantsOfficer, Manager, EmergencyDuty, DataProtection, Partner, GpSystem];
}

/// <summary>Authorisation policies; every endpoint names one (default deny).</summary>
public static class Policies
{
    public const string Carer = Roles.Carer;
    public const string Assessor = Roles.Assessor;
    public const string GrantsOfficer = Roles.GrantsOfficer;
    public const string Manager = Roles.Manager;
    public const string EmergencyDuty = Roles.EmergencyDuty;
    public const string DataProtection = Roles.DataProtection;
    /// <summary>Assessors and managers: the staff who run breaks and their providers day to day.</summary>
    public const string BreaksStaff = "BreaksStaff";
    /// <summary>Assessors and managers: the staff who send carers information in an accessible format or another language.</summary>
    public const string InformationStaff = "InformationStaff";
    /// <summary>Assessors and managers: the staff who record, acknowledge and answer complaints and record compliments.</summary>
    public const string FeedbackStaff = "FeedbackStaff";
    /// <summary>Assessors and managers: the staff who read the carers' survey years and results (only managers open and close a year).</summary>
    public const string SurveyStaff = "SurveyStaff";
    /// <summary>Assessors, and the data-protection team finding the carer a subject access request is about (decision 0026).</summary>
    public const string CarerSearch = "CarerSearch";
    /// <summary>Assessors and managers: the staff who close a carer's record (retention runs from the closure).</summary>
    public const string ClosingStaff = "ClosingStaff";
    public const string Partner = Roles.Partner;
    public const string GpSystem = Roles.GpSystem;
}

/// <summary>The commissioned partners that may call the partner API.</summary>
public static class PartnerNames
{
    public const string CarersCentral = "CarersCentral";
    public const string Chums = "Chums";

    public static readonly IReadOnlyList<string> All = [CarersCentral, Chums];
}

public static class CarersClaims
{
    public const string Subject = "sub";
    public const string Roles = "roles";
    public const string Partner = "partner";
    public const string OdsCode = "ods";
}
