using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Carers;

public sealed class ListOtherCarersOfCaredForPeopleTests(ApiFixture api) : ApiTest(api)
{
    private static object Mother() => AddCaredForPersonTests.Mother();

    [Fact]
    public async Task Staff_see_both_siblings_as_carers_of_their_mother_and_carers_cannot_ask()
    {
        var ada = Carer(NewSubject("ada"));
        var (adaRecord, _) = await RegisterAsync(ada, ValidRegistration(givenName: "Ada", familyName: "Sibling"));
        var adaRelationship = (await ReadJson(await ada.PostAsJsonAsync("/api/me/carer/cared-for-people", Mother(), Ct)))["relationshipId"]!.GetValue<string>();
        var ben = await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Ben", familyName: "Sibling"));
        var benRelationship = (await ReadJson(await Assessor().PostAsJsonAsync($"/api/carers/{ben}/cared-for-people", Mother(), Ct)))["relationshipId"]!.GetValue<string>();
        var adaId = adaRecord["id"]!.GetValue<string>();

        var forAda = await ReadJson(await Assessor().GetAsync($"/api/carers/{adaId}/other-carers", Ct));
        var forBen = await ReadJson(await Assessor().GetAsync($"/api/carers/{ben}/other-carers", Ct));

        var other = Assert.Single(forAda["items"]!.AsArray())!;
        Assert.Equal(adaRelationship, other["relationshipId"]!.GetValue<string>());
        Assert.Equal(ben.ToString(), other["carerId"]!.GetValue<string>());
        Assert.Equal("Ben", other["givenName"]!.GetValue<string>());
        Assert.True(other["stillCaring"]!.GetValue<bool>());
        var back = Assert.Single(forBen["items"]!.AsArray())!;
        Assert.Equal(benRelationship, back["relationshipId"]!.GetValue<string>());
        Assert.Equal(adaId, back["carerId"]!.GetValue<string>());
        await AssertProblem(await ada.GetAsync($"/api/carers/{adaId}/other-carers", Ct), HttpStatusCode.Forbidden);
        Assert.DoesNotContain("Ben", await (await ada.GetAsync("/api/me/carer", Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_carer_whose_people_have_no_other_carer_gets_an_empty_page_and_an_unknown_carer_404()
    {
        var ben = await ReferAsync(Partner("CarersCentral"));
        await Assessor().PostAsJsonAsync($"/api/carers/{ben}/cared-for-people", Mother(), Ct);
        Assert.Empty((await ReadJson(await Assessor().GetAsync($"/api/carers/{ben}/other-carers", Ct)))["items"]!.AsArray());
        await AssertProblem(await Assessor().GetAsync($"/api/carers/{Guid.NewGuid()}/other-carers", Ct), HttpStatusCode.NotFound);
        var problem = await AssertProblem(await Assessor().GetAsync($"/api/carers/{ben}/other-carers?limit=0", Ct), HttpStatusCode.BadRequest);
        Assert.Contains("limit", ErrorKeys(problem));
    }
}
