using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Carers;

/// <summary>Staff change a carer's details: If-Match, through the matcher, audited (issue #14).</summary>
public sealed class ChangeCarerDetailsTests(ApiFixture api) : ApiTest(api)
{
    private async Task<(string Id, string ETag)> StaffCarerAsync(string? nhsNumber = null, string familyName = "Phonecaller")
    {
        var response = await Assessor().PostAsJsonAsync("/api/carers", RegisterCarerByStaffTests.StaffRegistration(nhsNumber: nhsNumber, familyName: familyName), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await ReadJson(response))["id"]!.GetValue<string>(), response.Headers.ETag!.ToString());
    }

    private static object Changed(string familyName = "Phonecaller", string postcode = "LU4 8QQ", string dateOfBirth = "1968-09-30", string? nhsNumber = null) => new
    {
        givenName = "Dara",
        familyName,
        dateOfBirth,
        postcode,
        addressLine1 = "12 New Street",
        town = "Luton",
        preferredLanguage = "pl",
        preferredContactChannel = "post",
        phone = "01582 654321",
        nhsNumber,
        gpPracticeOdsCode = "A12345",
    };

    private HttpRequestMessage Put(string id, object body, string? etag) =>
        new(HttpMethod.Put, $"/api/carers/{id}") { Content = JsonContent.Create(body), Headers = { { "If-Match", etag is null ? [] : [etag] } } };

    [Fact]
    public async Task Staff_change_the_details_with_the_version_they_read_and_it_is_audited()
    {
        var (id, etag) = await StaffCarerAsync();

        var response = await Assessor().SendAsync(Put(id, Changed(nhsNumber: "9434765919"), etag), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag!.ToString());
        var body = await ReadJson(response);
        Assert.Equal(0, body["probableMatchesQueued"]!.GetValue<int>());
        Assert.Equal("12 New Street", body["carer"]!["addressLine1"]!.GetValue<string>());
        var read = await ReadJson(await Assessor().GetAsync($"/api/carers/{id}", Ct));
        Assert.Equal("pl", read["preferredLanguage"]!.GetValue<string>());
        Assert.Equal("9434765919", read["nhsNumber"]!.GetValue<string>());
        Assert.Equal("A12345", read["gpPracticeOdsCode"]!.GetValue<string>());
        Assert.Contains(await AuditFor("assessor-1"), a => a.action == "ChangeCarerDetails" && a.record_id == id && a.outcome == "success");
    }

    // Decision 0023: a claimed (unverified) NHS number stays while staff save without one, and goes when staff give one.
    [Fact]
    public async Task A_claimed_nhs_number_stays_until_staff_give_a_verified_one()
    {
        await StaffCarerAsync(nhsNumber: "9000000009", familyName: "Holder");
        var signer = Carer(NewSubject("signer"));
        var (own, _) = await RegisterAsync(signer, ValidRegistration(nhsNumber: "9000000009"));
        var id = own["id"]!.GetValue<string>();
        var read = await Assessor().GetAsync($"/api/carers/{id}", Ct);

        var kept = await Assessor().SendAsync(Put(id, Changed(), read.Headers.ETag!.ToString()), Ct);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal("9000000009", (await ReadJson(kept))["carer"]!["claimedNhsNumber"]!.GetValue<string>());

        var settled = await Assessor().SendAsync(Put(id, Changed(nhsNumber: "9434765919"), kept.Headers.ETag!.ToString()), Ct);
        Assert.Equal(HttpStatusCode.OK, settled.StatusCode);
        var carer = (await ReadJson(settled))["carer"]!;
        Assert.Equal("9434765919", carer["nhsNumber"]!.GetValue<string>());
        Assert.Null(carer["claimedNhsNumber"]?.GetValue<string>());
        Assert.Equal("9434765919", (await ReadJson(await signer.GetAsync("/api/me/carer", Ct)))["nhsNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_and_with_a_stale_one_412_and_nothing_changes()
    {
        var (id, etag) = await StaffCarerAsync();
        Assert.Equal(HttpStatusCode.OK, (await Assessor().SendAsync(Put(id, Changed(postcode: "LU2 0AA"), etag), Ct)).StatusCode);

        await AssertProblem(await Assessor().SendAsync(Put(id, Changed(postcode: "LU3 1AA"), null), Ct), (HttpStatusCode)428);
        await AssertProblem(await Assessor().SendAsync(Put(id, Changed(postcode: "LU3 1AA"), etag), Ct), HttpStatusCode.PreconditionFailed);
        await AssertProblem(await Assessor().SendAsync(Put(id, Changed(postcode: "LU3 1AA"), "W/\"v1\""), Ct), HttpStatusCode.PreconditionFailed);

        Assert.Equal("LU2 0AA", (await ReadJson(await Assessor().GetAsync($"/api/carers/{id}", Ct)))["postcode"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_NHS_number_another_record_holds_is_refused_pointing_at_it_and_nothing_changes()
    {
        var (other, _) = await StaffCarerAsync(nhsNumber: "9000000009", familyName: "Otherperson");
        var (id, etag) = await StaffCarerAsync();

        var problem = await AssertProblem(await Assessor().SendAsync(Put(id, Changed(nhsNumber: "9000000009"), etag), Ct), HttpStatusCode.Conflict);

        Assert.Equal(other, problem["existingCarerId"]!.GetValue<string>());
        Assert.Equal("https://carers.luton.gov.uk/problems/nhs-number-held", problem["type"]!.GetValue<string>());
        Assert.Contains("match queue", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var read = await ReadJson(await Assessor().GetAsync($"/api/carers/{id}", Ct));
        Assert.Null(read["nhsNumber"]);
        Assert.Null(read["addressLine1"]);
        // Keeping its own NHS number is not a clash.
        var (own, ownETag) = await StaffCarerAsync(nhsNumber: "9434765919", familyName: "Ownnumber");
        Assert.Equal(HttpStatusCode.OK, (await Assessor().SendAsync(Put(own, Changed(familyName: "Ownnumber", nhsNumber: "9434765919"), ownETag), Ct)).StatusCode);
    }

    [Fact]
    public async Task A_change_that_makes_a_probable_match_queues_the_pair()
    {
        var (other, _) = await StaffCarerAsync(familyName: "Samename");
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.ExecuteAsync("UPDATE carer SET postcode = 'LU1 1AA' WHERE id = @Id", new { Id = Guid.Parse(other) });
        }

        var (id, etag) = await StaffCarerAsync(familyName: "Differentname");

        var response = await Assessor().SendAsync(Put(id, Changed(familyName: "Samename", postcode: "LU1 1AA"), etag), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await ReadJson(response))["probableMatchesQueued"]!.GetValue<int>());
        var pair = Assert.Single((await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct)))["items"]!.AsArray())!;
        Assert.Equal(new[] { id, other }.Order(), new[] { pair["incoming"]!["id"]!.GetValue<string>(), pair["existing"]!["id"]!.GetValue<string>() }.Order());
    }

    [Fact]
    public async Task An_unknown_carer_is_404_and_bad_details_400()
    {
        var (id, etag) = await StaffCarerAsync();
        await AssertProblem(await Assessor().SendAsync(Put(Guid.NewGuid().ToString(), Changed(), "\"v1\""), Ct), HttpStatusCode.NotFound);
        var problem = await AssertProblem(await Assessor().SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/carers/{id}")
        {
            Content = Json("{\"givenName\": \"\", \"postcode\": \"nowhere\"}"),
            Headers = { { "If-Match", etag } },
        }, Ct), HttpStatusCode.BadRequest);
        Assert.Contains("postcode", ErrorKeys(problem));
    }

    [Fact]
    public async Task A_record_merged_away_is_not_changed_and_staff_are_pointed_at_the_one_kept()
    {
        var (kept, _) = await StaffCarerAsync(familyName: "Keptrecord");
        var (merged, etag) = await StaffCarerAsync(familyName: "Mergedrecord");
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.ExecuteAsync("UPDATE carer SET merged_into = @Kept WHERE id = @Merged", new { Kept = Guid.Parse(kept), Merged = Guid.Parse(merged) });
        }

        var problem = await AssertProblem(await Assessor().SendAsync(Put(merged, Changed(familyName: "Mergedrecord"), etag), Ct), HttpStatusCode.Conflict);

        Assert.Equal(kept, problem["existingCarerId"]!.GetValue<string>());
        Assert.Null((await ReadJson(await Assessor().GetAsync($"/api/carers/{merged}", Ct)))["addressLine1"]);
    }

    [Fact]
    public async Task Carers_and_partners_cannot_change_records_here()
    {
        var (id, etag) = await StaffCarerAsync();
        await AssertProblem(await Carer(NewSubject()).SendAsync(Put(id, Changed(), etag), Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner("CarersCentral").SendAsync(Put(id, Changed(), etag), Ct), HttpStatusCode.Forbidden);
        Assert.Equal(JsonValue.Create("LU4 8QQ")!.ToJsonString(), (await ReadJson(await Assessor().GetAsync($"/api/carers/{id}", Ct)))["postcode"]!.ToJsonString());
    }
}
