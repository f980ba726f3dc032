using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Partners;

/// <summary>
/// A referral cannot give a partner a carer the council already knows (decision 0024): the
/// consent it reports waits for the carer's answer; only a person nobody knew is shared at once.
/// </summary>
public sealed class ReferCarerTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_re_referral_after_the_carer_withdrew_is_404_everywhere_with_no_event_until_the_carer_confirms()
    {
        var carer = Carer(NewSubject());
        var (record, _) = await RegisterAsync(carer, ValidRegistration(nhsNumber: "9434765919"));
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, (await carer.PostAsJsonAsync("/api/me/carer/consents",
            new { purpose = "shareWithCarersCentral", basis = "self", givenOn = "2025-01-10" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await carer.PostAsync("/api/me/carer/consents/shareWithCarersCentral/withdraw", null, Ct)).StatusCode);
        var eventsBefore = await PartnerSight.EventsAsync(Api.ConnectionString, "CarersCentral", carerId);

        var response = await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals", Referral(nhsNumber: "9434765919"), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var referral = await ReadJson(response);
        Assert.Equal("awaitingCarer", referral["access"]!.GetValue<string>());
        Assert.Null(referral["carerId"]);
        Assert.DoesNotContain(carerId.ToString(), referral.ToJsonString(), StringComparison.Ordinal);
        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), carerId);
        Assert.Equal(eventsBefore, await PartnerSight.EventsAsync(Api.ConnectionString, "CarersCentral", carerId));
        Assert.Equal(0, await CountAsync("partner_support"));
        Assert.Equal(0, await CountAsync("assessment"));

        var awaiting = await ReadJson(await carer.GetAsync("/api/me/carer/partner-referrals", Ct));
        var item = Assert.Single(awaiting["items"]!.AsArray())!;
        Assert.Equal("CarersCentral", item["partner"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await carer.PostAsJsonAsync($"/api/me/carer/partner-referrals/{referral["referralId"]}/answer", new { answer = "confirm" }, Ct)).StatusCode);

        await PartnerSight.AssertVisibleAsync(Partner("CarersCentral"), carerId);
        Assert.Equal([.. eventsBefore, "carer.referred"], await PartnerSight.EventsAsync(Api.ConnectionString, "CarersCentral", carerId));
    }

    [Fact]
    public async Task A_partner_that_knows_the_nhs_number_of_a_carer_who_never_shared_with_it_gets_404_until_the_carer_confirms()
    {
        var carer = Carer(NewSubject());
        var (record, _) = await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        var carerId = Guid.Parse(record["id"]!.GetValue<string>());

        var response = await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals", Referral(nhsNumber: "900 000 0009"), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var referral = await ReadJson(response);
        Assert.Equal("nhsNumber", referral["matchedBy"]!.GetValue<string>());
        Assert.Null(referral["carerId"]);
        Assert.Null(response.Headers.Location);
        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), carerId);
        Assert.Empty(await PartnerSight.EventsAsync(Api.ConnectionString, "CarersCentral", carerId));
        Assert.Equal(1, await CountAsync("carer"));
        Assert.Equal(0, await CountAsync("consent"));

        // The referral is recorded: staff see it on the record.
        var staffView = await ReadJson(await Assessor().GetAsync($"/api/carers/{carerId}", Ct));
        Assert.Equal("CarersCentral", staffView["referrals"]![0]!["partner"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_referral_of_a_carer_who_already_shares_with_the_partner_answers_with_their_id()
    {
        var carer = Carer(NewSubject());
        var (record, _) = await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        await carer.PostAsJsonAsync("/api/me/carer/consents", new { purpose = "shareWithCarersCentral", basis = "self", givenOn = "2025-01-10" }, Ct);

        var response = await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals", Referral(nhsNumber: "9000000009"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var referral = await ReadJson(response);
        Assert.Equal("granted", referral["access"]!.GetValue<string>());
        Assert.Equal(record["id"]!.GetValue<string>(), referral["carerId"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync("consent"));
        Assert.Equal(0, await CountAsync("reported_consent"));
    }

    [Fact]
    public async Task A_new_person_is_shared_with_the_referring_partner_at_once_and_the_consent_carries_the_referral()
    {
        var response = await Partner("Chums").PostAsJsonAsync("/api/partner/referrals",
            Referral(dateOfBirth: DateOnly.FromDateTime(DateTime.Today).AddYears(-15).ToString("yyyy-MM-dd"), basis: "parentForChild"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var referral = await ReadJson(response);
        Assert.Equal("granted", referral["access"]!.GetValue<string>());
        var carerId = Guid.Parse(referral["carerId"]!.GetValue<string>());
        await PartnerSight.AssertVisibleAsync(Partner("Chums"), carerId);
        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), carerId);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(referral["referralId"]!.GetValue<string>(),
            (await connection.ExecuteScalarAsync<Guid>("SELECT referral_id FROM consent WHERE carer_id = @carerId", new { carerId })).ToString());
    }

    [Fact]
    public async Task A_second_referral_while_one_awaits_the_carer_replaces_it()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        var first = await ReadJson(await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals", Referral(nhsNumber: "9000000009"), Ct));
        var second = await ReadJson(await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals", Referral(nhsNumber: "9000000009"), Ct));

        var awaiting = await ReadJson(await carer.GetAsync("/api/me/carer/partner-referrals", Ct));
        Assert.Equal(second["referralId"]!.GetValue<string>(), Assert.Single(awaiting["items"]!.AsArray())!["referralId"]!.GetValue<string>());
        await AssertProblem(await carer.PostAsJsonAsync($"/api/me/carer/partner-referrals/{first["referralId"]}/answer", new { answer = "confirm" }, Ct), HttpStatusCode.Conflict);
    }
}
