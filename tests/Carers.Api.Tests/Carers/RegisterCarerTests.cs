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
             "preferredLanguage":"English","preferredContactChannel":"post","addressLine1":"1 Test Street","category":"youngCarer"}
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
    public async Task An_nhs_number_already_held_is_409_without_saying_whose()
    {
        await RegisterAsync(Carer(NewSubject()), ValidRegistration(nhsNumber: "9434765919"));
        var response = await Carer(NewSubject()).PostAsJsonAsync("/api/me/carer", ValidRegistration(givenName: "Someone", nhsNumber: "9434765919"), Ct);
        var problem = await AssertProblem(response, HttpStatusCode.Conflict);
        Assert.DoesNotContain("Amara", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("carer"));
    }

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
