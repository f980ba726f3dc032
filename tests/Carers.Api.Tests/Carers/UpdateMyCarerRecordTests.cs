using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Carers;

public sealed class UpdateMyCarerRecordTests(ApiFixture api) : ApiTest(api)
{
    private static object Changed(string givenName = "Amarachi") => new
    {
        givenName,
        familyName = "Testcarer",
        dateOfBirth = "1975-03-14",
        postcode = "LU4 9ZZ",
        preferredLanguage = "ig",
        preferredContactChannel = "text",
        phone = "07700 900123",
        reasonableAdjustments = new[] { "interpreter" },
    };

    private static HttpRequestMessage Put(object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/me/carer") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    [Fact]
    public async Task A_carer_changes_their_details_with_the_current_etag()
    {
        var client = Carer(NewSubject());
        var (_, etag) = await RegisterAsync(client);

        var response = await client.SendAsync(Put(Changed(), etag), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"v2\"", response.Headers.ETag?.ToString());
        var record = await ReadJson(response);
        Assert.Equal("Amarachi", record["givenName"]!.GetValue<string>());
        Assert.Equal("LU4 9ZZ", record["postcode"]!.GetValue<string>());
        Assert.Equal("interpreter", record["reasonableAdjustments"]![0]!.GetValue<string>());
    }

    // The NHS-number oracle (decision 0023): changing to a number another record holds answers as a free number does.
    [Fact]
    public async Task Changing_to_an_nhs_number_held_elsewhere_answers_as_a_free_number_does_and_queues_a_claim()
    {
        var known = await ReferAsync(Partner("CarersCentral"), Referral(nhsNumber: "9000000009"));
        var knownVersion = await ScalarAsync<int>($"SELECT version FROM carer WHERE id = '{known}'");
        var freeClient = Carer(NewSubject());
        var (_, freeEtag) = await RegisterAsync(freeClient, ValidRegistration(familyName: "Freeman"));
        var heldClient = Carer(NewSubject());
        var (own, heldEtag) = await RegisterAsync(heldClient, ValidRegistration(familyName: "Heldman"));

        var free = await freeClient.SendAsync(Put(WithNhsNumber("9434765919"), freeEtag), Ct);
        var held = await heldClient.SendAsync(Put(WithNhsNumber("900 000 0009"), heldEtag), Ct);

        Assert.Equal(HttpStatusCode.OK, free.StatusCode);
        Assert.Equal(free.StatusCode, held.StatusCode);
        Assert.Equal(free.Headers.ETag, held.Headers.ETag);
        var heldRecord = await ReadJson(held);
        Assert.Equal("9434765919", (await ReadJson(free))["nhsNumber"]!.GetValue<string>());
        Assert.Equal("9000000009", heldRecord["nhsNumber"]!.GetValue<string>());
        Assert.DoesNotContain(known.ToString(), heldRecord.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("9000000009", (await ReadJson(await heldClient.GetAsync("/api/me/carer", Ct)))["nhsNumber"]!.GetValue<string>());

        var ownId = own["id"]!.GetValue<string>();
        Assert.Equal(1, await CountAsync($"match_candidate WHERE kind = 'signInClaim' AND carer_id = '{ownId}' AND candidate_id = '{known}' AND claimed_nhs_number = '9000000009'"));
        Assert.Equal(1, await CountAsync($"carer WHERE id = '{ownId}' AND nhs_number IS NULL AND claimed_nhs_number = '9000000009'"));
        Assert.Equal(knownVersion, await ScalarAsync<int>($"SELECT version FROM carer WHERE id = '{known}' AND nhs_number = '9000000009'"));

        // Saving again with the same number changes nothing about the claim; taking it off clears it.
        var again = await heldClient.SendAsync(Put(WithNhsNumber("9000000009"), held.Headers.ETag!.ToString()), Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await CountAsync($"match_candidate WHERE carer_id = '{ownId}' AND candidate_id = '{known}'"));
        var cleared = await heldClient.SendAsync(Put(Changed(), again.Headers.ETag!.ToString()), Ct);
        Assert.Null((await ReadJson(cleared))["nhsNumber"]?.GetValue<string>());
        Assert.Equal(1, await CountAsync($"carer WHERE id = '{ownId}' AND nhs_number IS NULL AND claimed_nhs_number IS NULL"));
    }

    private static object WithNhsNumber(string nhsNumber) => new
    {
        givenName = "Amara",
        familyName = "Testcarer",
        dateOfBirth = "1975-03-14",
        postcode = "LU1 3AB",
        preferredLanguage = "en",
        preferredContactChannel = "text",
        phone = "07700 900123",
        nhsNumber,
    };

    [Fact]
    public async Task A_stale_etag_is_412_and_nothing_changes()
    {
        var subject = NewSubject();
        var client = Carer(subject);
        var (_, etag) = await RegisterAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Put(Changed("First"), etag), Ct)).StatusCode);

        var response = await client.SendAsync(Put(Changed("Second"), etag), Ct);

        await AssertProblem(response, HttpStatusCode.PreconditionFailed);
        var record = await ReadJson(await client.GetAsync("/api/me/carer", Ct));
        Assert.Equal("First", record["givenName"]!.GetValue<string>());
        Assert.Contains(await AuditFor(subject), a => a is { action: "UpdateMyCarerRecord", outcome: "preconditionFailed" });
    }

    [Theory]
    [InlineData(null, HttpStatusCode.PreconditionRequired)]
    [InlineData("W/\"v1\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"banana\"", HttpStatusCode.PreconditionFailed)]
    public async Task A_missing_or_malformed_if_match_is_refused_and_nothing_changes(string? ifMatch, HttpStatusCode status)
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);

        var response = await client.SendAsync(Put(Changed(), ifMatch), Ct);

        await AssertProblem(response, status);
        var record = await ReadJson(await client.GetAsync("/api/me/carer", Ct));
        Assert.Equal("Amara", record["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_concurrent_updates_with_one_etag_let_exactly_one_through()
    {
        var client = Carer(NewSubject());
        var (_, etag) = await RegisterAsync(client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.SendAsync(Put(Changed($"Name{(char)('a' + i)}"), etag), Ct)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT version FROM carer"));
    }

    [Fact]
    public async Task Invalid_details_are_400_and_nothing_changes()
    {
        var client = Carer(NewSubject());
        var (_, etag) = await RegisterAsync(client);

        var response = await client.SendAsync(Put(new { givenName = "<b>x</b>", familyName = "Testcarer", dateOfBirth = "1975-03-14", postcode = "LU1 3AB",
            preferredLanguage = "en", preferredContactChannel = "email" }, etag), Ct);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("givenName", ErrorKeys(problem));
        Assert.Contains("email", ErrorKeys(problem));
        var record = await ReadJson(await client.GetAsync("/api/me/carer", Ct));
        Assert.Equal("Amara", record["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Updating_before_registering_is_404()
    {
        var response = await Carer(NewSubject()).SendAsync(Put(Changed(), "\"v1\""), Ct);
        await AssertProblem(response, HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("carer"));
    }
}
