using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.EmergencyPlans;

/// <summary>
/// An emergency contact who has not agreed to be named is kept on the carer's plan, marked
/// unconfirmed, and left out of what emergency duty staff see (decision 0024).
/// </summary>
public sealed class LookUpEmergencyPlanTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Duty_staff_see_only_the_contacts_who_agreed_to_be_named_and_the_carer_sees_all_of_them()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var person = await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));
        var plan = new
        {
            careNeeded = "Help to wash and dress each morning.",
            contacts = new[]
            {
                new { name = "Ada Neighbour", phone = "07700 900111", relationship = "Neighbour", consentGiven = true, holdsCopy = true },
                new { name = "Ben Notasked", phone = "07700 900222", relationship = "Son", consentGiven = false, holdsCopy = false },
            },
        };
        Assert.Equal(HttpStatusCode.OK, (await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{person["relationshipId"]}", plan, Ct)).StatusCode);

        var mine = await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct));
        Assert.Equal(2, mine["plans"]![0]!["content"]!["contacts"]!.AsArray().Count);

        var looked = await Api.ClientAs("Staff.EmergencyDuty", "duty-1").GetAsync($"/api/emergency-cards/{mine["cardNumber"]}", Ct);
        Assert.Equal(HttpStatusCode.OK, looked.StatusCode);
        var text = await looked.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Ada Neighbour", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben Notasked", text, StringComparison.Ordinal);
        Assert.DoesNotContain("07700 900222", text, StringComparison.Ordinal);
    }
}
