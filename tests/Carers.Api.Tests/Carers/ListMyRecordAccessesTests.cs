using System.Net;
using System.Net.Http.Json;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Carers;

/// <summary>"Who has seen your record" (decision 0025).</summary>
public sealed class ListMyRecordAccessesTests(ApiFixture api) : ApiTest(api)
{
    private static object Plan() => new
    {
        careNeeded = "Help to wash and dress each morning.",
        medication = "Donepezil 10 mg at night.",
        keys = "Key safe by the back door.",
        canBeLeftAloneFor = "Two hours",
        contacts = new[] { new { name = "Ada Neighbour", phone = "07700 900111", relationship = "Neighbour", consentGiven = true, holdsCopy = true } },
    };

    [Fact]
    public async Task A_carer_sees_staff_partner_and_duty_accesses_with_team_and_reason_but_never_the_officer()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        var (record, _) = await RegisterAsync(carer);
        var carerId = record["id"]!.GetValue<string>();
        var person = await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));
        await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{person["relationshipId"]}", Plan(), Ct);
        var card = (await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct)))["cardNumber"]!.GetValue<string>();

        var assessor = StaffWithoutReason(Roles.Assessor, "assessor-secret-name");
        assessor.DefaultRequestHeaders.Add("Access-Reason", "safeguarding");
        Assert.Equal(HttpStatusCode.OK, (await assessor.GetAsync($"/api/carers/{carerId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StaffWithoutReason(Roles.EmergencyDuty, "duty-secret-name").GetAsync($"/api/emergency-cards/{card}", Ct)).StatusCode);

        var response = await carer.GetAsync("/api/me/record-accesses", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("secret-name", text, StringComparison.Ordinal);
        Assert.DoesNotContain(subject, text, StringComparison.Ordinal);
        var items = (await ReadJson(response))["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        var duty = items[0]!;
        Assert.Equal("Luton Council — emergency duty team", duty["organisation"]!.GetValue<string>());
        Assert.Equal("Emergency duty officer", duty["role"]!.GetValue<string>());
        Assert.Equal("duty", duty["reason"]!.GetValue<string>());
        Assert.Equal("your emergency card and plans", duty["what"]!.GetValue<string>());
        Assert.Equal("success", duty["outcome"]!.GetValue<string>());
        var opened = items[1]!;
        Assert.Equal("Luton Council — carers assessment team", opened["organisation"]!.GetValue<string>());
        Assert.Equal(("safeguarding", "your record"), (opened["reason"]!.GetValue<string>(), opened["what"]!.GetValue<string>()));

        var audit = Assert.Single(await AuditDetailFor(subject, "ListMyRecordAccesses"));
        Assert.Equal(Guid.Parse(carerId), audit.carer_id);
    }

    [Fact]
    public async Task A_partner_access_shows_the_partner_by_name_with_no_staff_reason()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        var carerId = await ReferKnownAndConfirm(carer);
        Assert.Equal(HttpStatusCode.OK, (await Partner("CarersCentral").GetAsync($"/api/partner/carers/{carerId}", Ct)).StatusCode);

        var items = (await ReadJson(await carer.GetAsync("/api/me/record-accesses", Ct)))["items"]!.AsArray();

        var read = items.First(i => i!["what"]!.GetValue<string>() == "your record")!;
        Assert.Equal("Carers Central", read["organisation"]!.GetValue<string>());
        Assert.Null(read["reason"]);
        Assert.Equal("Support they give you, with your consent", read["why"]!.GetValue<string>());
    }

    private async Task<string> ReferKnownAndConfirm(HttpClient carer)
    {
        await ReferKnownCarerAsync(Partner("CarersCentral"), carer, Referral(nhsNumber: "9000000009"));
        return (await ReadJson(await carer.GetAsync("/api/me/carer", Ct)))["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_carer_never_sees_another_carers_accesses_nor_their_own()
    {
        var mine = Carer(NewSubject());
        await RegisterAsync(mine);
        await mine.GetAsync("/api/me/carer", Ct);
        var (other, _) = await RegisterAsync(Carer(NewSubject()));
        Assert.Equal(HttpStatusCode.OK, (await Assessor().GetAsync($"/api/carers/{other["id"]}", Ct)).StatusCode);

        var items = (await ReadJson(await mine.GetAsync("/api/me/record-accesses", Ct)))["items"]!.AsArray();

        Assert.Empty(items);
    }

    [Fact]
    public async Task Accesses_come_a_page_at_a_time_newest_first()
    {
        var carer = Carer(NewSubject());
        var (record, _) = await RegisterAsync(carer);
        for (var i = 0; i < 5; i++) await Assessor().GetAsync($"/api/carers/{record["id"]}", Ct);

        var first = await ReadJson(await carer.GetAsync("/api/me/record-accesses?limit=2", Ct));
        var cursor = first["nextCursor"]!.GetValue<string>();
        var second = await ReadJson(await carer.GetAsync($"/api/me/record-accesses?limit=2&cursor={Uri.EscapeDataString(cursor)}", Ct));
        var third = await ReadJson(await carer.GetAsync($"/api/me/record-accesses?limit=2&cursor={Uri.EscapeDataString(second["nextCursor"]!.GetValue<string>())}", Ct));

        var times = new[] { first, second, third }.SelectMany(p => p["items"]!.AsArray()).Select(i => i!["at"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(5, times.Count);
        Assert.Equal(times.OrderDescending(), times);
        Assert.Null(third["nextCursor"]);
        await AssertProblem(await carer.GetAsync("/api/me/record-accesses?limit=0", Ct), HttpStatusCode.BadRequest);
        await AssertProblem(await carer.GetAsync("/api/me/record-accesses?cursor=nonsense", Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_a_carer_may_ask()
    {
        await AssertProblem(await Anonymous().GetAsync("/api/me/record-accesses", Ct), HttpStatusCode.Unauthorized);
        await AssertProblem(await Assessor().GetAsync("/api/me/record-accesses", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner("Chums").GetAsync("/api/me/record-accesses", Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Someone_not_registered_gets_an_empty_page()
    {
        var page = await ReadJson(await Carer(NewSubject()).GetAsync("/api/me/record-accesses", Ct));

        Assert.Empty(page["items"]!.AsArray());
    }
}
