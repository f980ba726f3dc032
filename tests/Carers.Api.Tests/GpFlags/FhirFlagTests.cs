using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Serialization;
using Npgsql;

namespace Carers.Api.Tests.GpFlags;

/// <summary>GP carer flags over FHIR R4 (SPEC §2): RecordGpFlag, ProcessGpFlagBundle, GetFhirMetadata.</summary>
public sealed class FhirFlagTests(ApiFixture api) : ApiTest(api)
{
    private const string Practice = "A12345";

    public static Flag CarerFlag(string nhsNumber = "9434765919", string code = "224484003", string recordedOn = "2025-01-15",
        string ods = Practice, Flag.FlagStatus status = Flag.FlagStatus.Active, bool consentToContact = false)
    {
        var flag = new Flag
        {
            Status = status,
            Code = new CodeableConcept("http://snomed.info/sct", code),
            Subject = new ResourceReference { Identifier = new Identifier("https://fhir.nhs.uk/Id/nhs-number", nhsNumber) },
            Author = new ResourceReference { Identifier = new Identifier("https://fhir.nhs.uk/Id/ods-organization-code", ods) },
            Period = new Period { Start = recordedOn },
        };
        if (consentToContact) flag.SetExtension("https://carers.luton.gov.uk/fhir/StructureDefinition/consent-to-contact", new FhirBoolean(true));
        return flag;
    }

    public static Bundle BundleOf(Bundle.BundleType type, params Resource[] resources) => new()
    {
        Type = type,
        Entry = resources.Select(r => new Bundle.EntryComponent
        {
            Resource = r,
            Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = "Flag" },
        }).ToList(),
    };

    private HttpClient Gp(string ods = Practice) => Api.ClientAs("GpSystem", $"gp-{ods}", odsCode: ods);

    private static StringContent Fhir(Resource resource) => Fhir(resource.ToJson());

    private static StringContent Fhir(string json) => new(json, Encoding.UTF8, "application/fhir+json");

    private static async Task<JsonObject> AssertOutcome(HttpResponseMessage response, HttpStatusCode status, string? diagnosticsContains = null)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var outcome = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("OperationOutcome", outcome["resourceType"]!.GetValue<string>());
        if (diagnosticsContains is not null) Assert.Contains(diagnosticsContains, text, StringComparison.Ordinal);
        return outcome;
    }

    [Fact]
    public async Task The_capability_statement_is_public_and_says_FHIR_4_0_1()
    {
        var response = await Anonymous().GetAsync("/fhir/metadata", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var statement = new FhirJsonDeserializer().DeserializeResource(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(FHIRVersion.N4_0_1, Assert.IsType<CapabilityStatement>(statement).FhirVersion);
    }

    [Fact]
    public async Task A_flag_for_a_known_carer_is_stored_once_and_a_replay_is_harmless()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(nhsNumber: "9434765919"));

        var first = await Gp().PostAsync("/fhir/Flag", Fhir(CarerFlag()), Ct);
        var replay = await Gp().PostAsync("/fhir/Flag", Fhir(CarerFlag()), Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(Guid.Parse(record["id"]!.GetValue<string>()), await connection.ExecuteScalarAsync<Guid>("SELECT carer_id FROM gp_flag"));
        Assert.Equal(1, await CountAsync("gp_flag"));
        var feed = await ReadJson(await Assessor().GetAsync("/api/gp-flags", Ct));
        Assert.Equal("knownCarer", feed["items"]![0]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_patient_who_agreed_to_contact_awaits_contact_and_one_who_did_not_is_only_counted()
    {
        Assert.Equal(HttpStatusCode.Created, (await Gp().PostAsync("/fhir/Flag", Fhir(CarerFlag("9434765919", consentToContact: true)), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Gp().PostAsync("/fhir/Flag", Fhir(CarerFlag("9000000009")), Ct)).StatusCode);

        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal("awaitingContact", await connection.ExecuteScalarAsync<string>("SELECT status FROM gp_identified_person WHERE nhs_number = '9434765919'"));
        Assert.Equal(1, await CountAsync("gp_identified_person"));
        Assert.Equal(1, await CountAsync("gp_flag WHERE nhs_number IS NULL"));
        Assert.Equal(0, await CountAsync("gp_flag WHERE nhs_number = '9000000009'"));
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Fact]
    public async Task The_latest_flag_by_date_wins_and_no_longer_a_carer_ends_it()
    {
        var gp = Gp();
        await gp.PostAsync("/fhir/Flag", Fhir(CarerFlag(recordedOn: "2024-01-01", consentToContact: true)), Ct);
        await gp.PostAsync("/fhir/Flag", Fhir(CarerFlag(code: "199361000000101", recordedOn: "2025-01-01", consentToContact: true)), Ct);
        await gp.PostAsync("/fhir/Flag", Fhir(CarerFlag(code: "302767002", recordedOn: "2023-06-01", consentToContact: true)), Ct);

        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var person = await connection.QuerySingleAsync<(bool IsCarer, string Status)>("SELECT is_carer, status FROM gp_identified_person");
        Assert.Equal((false, "noLongerACarer"), person);

        await gp.PostAsync("/fhir/Flag", Fhir(CarerFlag(code: "407542009", recordedOn: "2025-06-01", consentToContact: true)), Ct);
        Assert.Equal((true, "awaitingContact"), await connection.QuerySingleAsync<(bool, string)>("SELECT is_carer, status FROM gp_identified_person"));
    }

    public static TheoryData<string, Flag, HttpStatusCode, string> RefusedFlags => new()
    {
        { "paid caregiver", CarerFlag(code: "229774002"), HttpStatusCode.UnprocessableEntity, "paid caregiver" },
        { "unknown code", CarerFlag(code: "22298006"), HttpStatusCode.UnprocessableEntity, "not a carer code" },
        { "check digit wrong", CarerFlag(code: "224484004"), HttpStatusCode.BadRequest, "Verhoeff" },
        { "not a number", CarerFlag(code: "carer"), HttpStatusCode.BadRequest, "Verhoeff" },
        { "invalid NHS number", CarerFlag(nhsNumber: "9991234560"), HttpStatusCode.BadRequest, "Modulus 11" },
        { "future date", CarerFlag(recordedOn: "2999-01-01"), HttpStatusCode.BadRequest, "future" },
        { "another practice's ODS code", CarerFlag(ods: "B99999"), HttpStatusCode.Forbidden, "its own ODS code" },
    };

    [Theory]
    [MemberData(nameof(RefusedFlags))]
    public async Task Each_bad_flag_is_refused_for_its_own_reason_and_nothing_is_written(string because, Flag flag, HttpStatusCode status, string reason)
    {
        var response = await Gp().PostAsync("/fhir/Flag", Fhir(flag), Ct);
        await AssertOutcome(response, status, reason);
        Assert.True(await CountAsync("gp_flag") == 0, because);
    }

    [Theory]
    [InlineData("{\"resourceType\": \"Flag\", ")]
    [InlineData("not json")]
    [InlineData("{\"resourceType\": \"Flag\", \"status\": \"sometimes\"}")]
    [InlineData("{\"resourceType\": \"Patient\", \"id\": \"x\"}")]
    [InlineData("{\"resourceType\": \"Flag\", \"status\": 5}")]
    [InlineData("{\"resourceType\": \"Flag\", \"status\": \"active\", \"subject\": \"'; drop table gp_flag; --\"}")]
    [InlineData("[]")]
    public async Task Malformed_json_or_fhir_is_400_operation_outcome_and_writes_nothing(string body)
    {
        await AssertOutcome(await Gp().PostAsync("/fhir/Flag", Fhir(body), Ct), HttpStatusCode.BadRequest);
        await AssertOutcome(await Gp().PostAsync("/fhir", Fhir(body), Ct), HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountAsync("gp_flag"));
    }

    [Theory]
    [InlineData("{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": [] } trailing", "not valid JSON")]
    [InlineData("{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": [{\"resource\": {\"resourceType\": \"Flag\"]}", "not valid JSON")]
    [InlineData("{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": []}", "batch or transaction")]
    [InlineData("{\"type\": \"batch\", \"entry\": []}", "takes a Bundle")]
    [InlineData("{\"resourceType\": 7, \"type\": \"batch\"}", "takes a Bundle")]
    [InlineData("{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": {\"resource\": {}}}", "Bundle.entry must be an array")]
    [InlineData("\"Bundle\"", "takes a Bundle")]
    public async Task A_malformed_bundle_is_refused_whole_and_writes_nothing(string body, string reason)
    {
        await AssertOutcome(await Gp().PostAsync("/fhir", Fhir(body), Ct), HttpStatusCode.BadRequest, reason);
        Assert.Equal(0, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task Entries_without_a_resource_or_with_another_method_are_refused_one_by_one()
    {
        var flag = CarerFlag("9434765919").ToJson();
        var body = $$$"""
            {"resourceType": "Bundle", "type": "batch", "entry": [
              {"request": {"method": "POST", "url": "Flag"}},
              {"resource": {{{flag}}}, "request": {"method": "DELETE", "url": "Flag/1"}},
              {"resource": {{{flag}}}, "request": {"method": 5}},
              "not an entry",
              {"resource": [], "request": "POST"},
              {"fullUrl": "urn:uuid:1", "resource": {{{flag}}}, "request": {"url": "Flag"}}
            ]}
            """;

        var response = await Gp().PostAsync("/fhir", Fhir(body), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.IsType<Bundle>(new FhirJsonDeserializer().DeserializeResource(await response.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(["400", "400", "400", "400", "400", "201 Created"], answer.Entry.Select(e => e.Response!.Status));
        Assert.Contains("no resource", Assert.IsType<OperationOutcome>(answer.Entry[0].Response!.Outcome).Issue[0].Diagnostics, StringComparison.Ordinal);
        Assert.Contains("Only POST", Assert.IsType<OperationOutcome>(answer.Entry[1].Response!.Outcome).Issue[0].Diagnostics, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task A_batch_answers_entry_by_entry_and_keeps_the_good_ones()
    {
        var bundle = BundleOf(Bundle.BundleType.Batch,
            CarerFlag("9434765919"), CarerFlag(code: "229774002"), CarerFlag("9000000009", ods: "B99999"), CarerFlag("9000000009"), new Patient());

        var response = await Gp().PostAsync("/fhir", Fhir(bundle), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.IsType<Bundle>(new FhirJsonDeserializer().DeserializeResource(await response.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(Bundle.BundleType.BatchResponse, answer.Type);
        Assert.Equal(["201 Created", "422", "403", "201 Created", "400"], answer.Entry.Select(e => e.Response!.Status));
        Assert.Contains("paid caregiver", Assert.IsType<OperationOutcome>(answer.Entry[1].Response!.Outcome).Issue[0].Diagnostics, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task A_batch_overlapping_an_earlier_one_keeps_the_earlier_flags_and_adds_the_new_ones()
    {
        // The first batch is all new (stored by COPY); the second repeats one of its flags, so it takes
        // the ON CONFLICT path. Both must answer and store the same way.
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(nhsNumber: "9434765919"));
        var first = BundleOf(Bundle.BundleType.Batch, CarerFlag("9434765919"), CarerFlag("9000000009", consentToContact: true), CarerFlag("9876543210"));
        var second = BundleOf(Bundle.BundleType.Batch, CarerFlag("9000000009", consentToContact: true), CarerFlag("9434765919", recordedOn: "2025-02-01"));
        var batchesAudited = await CountAsync("audit_event WHERE action = 'RecordGpFlag' AND record_type = 'gpFlagBatch'"); // the audit log outlives each test

        var a = Assert.IsType<Bundle>(new FhirJsonDeserializer().DeserializeResource(await (await Gp().PostAsync("/fhir", Fhir(first), Ct)).Content.ReadAsStringAsync(Ct)));
        var b = Assert.IsType<Bundle>(new FhirJsonDeserializer().DeserializeResource(await (await Gp().PostAsync("/fhir", Fhir(second), Ct)).Content.ReadAsStringAsync(Ct)));

        Assert.Equal(["201 Created", "201 Created", "201 Created"], a.Entry.Select(e => e.Response!.Status));
        Assert.Equal(["200 OK", "201 Created"], b.Entry.Select(e => e.Response!.Status));
        Assert.Equal(a.Entry[1].Response!.Location, b.Entry[0].Response!.Location);
        Assert.Equal(4, await CountAsync("gp_flag"));
        Assert.Equal(2, await CountAsync($"gp_flag WHERE carer_id = '{record["id"]}' AND nhs_number = '9434765919'"));
        Assert.Equal(1, await CountAsync("gp_flag WHERE nhs_number = '9000000009' AND carer_id IS NULL"));
        Assert.Equal(1, await CountAsync("gp_flag WHERE nhs_number IS NULL")); // 9876543210 gave no consent: a count only
        Assert.Equal(1, await CountAsync("gp_identified_person WHERE nhs_number = '9000000009' AND status = 'awaitingContact'"));
        Assert.Equal(2, await CountAsync($"audit_event WHERE action = 'RecordGpFlag' AND record_type = 'carer' AND record_id = '{record["id"]}'"));
        Assert.Equal(batchesAudited + 2, await CountAsync("audit_event WHERE action = 'RecordGpFlag' AND record_type = 'gpFlagBatch'"));
    }

    [Fact]
    public async Task A_transaction_with_one_bad_entry_writes_nothing_and_names_the_entry()
    {
        var bundle = BundleOf(Bundle.BundleType.Transaction, CarerFlag("9434765919"), CarerFlag("9000000009"), CarerFlag(code: "224484004"));

        var outcome = await AssertOutcome(await Gp().PostAsync("/fhir", Fhir(bundle), Ct), HttpStatusCode.BadRequest, "Bundle.entry[2]");

        Assert.Single(outcome["issue"]!.AsArray());
        Assert.Equal(0, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task A_good_transaction_is_stored_whole()
    {
        var bundle = BundleOf(Bundle.BundleType.Transaction, CarerFlag("9434765919"), CarerFlag("9000000009"));
        var response = await Gp().PostAsync("/fhir", Fhir(bundle), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("transaction-response", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task A_bundle_over_the_entry_limit_is_refused_whole()
    {
        await using var small = Api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?> { ["GpFlags:MaxBundleEntries"] = "2" });
        var client = small.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor("GpSystem", "gp", odsCode: Practice));
        var bundle = BundleOf(Bundle.BundleType.Batch, CarerFlag("9434765919"), CarerFlag("9000000009"), CarerFlag("9434765919", recordedOn: "2025-02-01"));

        await AssertOutcome(await client.PostAsync("/fhir", Fhir(bundle), Ct), HttpStatusCode.RequestEntityTooLarge, "at most 2 entries");
        Assert.Equal(0, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task A_large_bundle_is_replayed_byte_for_byte_and_its_key_refuses_another_body()
    {
        // Over 64 KB, so the body is read into a pooled buffer, hashed, parsed and given back; the
        // answer is kept from pooled blocks. 300 patients, each with a valid NHS number.
        var patients = Enumerable.Range(1, 5000).Select(n => $"999{n:D6}").SelectMany(b => Enumerable.Range(0, 10).Select(d => b + d))
            .Where(global::Carers.Api.Domain.NhsNumber.IsValid).Take(300).ToList();
        var bundle = BundleOf(Bundle.BundleType.Batch, patients.Select(p => (Resource)CarerFlag(p, consentToContact: true)).ToArray()).ToJson();
        Assert.True(bundle.Length > 64 * 1024, $"the Bundle is only {bundle.Length} bytes");
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Post(string body) => new(HttpMethod.Post, "/fhir") { Content = Fhir(body), Headers = { { "Idempotency-Key", key } } };

        var first = await Gp().SendAsync(Post(bundle), Ct);
        var firstAnswer = await first.Content.ReadAsStringAsync(Ct);
        var again = await Gp().SendAsync(Post(bundle), Ct);
        var other = await Gp().SendAsync(Post(bundle.Replace(patients[0], patients[1], StringComparison.Ordinal)), Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = Assert.IsType<Bundle>(new FhirJsonDeserializer().DeserializeResource(firstAnswer));
        Assert.Equal(300, answer.Entry.Count(e => e.Response!.Status == "201 Created"));
        Assert.Equal(firstAnswer, await again.Content.ReadAsStringAsync(Ct));
        Assert.Equal("true", again.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(300, await CountAsync("gp_flag"));
        Assert.Equal(300, await CountAsync("gp_identified_person"));
    }

    [Fact]
    public async Task An_idempotency_key_replays_the_first_bundle_answer()
    {
        var bundle = BundleOf(Bundle.BundleType.Batch, CarerFlag("9434765919"));
        var key = Guid.NewGuid().ToString();
        var first = new HttpRequestMessage(HttpMethod.Post, "/fhir") { Content = Fhir(bundle), Headers = { { "Idempotency-Key", key } } };
        var again = new HttpRequestMessage(HttpMethod.Post, "/fhir") { Content = Fhir(bundle), Headers = { { "Idempotency-Key", key } } };

        var a = await Gp().SendAsync(first, Ct);
        var b = await Gp().SendAsync(again, Ct);

        var firstAnswer = await a.Content.ReadAsStringAsync(Ct);
        var answer = System.Text.Json.Nodes.JsonNode.Parse(firstAnswer)!;
        Assert.Equal("batch-response", answer["type"]!.GetValue<string>());
        Assert.Equal("201 Created", answer["entry"]![0]!["response"]!["status"]!.GetValue<string>());
        Assert.Equal(firstAnswer, await b.Content.ReadAsStringAsync(Ct));
        Assert.Equal("true", b.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal(1, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task A_gp_system_reads_nothing()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(nhsNumber: "9434765919"));
        var gp = Gp();
        await AssertProblem(await gp.GetAsync("/api/carers?name=amara", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await gp.GetAsync($"/api/carers/{record["id"]}", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await gp.GetAsync("/api/partner/carers", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await gp.GetAsync("/api/gp-flags", Ct), HttpStatusCode.Forbidden);
        await AssertOutcome(await gp.GetAsync("/fhir/Flag/1", Ct), HttpStatusCode.NotFound);
        await AssertOutcome(await gp.GetAsync("/fhir/Flag", Ct), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Errors_on_fhir_paths_are_operation_outcomes_even_before_the_handler()
    {
        await AssertOutcome(await Anonymous().PostAsync("/fhir/Flag", Fhir(CarerFlag()), Ct), HttpStatusCode.Unauthorized);
        await AssertOutcome(await Carer(NewSubject()).PostAsync("/fhir/Flag", Fhir(CarerFlag()), Ct), HttpStatusCode.Forbidden);
        await AssertOutcome(await Gp().PostAsync("/fhir/Flag", new StringContent("<Flag/>", Encoding.UTF8, "application/fhir+xml"), Ct), HttpStatusCode.UnsupportedMediaType);
    }
}
