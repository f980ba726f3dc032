using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Carers;

public sealed class AddCaredForPersonForCarerTests(ApiFixture api) : ApiTest(api)
{
    private static object Mother(string? nhsNumber = "9434765919") => AddCaredForPersonTests.Mother(nhsNumber: nhsNumber);

    [Fact]
    public async Task Staff_add_a_relationship_for_a_known_carer_linked_to_the_person_another_carer_cares_for()
    {
        var ada = Carer(NewSubject("ada"));
        await RegisterAsync(ada);
        Assert.Equal(HttpStatusCode.Created, (await ada.PostAsJsonAsync("/api/me/carer/cared-for-people", Mother(), Ct)).StatusCode);
        var ben = await ReferAsync(Partner("CarersCentral"));

        var response = await Assessor().PostAsJsonAsync($"/api/carers/{ben}/cared-for-people", Mother(), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await CountAsync("cared_for_person"));
        var record = await ReadJson(await Assessor().GetAsync($"/api/carers/{ben}", Ct));
        Assert.Equal("Grace", record["caredForPeople"]![0]!["givenName"]!.GetValue<string>());
        Assert.Contains(await AuditFor("assessor-1"), a => a.action == "AddCaredForPersonForCarer" && a.record_id == ben.ToString());
    }

    [Fact]
    public async Task An_unknown_carer_is_404_and_writes_nothing()
    {
        await AssertProblem(await Assessor().PostAsJsonAsync($"/api/carers/{Guid.NewGuid()}/cared-for-people", Mother(), Ct), HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("cared_for_person"));
    }

    [Fact]
    public async Task Carers_and_partners_cannot_add_for_someone_else()
    {
        var ben = await ReferAsync(Partner("CarersCentral"));
        await AssertProblem(await Carer(NewSubject()).PostAsJsonAsync($"/api/carers/{ben}/cared-for-people", Mother(), Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner("CarersCentral").PostAsJsonAsync($"/api/carers/{ben}/cared-for-people", Mother(), Ct), HttpStatusCode.Forbidden);
        Assert.Equal(0, await CountAsync("cared_for_person"));
    }

    [Fact]
    public async Task Bad_input_is_400_keyed_by_field_and_writes_nothing()
    {
        var ben = await ReferAsync(Partner("CarersCentral"));
        var problem = await AssertProblem(await Assessor().PostAsJsonAsync($"/api/carers/{ben}/cared-for-people",
            new { givenName = "Grace", familyName = "Sibling", postcode = "SW1A 1AA", relationship = "parent", mainNeed = "unknown" }, Ct), HttpStatusCode.BadRequest);
        Assert.Contains("mainNeed", ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("cared_for_person"));
    }
}
