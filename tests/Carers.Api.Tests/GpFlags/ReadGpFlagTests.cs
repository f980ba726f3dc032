// Firely's FHIR classes declare every element nullable; where a test reads one that is missing it fails with a
// NullReferenceException, which is the failure wanted, so the nullable warnings are off here.
#nullable disable warnings
using System.Net;
using System.Text;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Npgsql;
using Task = System.Threading.Tasks.Task;

namespace Carers.Api.Tests.GpFlags;

/// <summary>GET /fhir/Flag/{id}: a practice reads back its own flags, and only those.</summary>
public sealed class ReadGpFlagTests(ApiFixture api) : ApiTest(api)
{
    private HttpClient Gp(string ods = "A12345") => Api.ClientAs("GpSystem", $"gp-{ods}", odsCode: ods);

    private static StringContent Fhir(Resource resource) => new(resource.ToJson(), Encoding.UTF8, "application/fhir+json");

    private static async Task<T> Read<T>(HttpResponseMessage response, HttpStatusCode status) where T : Resource
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return Assert.IsType<T>(new FhirJsonDeserializer().DeserializeResource(text));
    }

    [Fact]
    public async Task The_location_a_create_answers_reads_back_the_flag_with_its_version_and_etag()
    {
        var sent = RecordGpFlagTests.IdentifiedFlag("flag-read-1", consentToContact: true);
        var created = await Gp().PostAsync("/fhir/Flag", Fhir(sent), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var response = await Gp().GetAsync(created.Headers.Location, Ct);
        var flag = await Read<Flag>(response, HttpStatusCode.OK);

        Assert.Equal(created.Headers.Location!.ToString(), $"/fhir/Flag/{flag.Id}");
        Assert.Equal("W/\"1\"", response.Headers.ETag!.ToString());
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal("1", flag.Meta.VersionId);
        Assert.Contains("https://carers.luton.gov.uk/fhir/StructureDefinition/carer-flag", flag.Meta.Profile);
        Assert.Equal(Flag.FlagStatus.Active, flag.Status);
        Assert.Equal(("http://snomed.info/sct", "224484003"), (flag.Code.Coding[0].System, flag.Code.Coding[0].Code));
        Assert.Equal(("https://fhir.nhs.uk/Id/nhs-number", "9990000018"), (flag.Subject.Identifier.System, flag.Subject.Identifier.Value));
        Assert.Equal("A12345", flag.Author.Identifier.Value);
        Assert.Equal("2025-03-01", flag.Period.Start);
        Assert.Equal("flag-read-1", flag.Identifier.Single().Value);
        Assert.Equal(await (await Gp().PostAsync("/fhir/Flag", Fhir(sent), Ct)).Content.ReadAsStringAsync(Ct), await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Each_location_in_a_batch_answer_reads_back_its_own_flag()
    {
        var bundle = FhirFlagTests.BundleOf(Bundle.BundleType.Batch, FhirFlagTests.CarerFlag("9990000018", consentToContact: true),
            FhirFlagTests.CarerFlag("9990000026", code: "302767002", consentToContact: true));
        var answer = await Read<Bundle>(await Gp().PostAsync("/fhir", Fhir(bundle), Ct), HttpStatusCode.OK);

        var read = new List<Flag>();
        foreach (var entry in answer.Entry)
        {
            Assert.Equal("W/\"1\"", entry.Response.Etag);
            read.Add(await Read<Flag>(await Gp().GetAsync($"/fhir/{entry.Response.Location}", Ct), HttpStatusCode.OK));
        }

        Assert.Equal(["9990000018", "9990000026"], read.Select(f => f.Subject.Identifier.Value));
        Assert.Equal(["224484003", "302767002"], read.Select(f => f.Code.Coding[0].Code));
    }

    [Fact]
    public async Task Another_practices_flag_is_404_like_one_that_does_not_exist_and_both_are_audited()
    {
        var created = await Gp().PostAsync("/fhir/Flag", Fhir(FhirFlagTests.CarerFlag("9990000018", consentToContact: true)), Ct);
        var location = created.Headers.Location!.ToString();
        var id = location.Split('/')[^1];

        var other = await Gp("E84001").GetAsync(location, Ct);
        var missing = await Gp("E84001").GetAsync($"/fhir/Flag/{long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) + 1000}", Ct);

        var otherOutcome = await Read<OperationOutcome>(other, HttpStatusCode.NotFound);
        var missingOutcome = await Read<OperationOutcome>(missing, HttpStatusCode.NotFound);
        Assert.Equal(OperationOutcome.IssueType.NotFound, otherOutcome.Issue[0].Code);
        Assert.Equal(otherOutcome.Issue[0].Diagnostics.Replace(id, "N", StringComparison.Ordinal),
            missingOutcome.Issue[0].Diagnostics.Replace((long.Parse(id, System.Globalization.CultureInfo.InvariantCulture) + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), "N", StringComparison.Ordinal));
        Assert.DoesNotContain("9990000018", await other.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Gp().GetAsync(location, Ct)).StatusCode);

        var audit = await AuditDetailFor("gp-E84001", "ReadGpFlag");
        Assert.Equal(["notFound", "notFound"], audit.Select(a => a.outcome));
        Assert.Equal(id, audit[0].record_id);
        Assert.Equal("E84001", audit[0].actor_organisation);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    [InlineData("1.5")]
    public async Task An_id_that_is_not_a_flag_id_is_404_operation_outcome(string id)
    {
        var outcome = await Read<OperationOutcome>(await Gp().GetAsync($"/fhir/Flag/{id}", Ct), HttpStatusCode.NotFound);
        Assert.Equal(OperationOutcome.IssueType.NotFound, outcome.Issue[0].Code);
    }

    [Fact]
    public async Task Only_gp_systems_read_flags()
    {
        var created = await Gp().PostAsync("/fhir/Flag", Fhir(FhirFlagTests.CarerFlag("9990000018", consentToContact: true)), Ct);
        var location = created.Headers.Location!.ToString();

        await Read<OperationOutcome>(await Anonymous().GetAsync(location, Ct), HttpStatusCode.Unauthorized);
        await Read<OperationOutcome>(await Assessor().GetAsync(location, Ct), HttpStatusCode.Forbidden);
        await Read<OperationOutcome>(await Partner("CarersCentral").GetAsync(location, Ct), HttpStatusCode.Forbidden);
        await Read<OperationOutcome>(await Carer(NewSubject()).GetAsync(location, Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_flag_kept_only_as_a_count_reads_back_without_the_nhs_number()
    {
        var created = await Gp().PostAsync("/fhir/Flag", Fhir(FhirFlagTests.CarerFlag("9990000018")), Ct);

        var flag = await Read<Flag>(await Gp().GetAsync(created.Headers.Location, Ct), HttpStatusCode.OK);

        Assert.Null(flag.Subject.Identifier);
        Assert.Contains("NHS number not kept", flag.Subject.Display, StringComparison.Ordinal);
        Assert.Equal(false, (flag.GetExtension("https://carers.luton.gov.uk/fhir/StructureDefinition/consent-to-contact").Value as FhirBoolean)?.Value);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Null(await connection.ExecuteScalarAsync<string>("SELECT nhs_number FROM gp_flag"));
    }
}
