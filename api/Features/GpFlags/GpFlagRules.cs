using System.Text.Json;
using Carers.Api.Domain;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Carers.Api.Features.GpFlags;

/// <summary>One carer flag, checked and ready to store; <paramref name="Identifier"/> is the practice's own id for it, when it gave one.</summary>
public sealed record FlagInput(string NhsNumber, string OdsCode, string SnomedCode, bool IsCarer, string Status, DateOnly RecordedOn, bool ConsentToContact,
    FlagIdentifier? Identifier = null);

/// <summary>A practice's business identifier for one of its flags (Flag.identifier): unique within the practice (migration 0030).</summary>
public sealed record FlagIdentifier(string System, string Value)
{
    public const int MaxSystemLength = 1024;
    public const int MaxValueLength = 256;
}

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
    public const string CarerFlagProfile = "https://carers.luton.gov.uk/fhir/StructureDefinition/carer-flag";

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

        // The flag's identifier is its first one with both a system and a value; conditional create matches on it.
        var identifier = flag.Identifier?
            .Where(i => !string.IsNullOrEmpty(i.System) && !string.IsNullOrEmpty(i.Value))
            .Select(i => new FlagIdentifier(i.System!, i.Value!))
            .FirstOrDefault();
        if (identifier is not null && (identifier.System.Length > FlagIdentifier.MaxSystemLength || identifier.Value.Length > FlagIdentifier.MaxValueLength))
        {
            return Refuse(400, OperationOutcome.IssueType.TooLong,
                $"Flag.identifier's system may be at most {FlagIdentifier.MaxSystemLength} characters and its value at most {FlagIdentifier.MaxValueLength}.");
        }

        if (identifier is not null && (identifier.System.Any(char.IsControl) || identifier.Value.Any(char.IsControl)))
        {
            return Refuse(400, OperationOutcome.IssueType.Value, "Flag.identifier may not hold control characters.");
        }

        var consent = flag.GetExtension(ConsentToContactExtension)?.Value is FhirBoolean { Value: true };
        return (new FlagInput(nhsNumber, odsCode, coding.Code!, meaning == CarerCodes.Meaning.Carer,
            status, recordedOn, consent, identifier), null);
    }

    private static (FlagInput?, FlagError?) Refuse(int status, OperationOutcome.IssueType code, string diagnostics) =>
        (null, new FlagError(status, code, diagnostics));

    private static string Clip(string? value) => value is null ? "" : value.Length > 20 ? value[..20] + "…" : value;
}
