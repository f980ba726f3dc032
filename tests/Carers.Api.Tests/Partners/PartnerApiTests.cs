using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Partners;

/// <summary>ReferCarer, ListPartnerCarers, GetPartnerCarer, RecordPartnerSupport and partner object-level authorisation.</summary>
public sealed class PartnerApiTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_partner_refers_a_new_carer_who_it_can_then_read_and_staff_see_the_referral()
    {
        var carersCentral = Partner("CarersCentral");
        var response = await carersCentral.PostAsJsonAsync("/api/partner/referrals", Referral(nhsNumber: "9434765919"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var referral = await ReadJson(response);
        Assert.Equal("new", referral["matchedBy"]!.GetValue<string>());
        var carerId = referral["carerId"]!.GetValue<string>();

        var carer = await ReadJson(await carersCentral.GetAsync($"/api/partner/carers/{carerId}", Ct));
        Assert.Equal("Referredson", carer["familyName"]!.GetValue<string>());
        Assert.Equal("self", carer["consentBasis"]!.GetValue<string>());

        var staffView = await ReadJson(await Assessor().GetAsync($"/api/carers/{carerId}", Ct));
        Assert.Equal("partnerReferral", staffView["identification"]!["source"]!.GetValue<string>());
        Assert.Equal("CarersCentral", staffView["referrals"]![0]!["partner"]!.GetValue<string>());

        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM outbox_message WHERE event_type = 'carer.referred' AND partner = 'CarersCentral'"));
    }

    [Fact]
    public async Task A_referral_with_a_known_nhs_number_links_to_the_existing_carer_and_awaits_their_answer()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(nhsNumber: "9434765919"));

        var response = await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals", Referral(givenName: "Amara", familyName: "Testcarer", nhsNumber: "943 476 5919"), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var referral = await ReadJson(response);
        Assert.Equal("nhsNumber", referral["matchedBy"]!.GetValue<string>());
        Assert.Null(referral["carerId"]);
        var staffView = await ReadJson(await Assessor().GetAsync($"/api/carers/{record["id"]}", Ct));
        Assert.Equal("CarersCentral", staffView["referrals"]![0]!["partner"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync("carer"));
    }

    [Fact]
    public async Task A_probable_match_goes_to_the_staff_queue_and_is_never_merged_silently()
    {
        await RegisterAsync(Carer(NewSubject()), ValidRegistration(givenName: "Amara", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB"));

        var response = await Partner("CarersCentral").PostAsJsonAsync("/api/partner/referrals",
            Referral(givenName: "Amy", familyName: "TESTCARER", dateOfBirth: "1975-03-14", postcode: "lu1 3ab"), Ct);

        Assert.Equal("probable", (await ReadJson(response))["matchedBy"]!.GetValue<string>());
        Assert.Equal(2, await CountAsync("carer"));
        var queue = await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct));
        var candidate = Assert.Single(queue["items"]!.AsArray())!;
        Assert.Equal("Amy", candidate["incoming"]!["givenName"]!.GetValue<string>());
        Assert.Equal("Amara", candidate["existing"]!["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Carers_Central_cannot_read_a_carer_shared_only_with_CHUMS()
    {
        var dateOfBirth = DateOnly.FromDateTime(DateTime.Today).AddYears(-15).ToString("yyyy-MM-dd");
        var carerId = await ReferAsync(Partner("Chums"), Referral(dateOfBirth: dateOfBirth, basis: "parentForChild"));

        await AssertProblem(await Partner("CarersCentral").GetAsync($"/api/partner/carers/{carerId}", Ct), HttpStatusCode.NotFound);
        var list = await ReadJson(await Partner("CarersCentral").GetAsync("/api/partner/carers", Ct));
        Assert.Empty(list["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, (await Partner("Chums").GetAsync($"/api/partner/carers/{carerId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task CHUMS_cannot_read_a_carer_aged_26_or_over_even_with_consent()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(dateOfBirth: "1990-01-01"));
        var client = Carer(NewSubject());
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("INSERT INTO consent (carer_id, purpose, basis, given_on, given_by) VALUES (@Id, 'shareWithChums', 'self', current_date, 'test')",
            new { Id = Guid.Parse(record["id"]!.GetValue<string>()) });

        await AssertProblem(await Partner("Chums").GetAsync($"/api/partner/carers/{record["id"]}", Ct), HttpStatusCode.NotFound);
        Assert.Empty((await ReadJson(await Partner("Chums").GetAsync("/api/partner/carers", Ct)))["items"]!.AsArray());
        Assert.NotNull(client);
    }

    [Fact]
    public async Task CHUMS_cannot_refer_someone_aged_26_or_over()
    {
        var response = await Partner("Chums").PostAsJsonAsync("/api/partner/referrals", Referral(dateOfBirth: "1990-01-01"), Ct);
        Assert.Contains("dateOfBirth", ErrorKeys(await AssertProblem(response, HttpStatusCode.BadRequest)));
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Fact]
    public async Task After_the_carer_withdraws_consent_the_partners_very_next_request_is_404()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        var (record, _) = await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        await ReferKnownCarerAsync(Partner("CarersCentral"), carer, Referral(nhsNumber: "9000000009"));
        var url = $"/api/partner/carers/{record["id"]}";
        Assert.Equal(HttpStatusCode.OK, (await Partner("CarersCentral").GetAsync(url, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await carer.PostAsync("/api/me/carer/consents/shareWithCarersCentral/withdraw", null, Ct)).StatusCode);

        await AssertProblem(await Partner("CarersCentral").GetAsync(url, Ct), HttpStatusCode.NotFound);
        await AssertProblem(await Partner("CarersCentral").PostAsJsonAsync($"{url}/support",
            new { supportType = "helplineCall", givenOn = "2025-03-01", durationMinutes = 20 }, Ct), HttpStatusCode.NotFound);
        Assert.Empty((await ReadJson(await Partner("CarersCentral").GetAsync("/api/partner/carers", Ct)))["items"]!.AsArray());
    }

    [Fact]
    public async Task The_partner_view_leaves_out_the_health_of_the_person_cared_for()
    {
        var carer = Carer(NewSubject());
        var (record, _) = await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct);
        await ReferKnownCarerAsync(Partner("CarersCentral"), carer, Referral(nhsNumber: "9000000009"));

        var text = await (await Partner("CarersCentral").GetAsync($"/api/partner/carers/{record["id"]}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("hours20To49", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dementia", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mainNeed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Testcared", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_syncs_with_changed_since_and_pages_with_a_cursor()
    {
        var partner = Partner("CarersCentral");
        for (var i = 0; i < 5; i++) await ReferAsync(partner, Referral(givenName: $"Rafi{(char)('a' + i)}", postcode: $"LU{1 + i % 4} 2CD"));
        var first = await ReadJson(await partner.GetAsync("/api/partner/carers?limit=2", Ct));
        var second = await ReadJson(await partner.GetAsync($"/api/partner/carers?limit=2&cursor={first["nextCursor"]}", Ct));
        var third = await ReadJson(await partner.GetAsync($"/api/partner/carers?limit=2&cursor={second["nextCursor"]}", Ct));
        Assert.Equal(5, new[] { first, second, third }.Sum(p => p["items"]!.AsArray().Count));
        Assert.Null(third["nextCursor"]);

        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddSeconds(1).ToString("O"));
        Assert.Empty((await ReadJson(await partner.GetAsync($"/api/partner/carers?changedSince={since}", Ct)))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_partner_records_support_for_a_carer_who_shares_with_it()
    {
        var partner = Partner("CarersCentral");
        var carerId = await ReferAsync(partner);

        var response = await partner.PostAsJsonAsync($"/api/partner/carers/{carerId}/support",
            new { supportType = "coaching", givenOn = "2025-03-01", durationMinutes = 45, notes = "Talked through a break plan." }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await CountAsync("partner_support"));
        await AssertProblem(await Partner("Chums").PostAsJsonAsync($"/api/partner/carers/{carerId}/support",
            new { supportType = "coaching", givenOn = "2025-03-01", durationMinutes = 45 }, Ct), HttpStatusCode.NotFound);
        Assert.Equal(1, await CountAsync("partner_support"));
    }

    [Theory]
    [InlineData("""{"supportType":"massage","givenOn":"2025-03-01","durationMinutes":45}""", "supportType")]
    [InlineData("""{"supportType":"coaching","givenOn":"2025-03-01","durationMinutes":0}""", "durationMinutes")]
    [InlineData("""{"supportType":"coaching","givenOn":"2999-03-01","durationMinutes":10}""", "givenOn")]
    [InlineData("""{"supportType":"coaching","givenOn":"2025-03-01","durationMinutes":10,"notes":"<script>alert(1)</script>"}""", "notes")]
    public async Task Bad_support_input_is_400_and_writes_nothing(string body, string field)
    {
        var partner = Partner("CarersCentral");
        var carerId = await ReferAsync(partner);
        var problem = await AssertProblem(await partner.PostAsync($"/api/partner/carers/{carerId}/support", Json(body), Ct), HttpStatusCode.BadRequest);
        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("partner_support"));
    }

    [Theory]
    [InlineData("""{"givenName":"Rafi","familyName":"Referredson","dateOfBirth":"1980-06-01","postcode":"LU3 2CD","phone":"07700 900456"}""", "consent")]
    [InlineData("""{"givenName":"Rafi","familyName":"Referredson","dateOfBirth":"1980-06-01","postcode":"LU3 2CD","phone":"07700 900456","nhsNumber":"9991234560","consent":{"basis":"self","givenOn":"2025-01-01"}}""", "nhsNumber")]
    [InlineData("""{"givenName":"'; drop table carer; --","familyName":"Referredson","dateOfBirth":"1980-06-01","postcode":"LU3 2CD","phone":"07700 900456","consent":{"basis":"self","givenOn":"2025-01-01"}}""", "givenName")]
    [InlineData("""{"givenName":"Rafi","familyName":"Referredson","dateOfBirth":"1980-06-01","postcode":"LU3 2CD","consent":{"basis":"self","givenOn":"2025-01-01"}}""", "phone")]
    public async Task Bad_referrals_are_400_and_write_nothing(string body, string field)
    {
        var problem = await AssertProblem(await Partner("CarersCentral").PostAsync("/api/partner/referrals", Json(body), Ct), HttpStatusCode.BadRequest);
        Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Theory]
    [InlineData("Carer")]
    [InlineData("Staff.Assessor")]
    [InlineData("GpSystem")]
    public async Task Only_partner_systems_use_the_partner_api(string role)
    {
        var client = Api.ClientAs(role, NewSubject("other"), odsCode: role == "GpSystem" ? "A12345" : null);
        await AssertProblem(await client.GetAsync("/api/partner/carers", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await client.PostAsJsonAsync("/api/partner/referrals", Referral(), Ct), HttpStatusCode.Forbidden);
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Fact]
    public async Task A_partner_token_without_a_known_partner_is_refused()
    {
        var client = Api.ClientAs("Partner", "rogue-system", "Acme");
        await AssertProblem(await client.GetAsync("/api/partner/carers", Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_carer_updating_their_details_queues_carer_updated_for_each_partner_they_share_with()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer, ValidRegistration(nhsNumber: "9000000009"));
        await ReferKnownCarerAsync(Partner("CarersCentral"), carer, Referral(nhsNumber: "9000000009"));
        var etag = (await carer.GetAsync("/api/me/carer", Ct)).Headers.ETag!.ToString();
        var put = new HttpRequestMessage(HttpMethod.Put, "/api/me/carer") { Content = JsonContent.Create(new
        {
            givenName = "Amara", familyName = "Testcarer", dateOfBirth = "1975-03-14", postcode = "LU2 1AA",
            preferredLanguage = "en", preferredContactChannel = "email", email = "amara@example.com",
        }) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.OK, (await carer.SendAsync(put, Ct)).StatusCode);

        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(["CarersCentral"], (await connection.QueryAsync<string>("SELECT partner FROM outbox_message WHERE event_type = 'carer.updated'")).ToArray());
    }
}
