// Firely's FHIR classes declare every element nullable; where a test reads one that is missing it fails with a
// NullReferenceException, which is the failure wanted, so the nullable warnings are off here.
#nullable disable warnings
using System.Net;
using System.Text;
using Carers.Api.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Carers.Api.Tests.GpFlags;

/// <summary>POST /fhir with Bundle entries that carry request.ifNoneExist, and identifiers repeated within and across Bundles.</summary>
public sealed class ProcessGpFlagBundleTests(ApiFixture api) : ApiTest(api)
{
    private const string FlagSystem = "https://fhir.example-gp-supplier.co.uk/Id/carer-flag";

    private HttpClient Gp() => Api.ClientAs("GpSystem", "gp-A12345", odsCode: "A12345");

    private static Bundle.EntryComponent Entry(Flag flag, bool conditional) => new()
    {
        Resource = flag,
        Request = new Bundle.RequestComponent
        {
            Method = Bundle.HTTPVerb.POST,
            Url = "Flag",
            IfNoneExist = conditional ? $"identifier={FlagSystem}|{flag.Identifier[0].Value}" : null,
        },
    };

    private static Bundle Of(Bundle.BundleType type, params Bundle.EntryComponent[] entries) => new() { Type = type, Entry = [.. entries] };

    private async Task<Resource> Send(Bundle bundle, HttpStatusCode status)
    {
        var response = await Gp().PostAsync("/fhir", new StringContent(bundle.ToJson(), Encoding.UTF8, "application/fhir+json"), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return new FhirJsonDeserializer().DeserializeResource(text);
    }

    private static Flag Identified(string value, string nhsNumber = "9990000018", string recordedOn = "2025-03-01") =>
        RecordGpFlagTests.IdentifiedFlag(value, nhsNumber: nhsNumber, recordedOn: recordedOn, system: FlagSystem);

    [Fact]
    public async Task A_resubmitted_conditional_batch_creates_nothing_and_answers_the_same_locations()
    {
        var bundle = Of(Bundle.BundleType.Batch, Entry(Identified("b-1"), true), Entry(Identified("b-2", nhsNumber: "9990000026"), true));

        var first = Assert.IsType<Bundle>(await Send(bundle, HttpStatusCode.OK));
        // Resent after an edit in the practice's system: other dates, same identifiers.
        var again = Assert.IsType<Bundle>(await Send(Of(Bundle.BundleType.Batch, Entry(Identified("b-1", recordedOn: "2025-03-05"), true),
            Entry(Identified("b-2", nhsNumber: "9990000026", recordedOn: "2025-03-05"), true)), HttpStatusCode.OK));

        Assert.Equal(["201 Created", "201 Created"], first.Entry.Select(e => e.Response.Status));
        Assert.Equal(["200 OK", "200 OK"], again.Entry.Select(e => e.Response.Status));
        Assert.Equal(first.Entry.Select(e => e.Response.Location), again.Entry.Select(e => e.Response.Location));
        Assert.Equal(2, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task Within_a_batch_a_repeated_identifier_is_409_without_a_condition_and_the_first_flag_with_one()
    {
        var bundle = Of(Bundle.BundleType.Batch,
            Entry(Identified("b-3"), false),
            Entry(Identified("b-3", nhsNumber: "9990000026"), false),
            Entry(Identified("b-3", nhsNumber: "9990000034"), true));

        var answer = Assert.IsType<Bundle>(await Send(bundle, HttpStatusCode.OK));

        Assert.Equal(["201 Created", "409", "200 OK"], answer.Entry.Select(e => e.Response.Status));
        Assert.Equal(answer.Entry[0].Response.Location, answer.Entry[2].Response.Location);
        var duplicate = Assert.IsType<OperationOutcome>(answer.Entry[1].Response.Outcome);
        Assert.Equal(OperationOutcome.IssueType.Duplicate, duplicate.Issue[0].Code);
        Assert.Equal(1, await CountAsync("gp_flag"));
        Assert.Equal(1, await CountAsync("gp_identified_person"));
    }

    [Fact]
    public async Task A_transaction_whose_flag_repeats_a_stored_identifier_without_a_condition_writes_nothing()
    {
        Assert.IsType<Bundle>(await Send(Of(Bundle.BundleType.Batch, Entry(Identified("t-1"), false)), HttpStatusCode.OK));

        var outcome = Assert.IsType<OperationOutcome>(await Send(Of(Bundle.BundleType.Transaction,
            Entry(Identified("t-2", nhsNumber: "9990000026"), false),
            Entry(Identified("t-1", nhsNumber: "9990000034"), false)), HttpStatusCode.Conflict));

        Assert.Equal("Bundle.entry[1]", Assert.Single(outcome.Issue).Expression.Single());
        Assert.Equal(1, await CountAsync("gp_flag"));
        Assert.Equal(0, await CountAsync("gp_identified_person WHERE nhs_number IN ('9990000026', '9990000034')"));
    }

    [Fact]
    public async Task A_conditional_transaction_keeps_the_flags_already_there_and_adds_the_new_ones()
    {
        var first = Assert.IsType<Bundle>(await Send(Of(Bundle.BundleType.Transaction, Entry(Identified("t-3"), true)), HttpStatusCode.OK));

        var second = Assert.IsType<Bundle>(await Send(Of(Bundle.BundleType.Transaction,
            Entry(Identified("t-3", recordedOn: "2025-04-01"), true), Entry(Identified("t-4", nhsNumber: "9990000026"), true)), HttpStatusCode.OK));

        Assert.Equal(Bundle.BundleType.TransactionResponse, second.Type);
        Assert.Equal(["200 OK", "201 Created"], second.Entry.Select(e => e.Response.Status));
        Assert.Equal(first.Entry[0].Response.Location, second.Entry[0].Response.Location);
        Assert.Equal(2, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task A_condition_that_is_not_the_entrys_identifier_refuses_that_entry()
    {
        var flag = Identified("b-5");
        var entry = Entry(flag, true);
        entry.Request.IfNoneExist = $"identifier={FlagSystem}|b-6";
        var answer = Assert.IsType<Bundle>(await Send(Of(Bundle.BundleType.Batch, entry, Entry(Identified("b-7", nhsNumber: "9990000026"), true)), HttpStatusCode.OK));

        Assert.Equal(["400", "201 Created"], answer.Entry.Select(e => e.Response.Status));
        Assert.Contains("own identifier", Assert.IsType<OperationOutcome>(answer.Entry[0].Response.Outcome).Issue[0].Diagnostics, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("gp_flag"));
    }

    [Fact]
    public async Task A_value_only_condition_matching_two_flags_refuses_a_transaction_with_412()
    {
        Assert.IsType<Bundle>(await Send(Of(Bundle.BundleType.Batch,
            Entry(RecordGpFlagTests.IdentifiedFlag("same", system: "https://a.example/ids"), false),
            Entry(RecordGpFlagTests.IdentifiedFlag("same", nhsNumber: "9990000026", system: "https://b.example/ids"), false)), HttpStatusCode.OK));
        var entry = Entry(RecordGpFlagTests.IdentifiedFlag("same", nhsNumber: "9990000034", system: "https://c.example/ids"), false);
        entry.Request.IfNoneExist = "identifier=same";

        var outcome = Assert.IsType<OperationOutcome>(await Send(Of(Bundle.BundleType.Transaction, entry), HttpStatusCode.PreconditionFailed));

        Assert.Equal(OperationOutcome.IssueType.MultipleMatches, outcome.Issue[0].Code);
        Assert.Equal(2, await CountAsync("gp_flag"));
    }
}
