using Hl7.Fhir.Model;

namespace Carers.Api.Features.GpFlags;

/// <summary>GET /fhir/metadata: the CapabilityStatement, the FHIR contract for GP systems. Public, as FHIR expects.</summary>
public static class GetFhirMetadata
{
    /// <summary>SMART's extension on the security service that says where tokens come from.</summary>
    public const string OAuthUrisExtension = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

    /// <remarks>
    /// The CapabilityStatement: what this FHIR R4 server does, and the whole contract for GP systems (the `/fhir` routes are
    /// not in `openapi.yaml`). It names the security service (OAuth2 client credentials, with the token URL in the SMART
    /// `oauth-uris` extension), the Flag resource with its profile, the interactions (create, read, batch, transaction),
    /// conditional create on `identifier`, and the one format, `application/fhir+json`. Public, no token needed.
    /// </remarks>
    public static IResult Endpoint(CapabilityStatement statement) => FhirResults.Resource(statement);

    public static CapabilityStatement Build(IConfiguration configuration)
    {
        var tokenUrl = configuration["SignIn:Machines:TokenUrl"] is { Length: > 0 } url ? url
            : throw new InvalidOperationException("SignIn:Machines:TokenUrl is missing: the CapabilityStatement says where GP systems get tokens.");
        var scope = configuration["SignIn:Machines:Scope"] ?? "";
        return new CapabilityStatement
        {
            Url = "https://carers.luton.gov.uk/fhir/metadata",
            Name = "LutonCarersGpFlags",
            Title = "Luton Carers: GP carer flags",
            Status = PublicationStatus.Active,
            Date = GetFhirStructureDefinition.Date,
            Publisher = GetFhirStructureDefinition.Publisher,
            Description = "GP practices send Luton Carers the flags that say a patient is, or is no longer, an unpaid carer. "
                + "Guide for suppliers: docs/gp-suppliers.md in the Luton Carers repository.",
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
                    Documentation = "Practices push carer flags for their own patients, and may read back only the flags they sent. "
                        + "Authenticate with a client-credentials token for the practice (role GpSystem, claim ods). Flags carry a SNOMED CT "
                        + "code (224484003 is a carer and its kinds; 199361000000101 is no longer a carer), the patient's NHS number, the practice's ODS "
                        + "code as author and period.start; an extension " + GpFlagRules.ConsentToContactExtension + " (valueBoolean) says the patient "
                        + "agreed to be contacted. A resubmission is harmless: the same flag again answers 200, and a conditional create "
                        + "(If-None-Exist: identifier=<system>|<value>, or request.ifNoneExist in a Bundle) finds the flag already sent. "
                        + "An Idempotency-Key header is also accepted on every POST. Errors are OperationOutcome resources.",
                    Security = new CapabilityStatement.SecurityComponent
                    {
                        Cors = false,
                        Service =
                        [
                            new CodeableConcept
                            {
                                Coding = [new Coding { System = "http://terminology.hl7.org/CodeSystem/restful-security-service", Code = "OAuth", Display = "OAuth" }],
                                Text = "OAuth2 client credentials",
                            },
                        ],
                        Description = "OAuth2 client credentials (RFC 6749 section 4.4): one client per practice, whose token carries the role GpSystem "
                            + "and the practice's ODS code (claim ods). Ask the token URL for scope " + scope + " and send the access token as "
                            + "Authorization: Bearer <token>. Tokens are JWTs, validated as RFC 8725 recommends.",
                        Extension =
                        [
                            new Extension { Url = OAuthUrisExtension, Extension = [new Extension { Url = "token", Value = new FhirUri(tokenUrl) }] },
                        ],
                    },
                    Resource =
                    [
                        new CapabilityStatement.ResourceComponent
                        {
                            Type = "Flag",
                            Profile = "http://hl7.org/fhir/StructureDefinition/Flag",
                            SupportedProfile = [GpFlagRules.CarerFlagProfile],
                            Documentation = "A carer flag (profile " + GpFlagRules.CarerFlagProfile + "). read answers only the calling practice's "
                                + "own flags (any other id is 404), with meta.versionId and ETag W/\"1\": flags are never changed once stored.",
                            Interaction =
                            [
                                new CapabilityStatement.ResourceInteractionComponent
                                {
                                    Code = CapabilityStatement.TypeRestfulInteraction.Create,
                                    Documentation = "201 with Location /fhir/Flag/{id}; 200 when the same flag was sent before, or when If-None-Exist matches.",
                                },
                                new CapabilityStatement.ResourceInteractionComponent
                                {
                                    Code = CapabilityStatement.TypeRestfulInteraction.Read,
                                    Documentation = "Only the calling practice's own flags.",
                                },
                            ],
                            Versioning = CapabilityStatement.ResourceVersionPolicy.Versioned,
                            ReadHistory = false,
                            UpdateCreate = false,
                            ConditionalCreate = true,
                            ConditionalRead = CapabilityStatement.ConditionalReadStatus.NotSupported,
                            ConditionalUpdate = false,
                            ConditionalDelete = CapabilityStatement.ConditionalDeleteStatus.NotSupported,
                            SearchParam =
                            [
                                new CapabilityStatement.SearchParamComponent
                                {
                                    Name = "identifier",
                                    Definition = "http://hl7.org/fhir/SearchParameter/clinical-identifier",
                                    Type = SearchParamType.Token,
                                    Documentation = "Only in a conditional create (If-None-Exist, or request.ifNoneExist in a Bundle), and the only "
                                        + "parameter there: identifier=<system>|<value> matches the practice's own flag with that identifier; "
                                        + "identifier=<value> matches any system, and more than one match is 412.",
                                },
                            ],
                        },
                    ],
                    Interaction =
                    [
                        new CapabilityStatement.SystemInteractionComponent
                        {
                            Code = CapabilityStatement.SystemRestfulInteraction.Batch,
                            Documentation = "POST /fhir, a Bundle of type batch of up to 10,000 Flag creates: each entry answered on its own.",
                        },
                        new CapabilityStatement.SystemInteractionComponent
                        {
                            Code = CapabilityStatement.SystemRestfulInteraction.Transaction,
                            Documentation = "POST /fhir, a Bundle of type transaction: all stored, or none and an OperationOutcome naming every failing entry.",
                        },
                    ],
                },
            ],
        };
    }
}
