using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Carers;

public sealed class RegisterCarerTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task A_carer_registers_and_gets_their_record_with_an_etag_and_a_derived_category()
    {
        var client = Carer(NewSubject());

        var response = await client.PostAsJsonAsync("/api/me/carer", ValidRegistration(nhsNumber: "943 476 5919"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"v1\"", response.Headers.ETag?.ToString());
        var record = await ReadJson(response);
        Assert.Equal("Amara", record["givenName"]!.GetValue<string>());
        Assert.Equal("adultCarer", record["category"]!.GetValue<string>());
        Assert.Equal("9434765919", record["nhsNumber"]!.GetValue<string>());
        Assert.Equal("LU1 3AB", record["postcode"]!.GetValue<string>());
        Assert.Equal("selfRegistration", record["identification"]!["source"]!.GetValue<string>());
        Assert.Equal(4, record["consents"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(-10, "youngCarer")]
    [InlineData(-20, "youngAdultCarer")]
    [InlineData(-25, "youngAdultCarer")]
    [InlineData(-26, "adultCarer")]
    public async Task The_category_comes_from_the_date_of_birth(int yearsOffset, string category)
    {
        var dateOfBirth = DateOnly.FromDateTime(DateTime.Today).AddYears(yearsOffset).AddDays(-1).ToString("yyyy-MM-dd");
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(dateOfBirth: dateOfBirth));
        Assert.Equal(category, record["category"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_category_sent_by_the_client_is_refused_not_trusted()
    {
        var client = Carer(NewSubject());
        var response = await client.PostAsync("/api/me/carer", Json("""
            {"registeringAs":"self","givenName":"Amara","familyName":"Testcarer","dateOfBirth":"1975-03-14","postcode":"LU1 3AB",
             "preferredLanguage":"en","preferredContactChannel":"post","addressLine1":"1 Test Street","category":"youngCarer"}
            """), Ct);
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("category", ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Fact]
    public async Task A_parent_registers_a_young_carer()
    {
        var dateOfBirth = DateOnly.FromDateTime(DateTime.Today).AddYears(-12).ToString("yyyy-MM-dd");
        var (record, _) = await RegisterAsync(Carer(NewSubject("parent")), ValidRegistration(dateOfBirth: dateOfBirth, registeringAs: "parentOfYoungCarer"));
        Assert.Equal("parent", record["registeredBy"]!.GetValue<string>());
        Assert.Equal("youngCarer", record["category"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_parent_cannot_register_an_adult()
    {
        var response = await Carer(NewSubject("parent")).PostAsJsonAsync("/api/me/carer", ValidRegistration(registeringAs: "parentOfYoungCarer"), Ct);
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("dateOfBirth", ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Fact]
    public async Task Registering_twice_is_409_and_keeps_one_record()
    {
        var client = Carer(NewSubject());
        await RegisterAsync(client);
        var response = await client.PostAsJsonAsync("/api/me/carer", ValidRegistration(givenName: "Other"), Ct);
        await AssertProblem(response, HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("carer"));
    }

    [Fact]
    public async Task An_nhs_number_already_held_is_not_409_the_signer_gets_their_own_record_and_the_number_waits_on_a_claim()
    {
        var (first, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(nhsNumber: "9434765919"));
        var response = await Carer(NewSubject()).PostAsJsonAsync("/api/me/carer", ValidRegistration(givenName: "Someone", familyName: "Else", nhsNumber: "9434765919"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("Amara", text, StringComparison.Ordinal);
        Assert.DoesNotContain(first["id"]!.GetValue<string>(), text, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync("carer"));
        Assert.Equal(1, await CountAsync("carer WHERE nhs_number = '9434765919'"));
        Assert.Equal(1, await CountAsync("match_candidate WHERE kind = 'signInClaim' AND claimed_nhs_number = '9434765919'"));
    }

    // The NHS-number oracle (decision 0023): a number held by another record shows on the signer's own record exactly as a
    // free one does; staff see it as claimed, unverified; the other record is untouched.
    [Fact]
    public async Task A_held_nhs_number_shows_on_the_signers_own_record_as_a_free_one_does_and_staff_see_it_unverified()
    {
        var known = await ReferAsync(Partner("CarersCentral"), Referral(nhsNumber: "9000000009"));
        var knownVersion = await ScalarAsync<int>($"SELECT version FROM carer WHERE id = '{known}'");
        var free = await Carer(NewSubject()).PostAsJsonAsync("/api/me/carer",
            ValidRegistration(givenName: "Nobody", familyName: "Unmatched", dateOfBirth: "1990-01-01", postcode: "LU4 9ZZ", nhsNumber: "9434765919"), Ct);
        var signer = Carer(NewSubject("signer"));

        var held = await signer.PostAsJsonAsync("/api/me/carer",
            ValidRegistration(givenName: "Mallory", familyName: "Stranger", dateOfBirth: "1990-01-01", postcode: "LU4 9ZZ", nhsNumber: "900 000 0009"), Ct);

        Assert.Equal(free.StatusCode, held.StatusCode);
        Assert.Equal(free.Headers.ETag, held.Headers.ETag);
        var freeRecord = await ReadJson(free);
        var heldRecord = await ReadJson(held);
        Assert.Equal(Shape(freeRecord), Shape(heldRecord));
        Assert.Equal("9434765919", freeRecord["nhsNumber"]!.GetValue<string>());
        Assert.Equal("9000000009", heldRecord["nhsNumber"]!.GetValue<string>());
        Assert.Equal("9000000009", (await ReadJson(await signer.GetAsync("/api/me/carer", Ct)))["nhsNumber"]!.GetValue<string>());

        var signerId = heldRecord["id"]!.GetValue<string>();
        var staffView = await ReadJson(await Assessor().GetAsync($"/api/carers/{signerId}", Ct));
        Assert.Null(staffView["nhsNumber"]?.GetValue<string>());
        Assert.Equal("9000000009", staffView["claimedNhsNumber"]!.GetValue<string>());
        Assert.Null((await ReadJson(await Assessor().GetAsync($"/api/carers/{freeRecord["id"]}", Ct)))["claimedNhsNumber"]?.GetValue<string>());
        Assert.Equal(1, await CountAsync($"match_candidate WHERE kind = 'signInClaim' AND carer_id = '{signerId}' AND candidate_id = '{known}' AND claimed_nhs_number = '9000000009'"));
        Assert.Equal(knownVersion, await ScalarAsync<int>($"SELECT version FROM carer WHERE id = '{known}' AND nhs_number = '9000000009'"));
    }

    // The takeover attempt (issue #14, decision 0023): someone who knows a carer's name, date of birth and postcode, or their
    // NHS number, registers with them. They get a record of their own, learn nothing, and see nothing of the carer's record.
    public static TheoryData<string> TakeoverDetails => new() { "name, date of birth and postcode", "NHS number" };

    [Theory]
    [MemberData(nameof(TakeoverDetails))]
    public async Task A_stranger_registering_with_a_known_carers_details_gets_only_their_own_record_and_the_same_answer_as_no_match(string using_)
    {
        var known = await ReferAsync(Partner("CarersCentral"), Referral(nhsNumber: "9000000009"));
        // The control types a free NHS number when the stranger types a held one: both show the number they typed.
        var control = await Carer(NewSubject()).PostAsJsonAsync("/api/me/carer",
            ValidRegistration(givenName: "Nobody", familyName: "Unmatched", dateOfBirth: "1990-01-01", postcode: "LU4 9ZZ",
                nhsNumber: using_ == "NHS number" ? "9434765919" : null), Ct);
        var stranger = Carer(NewSubject("stranger"));
        var body = using_ == "NHS number"
            ? ValidRegistration(givenName: "Mallory", familyName: "Stranger", dateOfBirth: "1990-01-01", postcode: "LU4 9ZZ", nhsNumber: "9000000009")
            : ValidRegistration(givenName: "Mallory", familyName: "Referredson", dateOfBirth: "1980-06-01", postcode: "LU3 2CD");

        var response = await stranger.PostAsJsonAsync("/api/me/carer", body, Ct);

        Assert.Equal(control.StatusCode, response.StatusCode);
        Assert.Equal(control.Headers.ETag, response.Headers.ETag);
        var record = await ReadJson(response);
        Assert.Equal(Shape(await ReadJson(control)), Shape(record));
        Assert.NotEqual(known.ToString(), record["id"]!.GetValue<string>());
        Assert.Equal("Mallory", record["givenName"]!.GetValue<string>());
        Assert.Empty(record["referrals"]!.AsArray());
        Assert.Equal(1, await CountAsync($"match_candidate WHERE kind = 'signInClaim' AND candidate_id = '{known}' AND status = 'open'"));

        foreach (var path in new[] { "/api/me/carer", "/api/me/carer/assessments", "/api/me/carer/grants", "/api/me/carer/emergency-plans",
                     "/api/me/carer/breaks", "/api/me/carer/information-requests", "/api/me/carer/feedback" })
        {
            var text = await (await stranger.GetAsync(path, Ct)).Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain(known.ToString(), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Rafi", text, StringComparison.Ordinal);
            Assert.DoesNotContain("07700 900456", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"partner\":\"CarersCentral\"", text, StringComparison.Ordinal);
        }
        Assert.Null(await ScalarAsync<string?>($"SELECT account_subject FROM carer WHERE id = '{known}'"));
    }

    [Fact]
    public async Task Staff_confirm_a_claim_and_merge_then_the_carers_sign_in_sees_the_one_known_record()
    {
        var known = await ReferAsync(Partner("CarersCentral"));
        var rafi = Carer(NewSubject("rafi"));
        var (own, _) = await RegisterAsync(rafi, ValidRegistration(givenName: "Rafi", familyName: "Referredson", dateOfBirth: "1980-06-01", postcode: "LU3 2CD"));

        var claim = (await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct)))["items"]!.AsArray().Single()!;
        Assert.Equal("signInClaim", claim["kind"]!.GetValue<string>());
        Assert.Equal(own["id"]!.GetValue<string>(), claim["incoming"]!["id"]!.GetValue<string>());
        Assert.Equal(known.ToString(), claim["existing"]!["id"]!.GetValue<string>());
        Assert.Equal("07700 900456", claim["existing"]!["contact"]!["phone"]!.GetValue<string>());
        Assert.Equal("amara@example.com", claim["incoming"]!["contact"]!["email"]!.GetValue<string>());
        Assert.True(claim["incoming"]!["hasSignIn"]!.GetValue<bool>());
        Assert.False(claim["existing"]!["hasSignIn"]!.GetValue<bool>());

        var decided = await Assessor().PostAsJsonAsync($"/api/match-candidates/{claim["id"]}/decision", new { decision = "merge", keep = known }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, decided.StatusCode);
        var record = await ReadJson(await rafi.GetAsync("/api/me/carer", Ct));
        Assert.Equal(known.ToString(), record["id"]!.GetValue<string>());
        Assert.Equal("07700 900456", record["phone"]!.GetValue<string>());
        Assert.Equal("CarersCentral", record["referrals"]![0]!["partner"]!.GetValue<string>());
        Assert.Equal("partnerReferral", record["identification"]!["source"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync("carer WHERE merged_into IS NULL"));
    }

    [Fact]
    public async Task Staff_keep_a_claim_apart_and_the_signer_keeps_only_their_own_record()
    {
        var known = await ReferAsync(Partner("CarersCentral"));
        var stranger = Carer(NewSubject("stranger"));
        var (own, _) = await RegisterAsync(stranger, ValidRegistration(givenName: "Mallory", familyName: "Referredson", dateOfBirth: "1980-06-01", postcode: "LU3 2CD"));
        var claim = (await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct)))["items"]![0]!["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NoContent, (await Assessor().PostAsJsonAsync($"/api/match-candidates/{claim}/decision", new { decision = "keepApart" }, Ct)).StatusCode);

        var record = await ReadJson(await stranger.GetAsync("/api/me/carer", Ct));
        Assert.Equal(own["id"]!.GetValue<string>(), record["id"]!.GetValue<string>());
        Assert.Empty(record["referrals"]!.AsArray());
        Assert.Null(await ScalarAsync<string?>($"SELECT account_subject FROM carer WHERE id = '{known}'"));
        Assert.Equal(2, await CountAsync("carer WHERE merged_into IS NULL"));
    }

    [Fact]
    public async Task Two_sign_ins_claiming_one_record_decided_at_once_merge_at_most_one_and_the_other_keeps_their_own_record()
    {
        var known = await ReferAsync(Partner("CarersCentral"));
        var first = Carer(NewSubject("first"));
        var second = Carer(NewSubject("second"));
        await RegisterAsync(first, ValidRegistration(givenName: "Rafi", familyName: "Referredson", dateOfBirth: "1980-06-01", postcode: "LU3 2CD"));
        await RegisterAsync(second, ValidRegistration(givenName: "Raf", familyName: "Referredson", dateOfBirth: "1980-06-01", postcode: "LU3 2CD"));
        var claims = (await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct)))["items"]!.AsArray()
            .Where(c => c!["existing"]!["id"]!.GetValue<string>() == known.ToString()).Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(2, claims.Count);

        var answers = await Task.WhenAll(claims.Select((c, i) =>
            Assessor($"assessor-{i}").PostAsJsonAsync($"/api/match-candidates/{c}/decision", new { decision = "merge", keep = known }, Ct)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.NoContent));
        await AssertProblem(answers.Single(a => a.StatusCode != HttpStatusCode.NoContent), HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("carer WHERE merged_into IS NOT NULL"));
        var seen = new[] { await ReadJson(await first.GetAsync("/api/me/carer", Ct)), await ReadJson(await second.GetAsync("/api/me/carer", Ct)) };
        Assert.Single(seen, r => r["id"]!.GetValue<string>() == known.ToString());
        Assert.Single(seen, r => r["id"]!.GetValue<string>() != known.ToString());
    }

    private static string Shape(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Shape(p.Value))) + "}",
        System.Text.Json.Nodes.JsonArray a => "[" + (a.Count > 0 ? Shape(a[0]) : "") + "]",
        null => "null",
        _ => "v",
    };

    public static TheoryData<string, string, string?> BadBodies => new()
    {
        { "malformed JSON", """{"givenName": "Amara", """, null },
        { "not JSON at all", "givenName=Amara", null },
        { "wrong type: number for a name", """{"registeringAs":"self","givenName":5}""", "givenName" },
        { "wrong type: string for a list", """{"registeringAs":"self","reasonableAdjustments":"largePrint"}""", "reasonableAdjustments" },
        { "unknown enum value", """{"registeringAs":"self","preferredContactChannel":"carrierPigeon"}""", "preferredContactChannel" },
        { "enum as a number", """{"registeringAs":1}""", "registeringAs" },
        { "impossible date", """{"registeringAs":"self","dateOfBirth":"1990-02-30"}""", "dateOfBirth" },
        { "unknown field", """{"registeringAs":"self","isAdmin":true}""", "isAdmin" },
        { "empty object", "{}", "givenName" },
        { "JSON null", "null", null },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_gets_400_problem_details_and_writes_nothing(string because, string body, string? field)
    {
        var subject = NewSubject();
        var response = await Carer(subject).PostAsync("/api/me/carer", Json(body), Ct);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        if (field is not null) Assert.True(ErrorKeys(problem).Contains(field), $"{because}: expected an error for {field}, got {problem}");
        Assert.Equal(0, await CountAsync("carer"));
    }

    public static TheoryData<string, object, string> InvalidValues => new()
    {
        { "invalid NHS number", ValidRegistration(nhsNumber: "9991234560"), "nhsNumber" },
        { "NHS number of nine digits", ValidRegistration(nhsNumber: "943476591"), "nhsNumber" },
        { "future date of birth", ValidRegistration(dateOfBirth: DateOnly.FromDateTime(DateTime.Today).AddDays(1).ToString("yyyy-MM-dd")), "dateOfBirth" },
        { "a carer under 5", ValidRegistration(dateOfBirth: DateOnly.FromDateTime(DateTime.Today).AddYears(-4).ToString("yyyy-MM-dd")), "dateOfBirth" },
        { "SQL in a name", ValidRegistration(givenName: "'; drop table carers; --"), "givenName" },
        { "markup in a name", ValidRegistration(familyName: "<script>alert(1)</script>"), "familyName" },
        { "a name too long", ValidRegistration(givenName: new string('a', 101)), "givenName" },
        { "postcode not a postcode", ValidRegistration(postcode: "NOT A POSTCODE"), "postcode" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public async Task Invalid_values_get_400_keyed_by_field_and_write_nothing(string because, object body, string field)
    {
        var response = await Carer(NewSubject()).PostAsJsonAsync("/api/me/carer", body, Ct);
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True(ErrorKeys(problem).Contains(field), $"{because}: expected an error for {field}, got {problem}");
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Fact]
    public async Task A_2_MB_body_is_413_problem_details_and_writes_nothing()
    {
        var huge = $$"""{"registeringAs":"self","givenName":"{{new string('a', 2 * 1024 * 1024)}}"}""";
        var response = await Carer(NewSubject()).PostAsync("/api/me/carer", Json(huge), Ct);
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Fact]
    public async Task Names_from_any_alphabet_with_apostrophes_and_hyphens_are_accepted()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(givenName: "Zoë", familyName: "O'Brien-Nuñez"));
        Assert.Equal("O'Brien-Nuñez", record["familyName"]!.GetValue<string>());
    }
}
