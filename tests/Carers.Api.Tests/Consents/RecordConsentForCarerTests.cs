using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Partners;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Consents;

/// <summary>Staff record a consent the carer gave them in a conversation (decision 0024).</summary>
public sealed class RecordConsentForCarerTests(ApiFixture api) : ApiTest(api)
{
    private static object Consent(string purpose = "shareWithCarersCentral") => new { purpose, basis = "self", givenOn = "2025-03-03" };

    [Fact]
    public async Task Staff_record_consent_from_a_conversation_and_the_awaiting_partner_gets_access_and_its_event()
    {
        var carer = Carer(NewSubject());
        var (record, _) = await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());
        var referral = await ReadJson(await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals", Referral(nhsNumber: "9000000009"), Ct));
        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), carerId);

        var response = await Assessor("assessor-7").PostAsJsonAsync($"/api/carers/{carerId}/consents", Consent(), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var consent = await ReadJson(response);
        Assert.Equal("given", consent["status"]!.GetValue<string>());
        Assert.Equal("2025-03-03", consent["givenOn"]!.GetValue<string>());
        await PartnerSight.AssertVisibleAsync(Partner("CarersCentral"), carerId);
        Assert.Equal(["carer.referred"], await PartnerSight.EventsAsync(Api.ConnectionString, "CarersCentral", carerId));
        Assert.Empty((await ReadJson(await carer.GetAsync("/api/me/carer/partner-referrals", Ct)))["items"]!.AsArray());
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal("assessor-7", await connection.ExecuteScalarAsync<string>("SELECT given_by FROM consent WHERE carer_id = @carerId", new { carerId }));
        Assert.Equal("assessor-7", await connection.ExecuteScalarAsync<string>(
            "SELECT answered_by FROM reported_consent WHERE referral_id = @id", new { id = Guid.Parse(referral["referralId"]!.GetValue<string>()) }));
        Assert.Contains(await AuditFor("assessor-7"), a => a.action == "RecordConsentForCarer" && a.outcome == "success" && a.record_id == carerId.ToString());

        await AssertProblem(await Assessor("assessor-7").PostAsJsonAsync($"/api/carers/{carerId}/consents", Consent(), Ct), HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("consent"));
    }

    [Fact]
    public async Task Staff_see_a_referral_awaiting_the_carer_on_the_record_until_the_carer_confirms_it()
    {
        var carer = Carer(NewSubject());
        var (record, _) = await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());
        Assert.Empty((await ReadJson(await Assessor().GetAsync($"/api/carers/{carerId}", Ct)))["referralsAwaitingCarer"]!.AsArray());
        var referral = await ReadJson(await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals", Referral(nhsNumber: "9000000009"), Ct));

        var seen = await ReadJson(await Assessor().GetAsync($"/api/carers/{carerId}", Ct));

        var awaiting = Assert.Single(seen["referralsAwaitingCarer"]!.AsArray())!;
        Assert.Equal("CarersCentral", awaiting["partner"]!.GetValue<string>());
        Assert.NotNull(awaiting["referredAt"]);
        Assert.Null((await ReadJson(await carer.GetAsync("/api/me/carer", Ct)))["referralsAwaitingCarer"]);

        var answer = await carer.PostAsJsonAsync($"/api/me/carer/partner-referrals/{referral["referralId"]}/answer", new { answer = "confirm" }, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        Assert.Empty((await ReadJson(await Assessor().GetAsync($"/api/carers/{carerId}", Ct)))["referralsAwaitingCarer"]!.AsArray());
    }

    [Fact]
    public async Task Consent_for_one_partner_gives_that_partner_alone_access()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(dateOfBirth: DateOnly.FromDateTime(DateTime.Today).AddYears(-19).ToString("yyyy-MM-dd")));
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Created, (await Assessor().PostAsJsonAsync($"/api/carers/{carerId}/consents", Consent("shareWithChums"), Ct)).StatusCode);

        await PartnerSight.AssertVisibleAsync(Partner("Chums"), carerId);
        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), carerId);
    }

    [Fact]
    public async Task An_unknown_or_merged_carer_is_404_and_only_staff_record_consent()
    {
        await AssertProblem(await Assessor().PostAsJsonAsync($"/api/carers/{Guid.NewGuid()}/consents", Consent(), Ct), HttpStatusCode.NotFound);
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var carerId = record["id"]!.GetValue<string>();
        foreach (var other in new[] { Carer(NewSubject()), Partner("CarersCentral"), Api.ClientAs("Staff.EmergencyDuty", "duty-1") })
        {
            await AssertProblem(await other.PostAsJsonAsync($"/api/carers/{carerId}/consents", Consent(), Ct), HttpStatusCode.Forbidden);
        }

        Assert.Equal(0, await CountAsync("consent"));
    }

    [Theory]
    [InlineData("""{"purpose":"shareWithEveryone","basis":"self","givenOn":"2025-03-03"}""", "purpose")]
    [InlineData("""{"purpose":"shareWithChums","basis":"guess","givenOn":"2025-03-03"}""", "basis")]
    [InlineData("""{"purpose":"shareWithChums","basis":"self","givenOn":"2999-03-03"}""", "givenOn")]
    [InlineData("""{"purpose":"shareWithChums","basis":"self"}""", "givenOn")]
    [InlineData("""{"basis":"self","givenOn":"2025-03-03"}""", "purpose")]
    public async Task Bad_input_is_400_and_writes_nothing(string body, string field)
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));

        var problem = await AssertProblem(await Assessor().PostAsync($"/api/carers/{record["id"]}/consents", Json(body), Ct), HttpStatusCode.BadRequest);

        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("consent"));
    }
}
