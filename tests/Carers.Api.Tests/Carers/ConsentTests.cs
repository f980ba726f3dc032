using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Carers;

/// <summary>GiveConsent and WithdrawConsent.</summary>
public sealed class ConsentTests(ApiFixture api) : ApiTest(api)
{
    private static object Consent(string purpose = "shareWithCarersCentral", string basis = "self") => new { purpose, basis, givenOn = "2025-01-10" };

    [Fact]
    public async Task A_carer_gives_consent_and_sees_it_given()
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);

        var response = await client.PostAsJsonAsync("/api/me/carer/consents", Consent(), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await ReadJson(await client.GetAsync("/api/me/carer", Ct));
        var consent = record["consents"]!.AsArray().Single(c => c!["purpose"]!.GetValue<string>() == "shareWithCarersCentral")!;
        Assert.Equal("given", consent["status"]!.GetValue<string>());
        Assert.Equal("self", consent["basis"]!.GetValue<string>());
        Assert.Equal("2025-01-10", consent["givenOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Giving_the_same_consent_twice_is_409()
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/me/carer/consents", Consent(), Ct)).StatusCode);

        await AssertProblem(await client.PostAsJsonAsync("/api/me/carer/consents", Consent(), Ct), HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("consent"));
    }

    [Fact]
    public async Task Withdrawing_takes_effect_at_once_keeps_the_history_and_queues_an_event_for_the_partner()
    {
        var client = Carer(NewSubject());
        var (record, _) = await RegisterAsync(client);
        await client.PostAsJsonAsync("/api/me/carer/consents", Consent("shareWithChums", "parentForChild"), Ct);

        var response = await client.PostAsync("/api/me/carer/consents/shareWithChums/withdraw", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var withdrawn = await ReadJson(response);
        Assert.Equal("withdrawn", withdrawn["status"]!.GetValue<string>());
        Assert.Equal(DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"), withdrawn["withdrawnOn"]!.GetValue<string>());
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var events = (await connection.QueryAsync<(string EventType, string Partner, Guid CarerId)>(
            "SELECT event_type, partner, carer_id FROM outbox_message")).ToList();
        Assert.Equal(("consent.withdrawn", "Chums", Guid.Parse(record["id"]!.GetValue<string>())), Assert.Single(events));

        // Given again: a new row; the withdrawn one stays as history.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/me/carer/consents", Consent("shareWithChums", "self"), Ct)).StatusCode);
        Assert.Equal(2, await CountAsync("consent"));
    }

    [Fact]
    public async Task Withdrawing_a_consent_not_in_force_is_404()
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);
        await AssertProblem(await client.PostAsync("/api/me/carer/consents/contactMe/withdraw", null, Ct), HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("outbox_message"));
    }

    [Theory]
    [InlineData("selling")]
    [InlineData("1")]
    [InlineData("SHAREWITHGP")]
    public async Task An_unknown_purpose_in_the_path_is_400(string purpose)
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);
        var problem = await AssertProblem(await client.PostAsync($"/api/me/carer/consents/{purpose}/withdraw", null, Ct), HttpStatusCode.BadRequest);
        Assert.Contains("purpose", ErrorKeys(problem));
    }

    [Theory]
    [InlineData("""{"purpose":"selling","basis":"self","givenOn":"2025-01-01"}""", "purpose")]
    [InlineData("""{"purpose":"contactMe","basis":"because","givenOn":"2025-01-01"}""", "basis")]
    [InlineData("""{"purpose":"contactMe","basis":"self","givenOn":"2999-01-01"}""", "givenOn")]
    [InlineData("""{"purpose":"contactMe","basis":"self"}""", "givenOn")]
    public async Task Bad_consent_input_is_400_and_writes_nothing(string body, string field)
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);
        var problem = await AssertProblem(await client.PostAsync("/api/me/carer/consents", Json(body), Ct), HttpStatusCode.BadRequest);
        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("consent"));
    }

    [Fact]
    public async Task One_carer_withdrawing_does_not_touch_another_carers_consent()
    {
        var alice = Carer(NewSubject());
        await RegisterAsync(alice);
        await alice.PostAsJsonAsync("/api/me/carer/consents", Consent(), Ct);
        var bob = Carer(NewSubject());
        await RegisterAsync(bob, ValidRegistration(givenName: "Bob"));

        await AssertProblem(await bob.PostAsync("/api/me/carer/consents/shareWithCarersCentral/withdraw", null, Ct), HttpStatusCode.NotFound);

        var record = await ReadJson(await alice.GetAsync("/api/me/carer", Ct));
        Assert.Equal("given", record["consents"]!.AsArray().Single(c => c!["purpose"]!.GetValue<string>() == "shareWithCarersCentral")!["status"]!.GetValue<string>());
    }
}
