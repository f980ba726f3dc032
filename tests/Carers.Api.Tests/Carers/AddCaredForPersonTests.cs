using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Carers;

/// <summary>One cared-for person, several carers (issue #14, decision 0023): linked, never copied, and nothing leaks.</summary>
public sealed class AddCaredForPersonTests(ApiFixture api) : ApiTest(api)
{
    /// <summary>A mother two siblings care for; also used by the staff-side tests.</summary>
    internal static object Mother(string givenName = "Grace", string familyName = "Sibling", string? dateOfBirth = "1940-02-03",
        string postcode = "LU2 7XY", string? nhsNumber = null, string relationship = "parent") => new
    {
        givenName,
        familyName,
        dateOfBirth,
        postcode,
        nhsNumber,
        relationship,
        mainNeed = "dementia",
        hoursPerWeek = 20,
        livesWithCarer = false,
        startedOn = "2021-05-01",
    };

    private async Task<HttpClient> RegisteredCarer(string givenName)
    {
        var client = Carer(NewSubject(givenName.ToLowerInvariant()));
        await RegisterAsync(client, ValidRegistration(givenName: givenName, familyName: "Sibling", dateOfBirth: "1970-01-0" + (givenName.Length % 9 + 1)));
        return client;
    }

    private async Task<JsonObject> Add(HttpClient carer, object body)
    {
        var response = await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", body, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadJson(response);
    }

    [Fact]
    public async Task Two_siblings_caring_for_their_mother_share_one_cared_for_person()
    {
        var ada = await RegisteredCarer("Ada");
        var ben = await RegisteredCarer("Ben");

        await Add(ada, Mother());
        await Add(ben, Mother());

        Assert.Equal(1, await CountAsync("cared_for_person"));
        Assert.Equal(2, await CountAsync("caring_relationship"));
    }

    [Fact]
    public async Task The_NHS_number_links_even_when_the_name_differs_and_each_carer_sees_only_what_they_typed()
    {
        var ada = await RegisteredCarer("Ada");
        var ben = await RegisteredCarer("Ben");
        await Add(ada, Mother(givenName: "Margaret", dateOfBirth: "1940-02-03", nhsNumber: "943 476 5919"));

        var added = await Add(ben, Mother(givenName: "Mum", dateOfBirth: null, postcode: "LU3 1AA", nhsNumber: "9434765919"));

        Assert.Equal(1, await CountAsync("cared_for_person"));
        var text = added.ToJsonString() + await (await ben.GetAsync("/api/me/carer", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Mum", text, StringComparison.Ordinal);
        Assert.Contains("LU3 1AA", text, StringComparison.Ordinal);
        foreach (var leak in new[] { "Margaret", "LU2 7XY", "1940-02-03", "9434765919", "Ada" })
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        var adas = await ReadJson(await ada.GetAsync("/api/me/carer", Ct));
        Assert.Equal("Margaret", adas["caredForPeople"]![0]!["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Surname_date_of_birth_and_postcode_link_ignoring_case_and_postcode_spacing()
    {
        var ada = await RegisteredCarer("Ada");
        var ben = await RegisteredCarer("Ben");
        await Add(ada, Mother());

        await Add(ben, Mother(givenName: "Gracie", familyName: "SIBLING", postcode: "lu27xy"));

        Assert.Equal(1, await CountAsync("cared_for_person"));
    }

    [Fact]
    public async Task The_same_name_date_of_birth_and_postcode_with_a_different_NHS_number_on_file_is_a_different_person()
    {
        var ada = await RegisteredCarer("Ada");
        var ben = await RegisteredCarer("Ben");
        await Add(ada, Mother(nhsNumber: "9434765919"));

        await Add(ben, Mother(nhsNumber: "9000000009"));

        Assert.Equal(2, await CountAsync("cared_for_person"));
    }

    [Theory]
    [InlineData("another surname", "Other", "1940-02-03", "LU2 7XY")]
    [InlineData("another date of birth", "Sibling", "1941-02-03", "LU2 7XY")]
    [InlineData("another postcode", "Sibling", "1940-02-03", "LU4 9ZZ")]
    [InlineData("no date of birth", "Sibling", null, "LU2 7XY")]
    public async Task No_match_creates_a_new_person(string because, string familyName, string? dateOfBirth, string postcode)
    {
        var ada = await RegisteredCarer("Ada");
        var ben = await RegisteredCarer("Ben");
        await Add(ada, Mother());

        await Add(ben, Mother(familyName: familyName, dateOfBirth: dateOfBirth, postcode: postcode));

        Assert.True(2 == await CountAsync("cared_for_person"), because);
    }

    [Fact]
    public async Task An_invalid_NHS_number_is_400_and_writes_nothing()
    {
        var ada = await RegisteredCarer("Ada");
        var problem = await AssertProblem(await ada.PostAsJsonAsync("/api/me/carer/cared-for-people", Mother(nhsNumber: "9991234560"), Ct), HttpStatusCode.BadRequest);
        Assert.Contains("nhsNumber", ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("cared_for_person"));
    }
}
