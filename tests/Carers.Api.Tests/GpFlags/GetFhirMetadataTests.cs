// Firely's FHIR classes declare every element nullable; where a test reads one that is missing it fails with a
// NullReferenceException, which is the failure wanted, so the nullable warnings are off here.
#nullable disable warnings
using System.Net;
using Carers.Api.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Carers.Api.Tests.GpFlags;

/// <summary>GET /fhir/metadata: the CapabilityStatement is the GP suppliers' contract, and says everything they build against.</summary>
public sealed class GetFhirMetadataTests(ApiFixture api) : ApiTest(api)
{
    private async Task<CapabilityStatement> Statement()
    {
        var response = await Anonymous().GetAsync("/fhir/metadata", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        // Firely's parser with its validation on: the statement is valid FHIR R4, not just JSON.
        return Assert.IsType<CapabilityStatement>(new FhirJsonDeserializer().DeserializeResource(await response.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task It_declares_oauth_client_credentials_with_the_token_url()
    {
        var security = (await Statement()).Rest.Single().Security;

        var service = Assert.Single(security.Service);
        Assert.Equal(("http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth"), (service.Coding[0].System, service.Coding[0].Code));
        var uris = security.GetExtension("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
        Assert.Equal("https://login.microsoftonline.com/luton.gov.uk/oauth2/v2.0/token", Assert.IsType<FhirUri>(uris.GetExtension("token").Value).Value);
        Assert.Contains("client credentials", security.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task It_declares_the_flag_resource_its_profile_interactions_and_conditional_create()
    {
        var statement = await Statement();

        Assert.Equal(FHIRVersion.N4_0_1, statement.FhirVersion);
        Assert.Equal(["application/fhir+json"], statement.Format);
        var rest = statement.Rest.Single();
        var flag = Assert.Single(rest.Resource);
        Assert.Equal("Flag", flag.Type);
        Assert.Equal(["https://carers.luton.gov.uk/fhir/StructureDefinition/carer-flag"], flag.SupportedProfile);
        Assert.Equal([CapabilityStatement.TypeRestfulInteraction.Create, CapabilityStatement.TypeRestfulInteraction.Read],
            flag.Interaction.Select(i => i.Code!.Value));
        Assert.True(flag.ConditionalCreate);
        Assert.Equal(CapabilityStatement.ResourceVersionPolicy.Versioned, flag.Versioning);
        var search = Assert.Single(flag.SearchParam);
        Assert.Equal(("identifier", SearchParamType.Token), (search.Name, search.Type!.Value));
        Assert.Equal([CapabilityStatement.SystemRestfulInteraction.Batch, CapabilityStatement.SystemRestfulInteraction.Transaction],
            rest.Interaction.Select(i => i.Code!.Value));
    }

    [Fact]
    public async Task Every_profile_and_extension_it_names_is_served_at_its_canonical_url()
    {
        var statement = await Statement();
        var canonicals = statement.Rest.Single().Resource.SelectMany(r => r.SupportedProfile)
            .Append("https://carers.luton.gov.uk/fhir/StructureDefinition/consent-to-contact");

        foreach (var canonical in canonicals)
        {
            var path = new Uri(canonical).AbsolutePath;
            var response = await Anonymous().GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            var definition = Assert.IsType<StructureDefinition>(new FhirJsonDeserializer().DeserializeResource(await response.Content.ReadAsStringAsync(Ct)));
            Assert.Equal(canonical, definition.Url);
        }
    }
}
