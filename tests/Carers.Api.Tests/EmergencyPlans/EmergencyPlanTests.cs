using System.Net;
using System.Net.Http.Json;
using Carers.Api.Features.EmergencyPlans;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.EmergencyPlans;

/// <summary>Emergency plans and the emergency card (SPEC §6).</summary>
public sealed class EmergencyPlanTests(ApiFixture api) : ApiTest(api)
{
    private static object Plan(string careNeeded = "Help to wash and dress each morning.") => new
    {
        careNeeded,
        medication = "Donepezil 10 mg at night.",
        keys = "Key safe by the back door.",
        canBeLeftAloneFor = "Two hours",
        contacts = new[] { new { name = "Ada Neighbour", phone = "07700 900111", relationship = "Neighbour", consentGiven = true, holdsCopy = true } },
    };

    private HttpClient Duty(string subject = "duty-1") => Api.ClientAs("Staff.EmergencyDuty", subject);

    private async Task<(HttpClient Carer, string RelationshipId)> CarerWithPerson()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var person = await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));
        return (carer, person["relationshipId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_carer_writes_a_plan_gets_a_card_duty_staff_look_it_up_and_the_carer_sees_the_look_up()
    {
        var (carer, relationship) = await CarerWithPerson();
        var saved = await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan(), Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var mine = await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct));
        var card = mine["cardNumber"]!.GetValue<string>();
        Assert.True(EmergencyCard.IsValid(card));
        Assert.Empty(mine["lookups"]!.AsArray());

        var spaced = $"{card[..4]} {card[4..8]} {card[8..]}";
        var found = await Duty("duty-7").GetAsync($"/api/emergency-cards/{Uri.EscapeDataString(spaced)}", Ct);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var plan = await ReadJson(found);
        Assert.Equal("Donepezil 10 mg at night.", plan["plans"]![0]!["content"]!["medication"]!.GetValue<string>());

        var after = await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct));
        var lookup = Assert.Single(after["lookups"]!.AsArray())!;
        // The team, never the officer (decision 0025).
        Assert.Equal("Luton Council — emergency duty team", lookup["by"]!.GetValue<string>());
        Assert.Equal("Staff.EmergencyDuty", lookup["byRole"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mistyped_card_number_is_caught_by_its_check_digit()
    {
        var (carer, relationship) = await CarerWithPerson();
        await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan(), Ct);
        var card = (await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct)))["cardNumber"]!.GetValue<string>();
        var wrongDigit = card[..5] + (char)('0' + (card[5] - '0' + 1) % 10) + card[6..];
        var swapped = card[..2] + card[3] + card[2] + card[4..];

        Assert.Contains("cardNumber", ErrorKeys(await AssertProblem(await Duty().GetAsync($"/api/emergency-cards/{wrongDigit}", Ct), HttpStatusCode.BadRequest)));
        if (card[2] != card[3]) await AssertProblem(await Duty().GetAsync($"/api/emergency-cards/{swapped}", Ct), HttpStatusCode.BadRequest);
        await AssertProblem(await Duty().GetAsync("/api/emergency-cards/not-a-card", Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public void Card_numbers_carry_a_verhoeff_check_digit_and_nothing_else()
    {
        for (var i = 0; i < 200; i++)
        {
            var number = EmergencyCard.NewNumber();
            Assert.Matches("^[1-9][0-9]{11}$", number);
            Assert.True(EmergencyCard.IsValid(number));
        }
    }

    [Fact]
    public async Task An_unknown_valid_card_is_404_and_the_look_up_is_audited()
    {
        var card = EmergencyCard.NewNumber();
        await AssertProblem(await Duty("duty-9").GetAsync($"/api/emergency-cards/{card}", Ct), HttpStatusCode.NotFound);
        Assert.Contains(await AuditFor("duty-9"), a => a is { action: "LookUpEmergencyPlan", outcome: "notFound" });
    }

    [Fact]
    public async Task Duty_staff_cannot_list_or_search_plans_and_others_cannot_look_up_cards()
    {
        var (carer, relationship) = await CarerWithPerson();
        await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan(), Ct);
        var card = (await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct)))["cardNumber"]!.GetValue<string>();

        await AssertProblem(await Duty().GetAsync("/api/emergency-plans/overdue", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Duty().GetAsync("/api/carers?name=a", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Duty().GetAsync("/api/me/carer/emergency-plans", Ct), HttpStatusCode.Forbidden);
        foreach (var other in new[] { Assessor(), Carer(NewSubject()), Partner("CarersCentral") })
        {
            await AssertProblem(await other.GetAsync($"/api/emergency-cards/{card}", Ct), HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task A_carer_cannot_see_or_write_another_carers_plan()
    {
        var (alice, relationship) = await CarerWithPerson();
        await alice.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan(), Ct);
        var bob = Carer(NewSubject());
        await RegisterAsync(bob, ValidRegistration(givenName: "Bob"));

        await AssertProblem(await bob.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan("Overwritten"), Ct), HttpStatusCode.NotFound);
        var bobs = await ReadJson(await bob.GetAsync("/api/me/carer/emergency-plans", Ct));
        Assert.Empty(bobs["plans"]!.AsArray());
        var alices = await ReadJson(await alice.GetAsync("/api/me/carer/emergency-plans", Ct));
        Assert.Equal("Help to wash and dress each morning.", alices["plans"]![0]!["content"]!["careNeeded"]!.GetValue<string>());
    }

    [Fact]
    public async Task Changing_a_plan_needs_the_current_etag()
    {
        var (carer, relationship) = await CarerWithPerson();
        var first = await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan(), Ct);
        await AssertProblem(await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan("Changed"), Ct), HttpStatusCode.PreconditionRequired);
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/me/carer/emergency-plans/{relationship}") { Content = JsonContent.Create(Plan("Changed")) };
        update.Headers.TryAddWithoutValidation("If-Match", first.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await carer.SendAsync(update, Ct)).StatusCode);
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/me/carer/emergency-plans/{relationship}") { Content = JsonContent.Create(Plan("Again")) };
        stale.Headers.TryAddWithoutValidation("If-Match", first.Headers.ETag!.ToString());
        await AssertProblem(await carer.SendAsync(stale, Ct), HttpStatusCode.PreconditionFailed);

        // Another device has no ETag from a save: the list gives each plan's current one.
        var listed = (await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct)))["plans"]![0]!["eTag"]!.GetValue<string>();
        Assert.NotEqual(first.Headers.ETag!.ToString(), listed);
        var fromElsewhere = new HttpRequestMessage(HttpMethod.Put, $"/api/me/carer/emergency-plans/{relationship}") { Content = JsonContent.Create(Plan("From my phone")) };
        fromElsewhere.Headers.TryAddWithoutValidation("If-Match", listed);
        Assert.Equal(HttpStatusCode.OK, (await carer.SendAsync(fromElsewhere, Ct)).StatusCode);
    }

    [Theory]
    [InlineData("""{"careNeeded":"<script>alert(1)</script>"}""", "careNeeded")]
    [InlineData("""{"contacts":[{"name":"A","phone":"07700 900111","consentGiven":true,"holdsCopy":true},{"name":"B","phone":"07700 900112","consentGiven":true,"holdsCopy":true},{"name":"C","phone":"07700 900113","consentGiven":true,"holdsCopy":true},{"name":"D","phone":"07700 900114","consentGiven":true,"holdsCopy":true}]}""", "contacts")]
    [InlineData("""{"contacts":[{"name":"Ada","phone":"call me"}]}""", "contacts[0].phone")]
    [InlineData("""{"contacts":[{"name":"Ada","phone":"07700 900111"}]}""", "contacts[0].consentGiven")]
    public async Task Bad_plans_are_400_and_write_nothing(string body, string field)
    {
        var (carer, relationship) = await CarerWithPerson();
        var problem = await AssertProblem(await carer.PutAsync($"/api/me/carer/emergency-plans/{relationship}", Json(body), Ct), HttpStatusCode.BadRequest);
        Assert.True(ErrorKeys(problem).Any(k => k.StartsWith(field, StringComparison.Ordinal)), problem.ToJsonString());
        Assert.Equal(0, await CountAsync("emergency_plan"));
    }

    [Fact]
    public async Task Plans_not_reviewed_for_a_year_are_on_the_staff_queue()
    {
        var (carer, relationship) = await CarerWithPerson();
        await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan(), Ct);
        Assert.Empty((await ReadJson(await Assessor().GetAsync("/api/emergency-plans/overdue", Ct)))["items"]!.AsArray());
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("UPDATE emergency_plan SET next_review_on = current_date - 1");
        var queue = await ReadJson(await Assessor().GetAsync("/api/emergency-plans/overdue", Ct));
        Assert.Single(queue["items"]!.AsArray());
        Assert.True((await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct)))["plans"]![0]!["reviewOverdue"]!.GetValue<bool>());
    }
}
