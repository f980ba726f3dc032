using System.Text.Json;
using Carers.Api.Domain;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Carers.Api.Features.GpFlags;

/// <summary>One carer flag, checked and ready to store.</summary>
public sealed record FlagInput(string NhsNumber, string OdsCode, string SnomedCode, bool IsCarer, string Status, DateOnly RecordedOn, bool ConsentToContact);

/// <summary>Why one flag was refused: the HTTP status of its entry, the FHIR issue code and a diagnostic a practice can act on.</summary>
public sealed record FlagError(int Status, OperationOutcome.IssueType Code, string Diagnostics);

/// <summary>
/// Reads a carer Flag (SPEC §2) with the Firely SDK and checks it: the SNOMED concept (Verhoeff
/// check digit, then the code table), the patient's NHS number (Modulus 11), the author's ODS
/// code (only the calling practice's own), the date recorded and the status.
/// </summary>
public static class GpFlagRules
{
    public const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";
    public const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";
    public const string ConsentToContactExtension = "https://carers.luton.gov.uk/fhir/StructureDefinition/consent-to-contact";

    // Firely's own data-annotation validation is skipped: the parser still refuses what is not
    // FHIR, and Check below tests every element this service relies on. It triples the speed.
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings { Validator = null });

    /// <summary>Parses one resource from its JSON; null with a diagnostic when it is not a readable FHIR resource.</summary>
    public static (Resource? Resource, string? Error) Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (Deserializer.TryDeserializeResource(ref reader, out var resource, out var issues))
            {
                return (resource, null);
            }

            var first = issues.FirstOrDefault()?.Message ?? "The resource is not valid FHIR R4.";
            return (null, first);
        }
        catch (Exception e) when (e is JsonException or DeserializationFailedException or FormatException or InvalidOperationException)
        {
            return (null, "The body is not valid FHIR JSON.");
        }
    }

    public static (FlagInput? Flag, FlagError? Error) Check(Resource? resource, string callerOdsCode, DateOnly today)
    {
        if (resource is not Flag flag)
        {
            return Refuse(400, OperationOutcome.IssueType.NotSupported, $"Only Flag resources are accepted here, not {resource?.TypeName ?? "nothing"}.");
        }

        // Read the raw code: with Firely's validation off, an unknown code stays as text and the
        // typed Status getter would throw on it.
        var status = flag.StatusElement?.JsonValue as string;
        if (status is not ("active" or "inactive"))
        {
            return Refuse(400, OperationOutcome.IssueType.Required, "Flag.status must be active or inactive.");
        }

        var coding = flag.Code?.Coding?.FirstOrDefault(c => c.System == CarerCodes.SnomedSystem);
        if (coding is null)
        {
            return Refuse(400, OperationOutcome.IssueType.Required, $"Flag.code needs a coding with system {CarerCodes.SnomedSystem}.");
        }

        var meaning = CarerCodes.Classify(coding.Code);
        switch (meaning)
        {
            case CarerCodes.Meaning.Malformed:
                return Refuse(400, OperationOutcome.IssueType.CodeInvalid, $"'{Clip(coding.Code)}' is not a SNOMED CT concept id (its Verhoeff check digit does not match).");
            case CarerCodes.Meaning.PaidCaregiver:
                return Refuse(422, OperationOutcome.IssueType.BusinessRule, "229774002 is a paid caregiver; only unpaid carers are flagged here.");
            case CarerCodes.Meaning.Unknown:
                return Refuse(422, OperationOutcome.IssueType.CodeInvalid, $"SNOMED CT {coding.Code} is not a carer code we accept. Use 224484003 (is a carer) or 199361000000101 (is no longer a carer).");
        }

        var nhsNumber = (flag.Subject?.Identifier is { System: NhsNumberSystem } subject) ? subject.Value : null;
        if (nhsNumber is null)
        {
            return Refuse(400, OperationOutcome.IssueType.Required, $"Flag.subject needs an identifier with system {NhsNumberSystem}.");
        }

        if (!NhsNumber.IsValid(nhsNumber) || NhsNumber.Normalise(nhsNumber) != nhsNumber)
        {
            return Refuse(400, OperationOutcome.IssueType.Value, "Flag.subject's NHS number is not valid (10 digits with a Modulus 11 check digit).");
        }

        var odsCode = (flag.Author?.Identifier is { System: OdsSystem } author) ? author.Value : null;
        if (odsCode is null)
        {
            return Refuse(400, OperationOutcome.IssueType.Required, $"Flag.author needs an identifier with system {OdsSystem}.");
        }

        if (!string.Equals(odsCode, callerOdsCode, StringComparison.Ordinal))
        {
            return Refuse(403, OperationOutcome.IssueType.Forbidden, "A practice may only send flags under its own ODS code.");
        }

        if (flag.Period?.Start is not { } start || !DateOnly.TryParse(start.Length >= 10 ? start[..10] : "", System.Globalization.CultureInfo.InvariantCulture, out var recordedOn))
        {
            return Refuse(400, OperationOutcome.IssueType.Required, "Flag.period.start, the date the flag was recorded, is required.");
        }

        if (recordedOn > today)
        {
            return Refuse(400, OperationOutcome.IssueType.Value, "Flag.period.start is in the future.");
        }

        var consent = flag.GetExtension(ConsentToContactExtension)?.Value is FhirBoolean { Value: true };
        return (new FlagInput(nhsNumber, odsCode, coding.Code!, meaning == CarerCodes.Meaning.Carer,
            status, recordedOn, consent), null);
    }

    private static (FlagInput?, FlagError?) Refuse(int status, OperationOutcome.IssueType code, string diagnostics) =>
        (null, new FlagError(status, code, diagnostics));

    private static string Clip(string? value) => value is null ? "" : value.Length > 20 ? value[..20] + "…" : value;
}
