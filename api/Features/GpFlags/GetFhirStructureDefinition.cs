using Hl7.Fhir.Model;

namespace Carers.Api.Features.GpFlags;

/// <summary>
/// GET /fhir/StructureDefinition/{id}: the definitions this service's flags use, each at its canonical URL
/// (https://carers.luton.gov.uk/fhir/StructureDefinition/&lt;id&gt;): the consent-to-contact extension and the
/// carer-flag profile the CapabilityStatement names. Public, like /fhir/metadata: they are the contract.
/// </summary>
public static class GetFhirStructureDefinition
{
    public const string ConsentToContactId = "consent-to-contact";
    public const string CarerFlagId = "carer-flag";
    internal const string Date = "2026-12-02";
    internal const string Publisher = "Luton Borough Council";

    private static readonly Lazy<IReadOnlyDictionary<string, StructureDefinition>> Definitions = new(() =>
        new Dictionary<string, StructureDefinition>(StringComparer.Ordinal)
        {
            [ConsentToContactId] = ConsentToContact(),
            [CarerFlagId] = CarerFlag(),
        });

    /// <remarks>
    /// The FHIR definitions a GP system's flags use, each served at its canonical URL: `consent-to-contact` (the
    /// extension saying the patient agreed to be contacted by Luton Carers, `valueBoolean`) and `carer-flag` (the
    /// profile on Flag that `POST /fhir/Flag` accepts). Public, no token needed. 404 (OperationOutcome) for any other id.
    /// </remarks>
    public static IResult Endpoint(string id) =>
        Definitions.Value.TryGetValue(id, out var definition)
            ? FhirResults.Resource(definition)
            : FhirResults.Error(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound,
                $"There is no StructureDefinition/{(id.Length > 40 ? id[..40] + "…" : id)} here; this service defines {ConsentToContactId} and {CarerFlagId}.");

    public static StructureDefinition ConsentToContact() => new()
    {
        Id = ConsentToContactId,
        Url = GpFlagRules.ConsentToContactExtension,
        Version = "1.0.0",
        Name = "ConsentToContact",
        Title = "Consent to contact by Luton Carers",
        Status = PublicationStatus.Active,
        Date = Date,
        Publisher = Publisher,
        Description = "On a carer Flag from a GP practice: true when the patient agreed that Luton Carers may contact them. "
            + "Without it (or with false) a patient who is not already a known carer is kept only as a count: their NHS number is not stored.",
        FhirVersion = FHIRVersion.N4_0_1,
        Kind = StructureDefinition.StructureDefinitionKind.ComplexType,
        Abstract = false,
        Context = [new StructureDefinition.ContextComponent { Type = StructureDefinition.ExtensionContextType.Element, Expression = "Flag" }],
        Type = "Extension",
        BaseDefinition = "http://hl7.org/fhir/StructureDefinition/Extension",
        Derivation = StructureDefinition.TypeDerivationRule.Constraint,
        Differential = new StructureDefinition.DifferentialComponent
        {
            Element =
            [
                new ElementDefinition
                {
                    Path = "Extension",
                    ElementId = "Extension",
                    Short = "The patient agreed to be contacted by Luton Carers",
                    Definition = "Whether the patient agreed, with their GP practice, that Luton Carers may contact them about support as a carer.",
                    Min = 0,
                    Max = "1",
                },
                new ElementDefinition { Path = "Extension.extension", ElementId = "Extension.extension", Max = "0" },
                new ElementDefinition { Path = "Extension.url", ElementId = "Extension.url", Fixed = new FhirUri(GpFlagRules.ConsentToContactExtension) },
                new ElementDefinition
                {
                    Path = "Extension.value[x]",
                    ElementId = "Extension.value[x]",
                    Short = "true: the patient agreed to be contacted",
                    Min = 1,
                    Type = [new ElementDefinition.TypeRefComponent { Code = "boolean" }],
                },
            ],
        },
    };

    public static StructureDefinition CarerFlag() => new()
    {
        Id = CarerFlagId,
        Url = GpFlagRules.CarerFlagProfile,
        Version = "1.0.0",
        Name = "CarerFlag",
        Title = "Carer flag from a GP practice",
        Status = PublicationStatus.Active,
        Date = Date,
        Publisher = Publisher,
        Description = "A GP practice's record that a patient is (or is no longer) an unpaid carer, sent to Luton Carers. "
            + "Codes: SNOMED CT 224484003 is a carer, 302767002 / 224485002 / 224486001 cares for a relative / friend / neighbour, "
            + "407542009 informal caregiver, 824401000000105 carer of a person with dementia, 199361000000101 is no longer a carer. "
            + "229774002 (paid caregiver) is refused.",
        FhirVersion = FHIRVersion.N4_0_1,
        Kind = StructureDefinition.StructureDefinitionKind.Resource,
        Abstract = false,
        Type = "Flag",
        BaseDefinition = "http://hl7.org/fhir/StructureDefinition/Flag",
        Derivation = StructureDefinition.TypeDerivationRule.Constraint,
        Differential = new StructureDefinition.DifferentialComponent
        {
            Element =
            [
                new ElementDefinition { Path = "Flag", ElementId = "Flag", Short = "A carer flag from a GP practice" },
                new ElementDefinition
                {
                    Path = "Flag.extension",
                    ElementId = "Flag.extension",
                    Slicing = new ElementDefinition.SlicingComponent
                    {
                        Discriminator = [new ElementDefinition.DiscriminatorComponent { Type = ElementDefinition.DiscriminatorType.Value, Path = "url" }],
                        Rules = ElementDefinition.SlicingRules.Open,
                    },
                },
                new ElementDefinition
                {
                    Path = "Flag.extension",
                    ElementId = "Flag.extension:consentToContact",
                    SliceName = "consentToContact",
                    Min = 0,
                    Max = "1",
                    Type = [new ElementDefinition.TypeRefComponent { Code = "Extension", Profile = [GpFlagRules.ConsentToContactExtension] }],
                    MustSupport = true,
                },
                new ElementDefinition
                {
                    Path = "Flag.identifier",
                    ElementId = "Flag.identifier",
                    Short = "The practice system's own id for this flag",
                    Comment = "The first identifier with a system and a value is the flag's; it is unique within the practice, and conditional "
                        + "create (If-None-Exist: identifier=<system>|<value>) matches on it.",
                    MustSupport = true,
                },
                new ElementDefinition { Path = "Flag.status", ElementId = "Flag.status", Short = "active, or inactive when the practice ended it", MustSupport = true },
                new ElementDefinition
                {
                    Path = "Flag.code",
                    ElementId = "Flag.code",
                    Short = "A SNOMED CT carer concept",
                    Pattern = new CodeableConcept { Coding = [new Coding { System = Domain.CarerCodes.SnomedSystem }] },
                    MustSupport = true,
                },
                new ElementDefinition
                {
                    Path = "Flag.subject",
                    ElementId = "Flag.subject",
                    Type = [new ElementDefinition.TypeRefComponent { Code = "Reference", TargetProfile = ["http://hl7.org/fhir/StructureDefinition/Patient"] }],
                    MustSupport = true,
                },
                new ElementDefinition { Path = "Flag.subject.identifier", ElementId = "Flag.subject.identifier", Min = 1, MustSupport = true },
                new ElementDefinition
                {
                    Path = "Flag.subject.identifier.system",
                    ElementId = "Flag.subject.identifier.system", Min = 1, Fixed = new FhirUri(GpFlagRules.NhsNumberSystem),
                },
                new ElementDefinition
                {
                    Path = "Flag.subject.identifier.value",
                    ElementId = "Flag.subject.identifier.value", Short = "The patient's NHS number: 10 digits, Modulus 11 check digit", Min = 1,
                },
                new ElementDefinition { Path = "Flag.author", ElementId = "Flag.author", Short = "The practice: its own ODS code only", Min = 1, MustSupport = true },
                new ElementDefinition { Path = "Flag.author.identifier", ElementId = "Flag.author.identifier", Min = 1 },
                new ElementDefinition
                {
                    Path = "Flag.author.identifier.system",
                    ElementId = "Flag.author.identifier.system", Min = 1, Fixed = new FhirUri(GpFlagRules.OdsSystem),
                },
                new ElementDefinition { Path = "Flag.author.identifier.value", ElementId = "Flag.author.identifier.value", Min = 1 },
                new ElementDefinition { Path = "Flag.period", ElementId = "Flag.period", Min = 1, MustSupport = true },
                new ElementDefinition
                {
                    Path = "Flag.period.start",
                    ElementId = "Flag.period.start", Short = "The date the practice recorded it; not in the future", Min = 1,
                },
            ],
        },
    };
}
