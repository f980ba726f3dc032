// Firely's FHIR classes declare every element nullable; where a test reads one that is missing it fails with a
// NullReferenceException, which is the failure wanted, so the nullable warnings are off here.
#nullable disable warnings
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Carers.Api.Tests.GpFlags;

/// <summary>POST /fhir/Flag with If-None-Exist (conditional create on the practice's own flag identifier) and duplicate identifiers.</summary>
public sealed class RecordGpFlagTests(ApiFixture api) : ApiTest(api)
{
    private const string Practice = "A12345";
    private const string FlagSystem = "https://fhir.example-gp-supplier.co.uk/Id/carer-flag";

    public static Flag IdentifiedFlag(string value, string nhsNumber = "9990000018", string recordedOn = "2025-03-01", string ods = Practice,
        string system = FlagSystem, bool consentToContact = true, string code = "224484003")
    {
        var flag = FhirFlagTests.CarerFlag(nhsNumber, code: code, recordedOn: recordedOn, ods: ods, consentToContact: consentToContact);
        flag.Identifier = [new Identifier(system, value)];
        return flag;
    }

    private HttpClient Gp(string ods = Practice) => Api.ClientAs("GpSystem", $"gp-{ods}", odsCode: ods);

    private static HttpRequestMessage Post(Flag flag, string? ifNoneExist) => Post(flag.ToJson(), ifNoneExist);

    private static HttpRequestMessage Post(string json, string? ifNoneExist)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/Flag") { Content = new StringContent(json, Encoding.UTF8, "application/fhir+json") };
        if (ifNoneExist is not null) request.Headers.TryAddWithoutValidation("If-None-Exist", ifNoneExist);
        return request;
    }

    private static async Task<Resource> ReadResource(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        return new FhirJsonDeserializer().DeserializeResource(text);
    }

    [Fact]
    public async Task A_conditional_create_stores_the_flag_once_and_a_resubmission_gets_it_back_with_200()
    {
        var first = await Gp().SendAsync(Post(IdentifiedFlag("flag-0001"), $"identifier={FlagSystem}|flag-0001"), Ct);
        var created = Assert.IsType<Flag>(await ReadResource(first, HttpStatusCode.Created));

        // The same identifier with other content (the practice's system re-sent it after an edit): still no new flag.
        var again = await Gp().SendAsync(Post(IdentifiedFlag("flag-0001", recordedOn: "2025-03-02"), $"identifier={Uri.EscapeDataString(FlagSystem)}|flag-0001"), Ct);
        var existing = Assert.IsType<Flag>(await ReadResource(again, HttpStatusCode.OK));

        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(created.Id, existing.Id);
        Assert.Equal("2025-03-01", existing.Period.Start);
        Assert.Equal("W/\"1\"", again.Headers.ETag!.ToString());
        Assert.Equal(1, await CountAsync("gp_flag"));
        Assert.Equal(1, await CountAsync($"gp_flag WHERE identifier_system = '{FlagSystem}' AND identifier_value = 'flag-0001' AND ods_code = '{Practice}'"));
        var read = Assert.Single(await AuditDetailFor($"gp-{Practice}", "ReadGpFlag"));
        Assert.Equal(("success", created.Id), (read.outcome, read.record_id));
    }

    [Fact]
    public async Task Fifty_identical_conditional_creates_at_once_store_one_flag_and_all_answer_it()
    {
        var flag = IdentifiedFlag("flag-race").ToJson();
        var gp = Gp();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => gp.SendAsync(Post(flag, $"identifier={FlagSystem}|flag-race"), Ct)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.True(statuses.All(s => s is HttpStatusCode.Created or HttpStatusCode.OK), string.Join(", ", statuses));
        Assert.Single(statuses, s => s == HttpStatusCode.Created);
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1, await CountAsync("gp_flag"));
        Assert.Equal(1, await CountAsync("gp_identified_person"));
    }

    [Fact]
    public async Task Fifty_conditional_creates_with_one_identifier_and_different_content_store_one_flag()
    {
        // Different dates, so the replay key does not meet them: only the identifier's unique index stands between them.
        var gp = Gp();
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            gp.SendAsync(Post(IdentifiedFlag("flag-edited", recordedOn: new DateOnly(2025, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), $"identifier={FlagSystem}|flag-edited"), Ct)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task Without_a_condition_another_flag_with_the_same_identifier_is_409_and_writes_nothing()
    {
        var first = await Gp().SendAsync(Post(IdentifiedFlag("flag-0002"), null), Ct);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var flagId = first.Headers.Location!.ToString().Split('/')[^1];

        var other = await Gp().SendAsync(Post(IdentifiedFlag("flag-0002", nhsNumber: "9990000026"), null), Ct);
        var outcome = Assert.IsType<OperationOutcome>(await ReadResource(other, HttpStatusCode.Conflict));

        Assert.Equal(OperationOutcome.IssueType.Duplicate, outcome.Issue[0].Code);
        Assert.Contains($"Flag/{flagId}", outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("gp_flag"));
        Assert.Equal(0, await CountAsync("gp_identified_person WHERE nhs_number = '9990000026'"));

        // The very same flag again is still a harmless replay.
        Assert.Equal(HttpStatusCode.OK, (await Gp().SendAsync(Post(IdentifiedFlag("flag-0002"), null), Ct)).StatusCode);
    }

    [Fact]
    public async Task Identifiers_belong_to_one_practice_so_another_practice_may_use_the_same_one()
    {
        Assert.Equal(HttpStatusCode.Created, (await Gp().SendAsync(Post(IdentifiedFlag("flag-0003"), $"identifier={FlagSystem}|flag-0003"), Ct)).StatusCode);
        var other = await Gp("E84001").SendAsync(Post(IdentifiedFlag("flag-0003", ods: "E84001"), $"identifier={FlagSystem}|flag-0003"), Ct);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(2, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task A_value_only_condition_matching_flags_of_two_systems_is_412_and_writes_nothing()
    {
        Assert.Equal(HttpStatusCode.Created, (await Gp().SendAsync(Post(IdentifiedFlag("shared-7", system: "https://a.example/ids"), null), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Gp().SendAsync(Post(IdentifiedFlag("shared-7", nhsNumber: "9990000026", system: "https://b.example/ids"), null), Ct)).StatusCode);

        var response = await Gp().SendAsync(Post(IdentifiedFlag("shared-7", nhsNumber: "9990000034", system: "https://c.example/ids"), "identifier=shared-7"), Ct);

        var outcome = Assert.IsType<OperationOutcome>(await ReadResource(response, HttpStatusCode.PreconditionFailed));
        Assert.Equal(OperationOutcome.IssueType.MultipleMatches, outcome.Issue[0].Code);
        Assert.Equal(2, await CountAsync("gp_flag"));
    }

    public static TheoryData<string, string, string> BadConditions => new()
    {
        { "another parameter", "patient=9990000018", "one search parameter" },
        { "two parameters", $"identifier={FlagSystem}|flag-9&status=active", "one search parameter" },
        { "an empty value", $"identifier={FlagSystem}|", "non-empty value" },
        { "an empty system", "identifier=|flag-9", "non-empty value" },
        { "not the flag's identifier", $"identifier={FlagSystem}|another-flag", "the Flag's own identifier" },
        { "another system", "identifier=https://other.example/ids|flag-9", "the Flag's own identifier" },
        { "escaped, but another value", "identifier=flag%2D10", "the Flag's own identifier" },
    };

    [Theory]
    [MemberData(nameof(BadConditions))]
    public async Task A_condition_that_is_not_the_flags_own_identifier_is_400_and_writes_nothing(string because, string condition, string reason)
    {
        var response = await Gp().SendAsync(Post(IdentifiedFlag("flag-9"), condition), Ct);
        var outcome = Assert.IsType<OperationOutcome>(await ReadResource(response, HttpStatusCode.BadRequest));
        Assert.True(outcome.Issue[0].Diagnostics.Contains(reason, StringComparison.Ordinal), $"{because}: {outcome.Issue[0].Diagnostics}");
        Assert.Equal(0, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task A_condition_on_a_flag_without_an_identifier_is_400()
    {
        var response = await Gp().SendAsync(Post(FhirFlagTests.CarerFlag("9990000018"), $"identifier={FlagSystem}|flag-10"), Ct);
        await ReadResource(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountAsync("gp_flag"));
    }

    [Theory]
    [InlineData("{\"system\": \"https://x.example\", \"value\": \"a\\u0000b\"}", "control characters")]
    [InlineData("{\"system\": \"https://x.example\", \"value\": \"LONG\"}", "at most 256")]
    public async Task An_identifier_postgres_or_the_index_could_not_hold_is_400(string identifier, string reason)
    {
        var json = JsonNode.Parse(FhirFlagTests.CarerFlag("9990000018").ToJson())!.AsObject();
        json["identifier"] = new JsonArray(JsonNode.Parse(identifier.Replace("LONG", new string('x', 257), StringComparison.Ordinal)));
        var response = await Gp().SendAsync(Post(json.ToJsonString(), null), Ct);
        var outcome = Assert.IsType<OperationOutcome>(await ReadResource(response, HttpStatusCode.BadRequest));
        Assert.Contains(reason, outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task The_answer_to_a_create_is_the_flag_as_stored_with_its_version()
    {
        var response = await Gp().SendAsync(Post(IdentifiedFlag("flag-11"), null), Ct);
        var flag = Assert.IsType<Flag>(await ReadResource(response, HttpStatusCode.Created));

        Assert.Equal($"/fhir/Flag/{flag.Id}", response.Headers.Location!.ToString());
        Assert.Equal("1", flag.Meta.VersionId);
        Assert.NotNull(flag.Meta.LastUpdated);
        Assert.Equal("W/\"1\"", response.Headers.ETag!.ToString());
        Assert.Equal("flag-11", flag.Identifier.Single().Value);
        Assert.Equal("9990000018", flag.Subject.Identifier.Value);
        Assert.Equal(true, (flag.GetExtension("https://carers.luton.gov.uk/fhir/StructureDefinition/consent-to-contact").Value as FhirBoolean)?.Value);
    }
}
