using Hl7.Fhir.Model;

namespace Carers.Api.Features.GpFlags;

/// <summary>GET /fhir/metadata: the CapabilityStatement, the FHIR contract for GP systems. Public, as FHIR expects.</summary>
public static class GetFhirMetadata
{
    private static readonly Lazy<CapabilityStatement> Statement = new(Build);

    public static IResult Endpoint() => FhirResults.Resource(Statement.Value);

    private static CapabilityStatement Build() => new()
    {
        Status = PublicationStatus.Active,
        Date = "2026-11-22",
        Publisher = "Luton Borough Council",
        Kind = CapabilityStatementKind.Instance,
        Software = new CapabilityStatement.SoftwareComponent { Name = "Luton Carers platform" },
        Implementation = new CapabilityStatement.ImplementationComponent { Description = "GP carer flags for Luton Carers" },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["application/fhir+json"],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Documentation = "Practices push carer flags for their own patients; they read nothing. Authenticate with a client-credentials "
                    + "token for the practice (role GpSystem, claim ods). Send Idempotency-Key to make a retry harmless. Flags carry a SNOMED CT "
                    + "code (224484003 is a carer and its kinds; 199361000000101 is no longer a carer), the patient's NHS number, the practice's ODS "
                    + "code as author and period.start; an extension " + GpFlagRules.ConsentToContactExtension + " (valueBoolean) says the patient "
                    + "agreed to be contacted.",
                Security = new CapabilityStatement.SecurityComponent
                {
                    Description = "OAuth2 client credentials from Microsoft Entra ID (JWT bearer, validated as RFC8725 recommends).",
                },
                Resource =
                [
                    new CapabilityStatement.ResourceComponent
                    {
                        Type = "Flag",
                        Interaction = [new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Create }],
                    },
                ],
                Interaction =
                [
                    new CapabilityStatement.SystemInteractionComponent { Code = CapabilityStatement.SystemRestfulInteraction.Batch },
                    new CapabilityStatement.SystemInteractionComponent { Code = CapabilityStatement.SystemRestfulInteraction.Transaction },
                ],
            },
        ],
    };
}
