using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Carers.Api.Tests.Partners;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Consents;

/// <summary>The carer's answer to a partner's referral (decision 0024), and ListMyPartnerReferrals.</summary>
public sealed class AnswerPartnerReferralTests(ApiFixture api) : ApiTest(api)
{
    private async Task<(HttpClient Carer, Guid CarerId)> KnownCarer(string nhsNumber = "9000000009", string dateOfBirth = "1975-03-14")
    {
        var carer = Carer(NewSubject());
        var (record, _) = await RegisterAsync(carer, ValidRegistration(nhsNumber: nhsNumber, dateOfBirth: dateOfBirth));
        return (carer, Guid.Parse(record["id"]!.GetValue<string>()));
    }

    private async Task<string> ReferKnown(HttpClient partner, string nhsNumber = "9000000009", string dateOfBirth = "1980-06-01")
    {
        var response = await partner.PostAsJsonAsync("/api/partner/referrals", Referral(nhsNumber: nhsNumber, dateOfBirth: dateOfBirth), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await ReadJson(response))["referralId"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> Answer(HttpClient carer, string referralId, string answer) =>
        carer.PostAsJsonAsync($"/api/me/carer/partner-referrals/{referralId}/answer", new { answer }, Ct);

    [Fact]
    public async Task The_carer_sees_the_referral_awaiting_them_with_the_partners_reason()
    {
        var (carer, _) = await KnownCarer();
        var referralId = await ReferKnown(Partner("CarersCentral"));

        var awaiting = await ReadJson(await carer.GetAsync("/api/me/carer/partner-referrals", Ct));

        var item = Assert.Single(awaiting["items"]!.AsArray())!;
        Assert.Equal(referralId, item["referralId"]!.GetValue<string>());
        Assert.Equal("shareWithCarersCentral", item["purpose"]!.GetValue<string>());
        Assert.Equal("self", item["reportedBasis"]!.GetValue<string>());
        Assert.Equal("2025-02-01", item["reportedGivenOn"]!.GetValue<string>());
        Assert.Contains("stroke", item["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await ReadJson(await Carer(NewSubject()).GetAsync("/api/me/carer/partner-referrals", Ct)))["items"]!.AsArray());
    }

    [Fact]
    public async Task Confirming_puts_the_carers_own_consent_in_force_and_the_partner_gets_access_and_one_event()
    {
        var (carer, carerId) = await KnownCarer();
        var referralId = await ReferKnown(Partner("CarersCentral"));

        var response = await Answer(carer, referralId, "confirm");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJson(response);
        Assert.Equal("given", body["consent"]!["status"]!.GetValue<string>());
        Assert.Equal("self", body["consent"]!["basis"]!.GetValue<string>());
        Assert.Equal(DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"), body["consent"]!["givenOn"]!.GetValue<string>());
        await PartnerSight.AssertVisibleAsync(Partner("CarersCentral"), carerId);
        Assert.Equal(["carer.referred"], await PartnerSight.EventsAsync(Api.ConnectionString, "CarersCentral", carerId));
        var record = await ReadJson(await carer.GetAsync("/api/me/carer", Ct));
        var consent = record["consents"]!.AsArray().Single(c => c!["purpose"]!.GetValue<string>() == "shareWithCarersCentral")!;
        Assert.Equal("given", consent["status"]!.GetValue<string>());
        Assert.Empty((await ReadJson(await carer.GetAsync("/api/me/carer/partner-referrals", Ct)))["items"]!.AsArray());
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(await connection.ExecuteScalarAsync<string>("SELECT account_subject FROM carer WHERE id = @carerId", new { carerId }),
            await connection.ExecuteScalarAsync<string>("SELECT given_by FROM consent WHERE carer_id = @carerId", new { carerId }));
        Assert.Contains(await AuditFor(await connection.ExecuteScalarAsync<string>("SELECT account_subject FROM carer WHERE id = @carerId", new { carerId }) ?? ""),
            a => a.action == "AnswerPartnerReferral" && a.outcome == "success");

        await AssertProblem(await Answer(carer, referralId, "refuse"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Refusing_keeps_the_partner_out_and_queues_nothing()
    {
        var (carer, carerId) = await KnownCarer();
        var referralId = await ReferKnown(Partner("CarersCentral"));

        var response = await Answer(carer, referralId, "refuse");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("notGiven", (await ReadJson(response))["consent"]!["status"]!.GetValue<string>());
        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), carerId);
        Assert.Empty(await PartnerSight.EventsAsync(Api.ConnectionString, "CarersCentral", carerId));
        Assert.Equal(0, await CountAsync("consent"));
        Assert.Equal(1, await CountAsync("reported_consent WHERE status = 'refused'"));
        await AssertProblem(await Answer(carer, referralId, "confirm"), HttpStatusCode.Conflict);
        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), carerId);
    }

    [Fact]
    public async Task A_carer_cannot_answer_another_carers_referral()
    {
        var (_, carerId) = await KnownCarer();
        var referralId = await ReferKnown(Partner("CarersCentral"));
        var (other, _) = await KnownCarer(nhsNumber: "9434765919", dateOfBirth: "1960-01-01");

        await AssertProblem(await Answer(other, referralId, "confirm"), HttpStatusCode.NotFound);
        await AssertProblem(await Answer(Carer(NewSubject()), referralId, "confirm"), HttpStatusCode.NotFound);
        await AssertProblem(await Answer(other, Guid.NewGuid().ToString(), "confirm"), HttpStatusCode.NotFound);

        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), carerId);
        Assert.Equal(0, await CountAsync("consent"));
        Assert.Equal(1, await CountAsync("reported_consent WHERE status = 'awaiting'"));
    }

    [Fact]
    public async Task Confirming_CHUMS_referral_gives_CHUMS_not_Carers_Central_access()
    {
        var young = DateOnly.FromDateTime(DateTime.Today).AddYears(-20).ToString("yyyy-MM-dd");
        var (carer, carerId) = await KnownCarer(dateOfBirth: young);
        var chums = await ReferKnown(Partner("Chums"), dateOfBirth: young);
        var carersCentral = await ReferKnown(Partner("CarersCentral"), dateOfBirth: young);
        Assert.Equal(2, (await ReadJson(await carer.GetAsync("/api/me/carer/partner-referrals", Ct)))["items"]!.AsArray().Count);

        Assert.Equal(HttpStatusCode.OK, (await Answer(carer, chums, "confirm")).StatusCode);

        await PartnerSight.AssertVisibleAsync(Partner("Chums"), carerId);
        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), carerId);
        Assert.Empty(await PartnerSight.EventsAsync(Api.ConnectionString, "CarersCentral", carerId));
        var left = Assert.Single((await ReadJson(await carer.GetAsync("/api/me/carer/partner-referrals", Ct)))["items"]!.AsArray())!;
        Assert.Equal(carersCentral, left["referralId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Withdrawing_after_confirming_and_a_new_referral_needs_the_carer_again()
    {
        var (carer, carerId) = await KnownCarer();
        Assert.Equal(HttpStatusCode.OK, (await Answer(carer, await ReferKnown(Partner("CarersCentral")), "confirm")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await carer.PostAsync("/api/me/carer/consents/shareWithCarersCentral/withdraw", null, Ct)).StatusCode);

        var again = await ReferKnown(Partner("CarersCentral"));

        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), carerId);
        Assert.Equal(["carer.referred", "consent.withdrawn"], await PartnerSight.EventsAsync(Api.ConnectionString, "CarersCentral", carerId));
        Assert.Equal(HttpStatusCode.OK, (await Answer(carer, again, "confirm")).StatusCode);
        await PartnerSight.AssertVisibleAsync(Partner("CarersCentral"), carerId);
    }

    [Theory]
    [InlineData("""{"answer":"maybe"}""")]
    [InlineData("""{"answer":1}""")]
    [InlineData("""{}""")]
    [InlineData("""{"answer":""")]
    public async Task A_bad_answer_is_400_and_writes_nothing(string body)
    {
        var (carer, _) = await KnownCarer();
        var referralId = await ReferKnown(Partner("CarersCentral"));

        var response = await carer.PostAsync($"/api/me/carer/partner-referrals/{referralId}/answer",
            Json(body), Ct);

        await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(1, await CountAsync("reported_consent WHERE status = 'awaiting'"));
        Assert.Equal(0, await CountAsync("consent"));
    }

    [Fact]
    public async Task Only_the_carer_answers()
    {
        await KnownCarer();
        var referralId = await ReferKnown(Partner("CarersCentral"));
        foreach (var other in new[] { Assessor(), Partner("CarersCentral"), Manager() })
        {
            await AssertProblem(await Answer(other, referralId, "confirm"), HttpStatusCode.Forbidden);
            await AssertProblem(await other.GetAsync("/api/me/carer/partner-referrals", Ct), HttpStatusCode.Forbidden);
        }

        Assert.Equal(0, await CountAsync("consent"));
    }

    [Fact]
    public async Task A_merge_turns_a_partners_unconfirmed_consent_into_one_awaiting_the_carer()
    {
        // The probable-match case: the referral creates a new record the partner sees at once;
        // staff then merge it into the record the council held (CarerMerge runs ReportedConsents.MergeSql).
        var (carer, heldId) = await KnownCarer(nhsNumber: "9434765919");
        var referred = await ReadJson(await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals",
            Referral(givenName: "Amy", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB"), Ct));
        Assert.Equal("probable", referred["matchedBy"]!.GetValue<string>());
        var newId = Guid.Parse(referred["carerId"]!.GetValue<string>());
        await PartnerSight.AssertVisibleAsync(Partner("CarersCentral"), newId);

        var queue = await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct));
        var candidate = Assert.Single(queue["items"]!.AsArray())!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await Assessor().PostAsJsonAsync($"/api/match-candidates/{candidate}/decision",
            new { decision = "merge", keep = heldId }, Ct)).StatusCode);

        await PartnerSight.AssertHiddenAsync(Partner("CarersCentral"), heldId);
        var item = Assert.Single((await ReadJson(await carer.GetAsync("/api/me/carer/partner-referrals", Ct)))["items"]!.AsArray())!;
        Assert.Equal(referred["referralId"]!.GetValue<string>(), item["referralId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await Answer(carer, item["referralId"]!.GetValue<string>(), "confirm")).StatusCode);
        await PartnerSight.AssertVisibleAsync(Partner("CarersCentral"), heldId);
    }
}
