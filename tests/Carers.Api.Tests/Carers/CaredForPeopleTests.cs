using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Carers;

/// <summary>AddCaredForPerson and EndCaringRelationship.</summary>
public sealed class CaredForPeopleTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_carer_adds_someone_in_Luton_and_sees_them_on_their_record()
    {
        var client = Carer(NewSubject());
        var (_, etag) = await RegisterAsync(client);

        var response = await client.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var person = await ReadJson(response);
        Assert.Equal("hours20To49", person["hoursBand"]!.GetValue<string>());
        var read = await client.GetAsync("/api/me/carer", Ct);
        var record = await ReadJson(read);
        Assert.Equal(person["relationshipId"]!.GetValue<string>(), record["caredForPeople"]![0]!["relationshipId"]!.GetValue<string>());
        Assert.NotEqual(etag, read.Headers.ETag?.ToString());
    }

    [Theory]
    [InlineData("SG1 1AA")]
    [InlineData("LU5 4AA")]
    [InlineData("LU7 1AA")]
    public async Task The_person_cared_for_must_live_in_Luton(string postcode)
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);

        var response = await client.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(postcode), Ct);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("postcode", ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("caring_relationship"));
    }

    [Fact]
    public async Task The_Luton_districts_are_configuration()
    {
        await using var factory = Api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?>
        {
            ["Luton:PostcodeDistricts:0"] = "LU5",
            ["Luton:PostcodeDistricts:1"] = "",
            ["Luton:PostcodeDistricts:2"] = "",
            ["Luton:PostcodeDistricts:3"] = "",
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Api.TokenFor("Carer", NewSubject()));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/me/carer", ValidRegistration(), Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson("LU5 4AA"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson("LU1 1AA"), Ct)).StatusCode);
    }

    [Theory]
    [InlineData("""{"givenName":"Bola","familyName":"Testcared","postcode":"LU2 7XY","relationship":"parent","mainNeed":"dementia","hoursPerWeek":"35","livesWithCarer":true,"startedOn":"2020-01-01"}""", "hoursPerWeek")]
    [InlineData("""{"givenName":"Bola","familyName":"Testcared","postcode":"LU2 7XY","relationship":"parent","mainNeed":"dementia","hoursPerWeek":200,"livesWithCarer":true,"startedOn":"2020-01-01"}""", "hoursPerWeek")]
    [InlineData("""{"givenName":"Bola","familyName":"Testcared","postcode":"LU2 7XY","relationship":"boss","mainNeed":"dementia","hoursPerWeek":20,"livesWithCarer":true,"startedOn":"2020-01-01"}""", "relationship")]
    [InlineData("""{"givenName":"Bola","familyName":"Testcared","postcode":"LU2 7XY","relationship":"parent","mainNeed":"dementia","hoursPerWeek":20,"livesWithCarer":"yes","startedOn":"2020-01-01"}""", "livesWithCarer")]
    [InlineData("""{"givenName":"Bola","familyName":"Testcared","postcode":"LU2 7XY","relationship":"parent","mainNeed":"dementia","hoursPerWeek":20,"livesWithCarer":true,"startedOn":"2999-01-01"}""", "startedOn")]
    public async Task Bad_input_is_400_and_writes_nothing(string body, string field)
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);

        var response = await client.PostAsync("/api/me/carer/cared-for-people", Json(body), Ct);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("caring_relationship"));
        Assert.Equal(0, await CountAsync("cared_for_person"));
    }

    [Fact]
    public async Task Ending_every_relationship_makes_an_ex_carer()
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);
        var person = await ReadJson(await client.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));

        var response = await client.PostAsJsonAsync($"/api/me/carer/cared-for-people/{person["relationshipId"]}/end", new { endedOn = "2024-06-30" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2024-06-30", (await ReadJson(response))["endedOn"]!.GetValue<string>());
        var record = await ReadJson(await client.GetAsync("/api/me/carer", Ct));
        Assert.Equal("exCarer", record["category"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ending_a_relationship_twice_is_409()
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);
        var person = await ReadJson(await client.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));
        var url = $"/api/me/carer/cared-for-people/{person["relationshipId"]}/end";
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(url, new { endedOn = "2024-06-30" }, Ct)).StatusCode);

        await AssertProblem(await client.PostAsJsonAsync(url, new { endedOn = "2024-07-30" }, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_end_before_the_start_is_400()
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);
        var person = await ReadJson(await client.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));

        var response = await client.PostAsJsonAsync($"/api/me/carer/cared-for-people/{person["relationshipId"]}/end", new { endedOn = "2019-12-31" }, Ct);

        Assert.Contains("endedOn", ErrorKeys(await AssertProblem(response, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task Carer_B_cannot_end_carer_As_relationship_it_is_404_and_nothing_changes()
    {
        var alice = Carer(NewSubject());
        await RegisterAsync(alice);
        var person = await ReadJson(await alice.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));
        var bobSubject = NewSubject();
        var bob = Carer(bobSubject);
        await RegisterAsync(bob, ValidRegistration(givenName: "Bob"));

        var response = await bob.PostAsJsonAsync($"/api/me/carer/cared-for-people/{person["relationshipId"]}/end", new { endedOn = "2024-06-30" }, Ct);

        await AssertProblem(response, HttpStatusCode.NotFound);
        var record = await ReadJson(await alice.GetAsync("/api/me/carer", Ct));
        Assert.Null(record["caredForPeople"]![0]!["endedOn"]);
        Assert.Contains(await AuditFor(bobSubject), a => a is { action: "EndCaringRelationship", outcome: "notFound" });
    }
}
