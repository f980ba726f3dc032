// Firely's FHIR classes declare every element nullable; where a test reads one that is missing it fails with a
// NullReferenceException, which is the failure wanted, so the nullable warnings are off here.
#nullable disable warnings
using System.Net;
using Carers.Api.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Carers.Api.Tests.GpFlags;

/// <summary>GET /fhir/StructureDefinition/{id}: the consent-to-contact extension and the carer-flag profile, at their canonical URLs.</summary>
public sealed class GetFhirStructureDefinitionTests(ApiFixture api) : ApiTest(api)
{
    private const string ConsentToContact = "https://carers.luton.gov.uk/fhir/StructureDefinition/consent-to-contact";

    private async Task<StructureDefinition> Definition(string id)
    {
        var response = await Anonymous().GetAsync($"/fhir/StructureDefinition/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return Assert.IsType<StructureDefinition>(new FhirJsonDeserializer().DeserializeResource(await response.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task The_consent_to_contact_extension_is_a_boolean_extension_on_flag_at_the_url_it_uses()
    {
        var definition = await Definition("consent-to-contact");

        Assert.Equal(ConsentToContact, definition.Url);
        Assert.Equal("consent-to-contact", definition.Id);
        Assert.Equal(("Extension", "http://hl7.org/fhir/StructureDefinition/Extension"), (definition.Type, definition.BaseDefinition));
        Assert.Equal(StructureDefinition.TypeDerivationRule.Constraint, definition.Derivation);
        Assert.Equal(FHIRVersion.N4_0_1, definition.FhirVersion);
        Assert.Equal("Flag", Assert.Single(definition.Context).Expression);
        var elements = definition.Differential.Element.ToDictionary(e => e.ElementId);
        Assert.Equal(ConsentToContact, Assert.IsType<FhirUri>(elements["Extension.url"].Fixed).Value);
        Assert.Equal("boolean", Assert.Single(elements["Extension.value[x]"].Type).Code);
        Assert.Equal("0", elements["Extension.extension"].Max);
    }

    [Fact]
    public async Task The_carer_flag_profile_uses_the_extension_and_fixes_the_identifier_systems()
    {
        var definition = await Definition("carer-flag");

        Assert.Equal(("Flag", "http://hl7.org/fhir/StructureDefinition/Flag"), (definition.Type, definition.BaseDefinition));
        var elements = definition.Differential.Element.ToDictionary(e => e.ElementId);
        Assert.Equal([ConsentToContact], Assert.Single(elements["Flag.extension:consentToContact"].Type).Profile);
        Assert.Equal("https://fhir.nhs.uk/Id/nhs-number", Assert.IsType<FhirUri>(elements["Flag.subject.identifier.system"].Fixed).Value);
        Assert.Equal("https://fhir.nhs.uk/Id/ods-organization-code", Assert.IsType<FhirUri>(elements["Flag.author.identifier.system"].Fixed).Value);
        Assert.Equal(1, elements["Flag.period.start"].Min);
    }

    [Fact]
    public async Task The_extension_the_api_reads_is_the_one_published()
    {
        // A flag carrying the published extension is read as consent: the patient awaits contact.
        var flag = FhirFlagTests.CarerFlag("9990000018");
        flag.SetExtension((await Definition("consent-to-contact")).Url, new FhirBoolean(true));
        var gp = Api.ClientAs("GpSystem", "gp-A12345", odsCode: "A12345");

        var response = await gp.PostAsync("/fhir/Flag", new StringContent(flag.ToJson(), System.Text.Encoding.UTF8, "application/fhir+json"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await CountAsync("gp_identified_person WHERE nhs_number = '9990000018'"));
    }

    [Fact]
    public async Task Any_other_id_is_404_operation_outcome()
    {
        var response = await Anonymous().GetAsync("/fhir/StructureDefinition/Patient", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.IsType<OperationOutcome>(new FhirJsonDeserializer().DeserializeResource(await response.Content.ReadAsStringAsync(Ct)));
    }
}
