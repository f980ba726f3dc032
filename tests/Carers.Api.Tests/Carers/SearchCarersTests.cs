using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Carers;

/// <summary>SearchCarers and GetCarer, the assessor's side.</summary>
public sealed class SearchCarersTests(ApiFixture api) : ApiTest(api)
{
    private async Task<string> Seed(string given, string family, string dateOfBirth = "1975-03-14", string postcode = "LU1 3AB", string? nhs = null)
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(given, family, dateOfBirth, nhs, postcode: postcode));
        return record["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task An_assessor_finds_carers_by_name_prefixes_and_pages_through_them_with_a_cursor()
    {
        foreach (var given in new[] { "Ann", "Bea", "Cal", "Dee", "Eve" }) await Seed(given, "Smithson");
        await Seed("Ann", "Jones");
        var assessor = Assessor();

        var first = await ReadJson(await assessor.GetAsync("/api/carers?name=smith&limit=2", Ct));
        var second = await ReadJson(await assessor.GetAsync($"/api/carers?name=smith&limit=2&cursor={first["nextCursor"]}", Ct));
        var third = await ReadJson(await assessor.GetAsync($"/api/carers?name=smith&limit=2&cursor={second["nextCursor"]}", Ct));

        var names = new[] { first, second, third }.SelectMany(p => p["items"]!.AsArray()).Select(i => i!["givenName"]!.GetValue<string>()).ToList();
        Assert.Equal(["Ann", "Bea", "Cal", "Dee", "Eve"], names);
        Assert.Null(third["nextCursor"]);
    }

    [Fact]
    public async Task Every_word_must_match_a_name()
    {
        await Seed("Ann", "Smithson");
        await Seed("Bea", "Smithson");
        var page = await ReadJson(await Assessor().GetAsync("/api/carers?name=smi%20an", Ct));
        Assert.Equal("Ann", Assert.Single(page["items"]!.AsArray())!["givenName"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_longest_word_may_start_either_name()
    {
        await Seed("Annabel", "Oz");
        await Seed("Oz", "Annabelle");
        await Seed("Anna", "Ozturk");
        var page = await ReadJson(await Assessor().GetAsync("/api/carers?name=oz%20annabel", Ct));
        var found = page["items"]!.AsArray().Select(i => $"{i!["givenName"]} {i["familyName"]}").Order().ToList();
        Assert.Equal(["Annabel Oz", "Oz Annabelle"], found);
    }

    [Fact]
    public async Task Two_words_may_both_start_one_name_or_one_each()
    {
        await Seed("Annabel", "Oz");
        await Seed("Oz", "Annabelle");
        await Seed("Ann", "Annan");
        await Seed("Anne", "Smith");
        await Seed("Anna", "Ozturk");
        var page = await ReadJson(await Assessor().GetAsync("/api/carers?name=ann%20anna", Ct));
        var found = page["items"]!.AsArray().Select(i => $"{i!["givenName"]} {i["familyName"]}").Order().ToList();
        Assert.Equal(["Ann Annan", "Anna Ozturk", "Annabel Oz", "Oz Annabelle"], found);

        var three = await ReadJson(await Assessor().GetAsync("/api/carers?name=oz%20ann%20anna", Ct));
        Assert.Equal(["Anna Ozturk", "Annabel Oz", "Oz Annabelle"], three["items"]!.AsArray().Select(i => $"{i!["givenName"]} {i["familyName"]}").Order().ToList());
    }

    [Fact]
    public async Task An_assessor_finds_by_nhs_number_date_of_birth_and_postcode_district()
    {
        var id = await Seed("Ann", "Smithson", "1960-01-02", "LU3 1AA", "9000000009");
        await Seed("Bea", "Other", "1970-01-02", "LU1 1AA");
        var assessor = Assessor();

        Assert.Equal(id, (await ReadJson(await assessor.GetAsync("/api/carers?nhsNumber=900%20000%200009", Ct)))["items"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(id, Assert.Single((await ReadJson(await assessor.GetAsync("/api/carers?dateOfBirth=1960-01-02", Ct)))["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(id, Assert.Single((await ReadJson(await assessor.GetAsync("/api/carers?postcode=lu3", Ct)))["items"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(id, Assert.Single((await ReadJson(await assessor.GetAsync("/api/carers?postcode=LU31AA", Ct)))["items"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("%25")]
    [InlineData("_")]
    [InlineData("%5C")]
    public async Task Wildcards_in_a_name_are_refused_not_expanded(string name)
    {
        await Seed("Ann", "Smithson");
        var problem = await AssertProblem(await Assessor().GetAsync($"/api/carers?name={name}", Ct), HttpStatusCode.BadRequest);
        Assert.Contains("name", ErrorKeys(problem));
    }

    [Fact]
    public async Task Every_carer_returned_is_audited_against_the_assessor()
    {
        var id = await Seed("Ann", "Smithson");
        var subject = NewSubject("assessor");
        await Assessor(subject).GetAsync("/api/carers?name=smithson", Ct);
        Assert.Contains(await AuditFor(subject), a => a is { action: "SearchCarers", outcome: "success" } && a.record_id == id);
    }

    [Theory]
    [InlineData("/api/carers", "name")]
    [InlineData("/api/carers?name=smith&limit=0", "limit")]
    [InlineData("/api/carers?name=smith&limit=1000", "limit")]
    [InlineData("/api/carers?name=smith&cursor=not-a-cursor", "cursor")]
    [InlineData("/api/carers?nhsNumber=9991234560", "nhsNumber")]
    [InlineData("/api/carers?postcode=zzz", "postcode")]
    [InlineData("/api/carers?name=%3Cscript%3E", "name")]
    [InlineData("/api/carers?dateOfBirth=1990-02-30", "dateOfBirth")]
    [InlineData("/api/carers?limit=ten&name=a", "limit")]
    public async Task Bad_search_input_is_400_keyed_by_field(string url, string field)
    {
        var problem = await AssertProblem(await Assessor().GetAsync(url, Ct), HttpStatusCode.BadRequest);
        Assert.Contains(field, ErrorKeys(problem));
    }

    [Fact]
    public async Task A_carer_calling_staff_search_gets_403_and_the_denial_is_audited()
    {
        await Seed("Ann", "Smithson");
        var subject = NewSubject();
        var client = Carer(subject);
        await RegisterAsync(client);

        await AssertProblem(await client.GetAsync("/api/carers?name=smithson", Ct), HttpStatusCode.Forbidden);

        Assert.Contains(await AuditFor(subject), a => a is { action: "SearchCarers", outcome: "forbidden" });
    }

    [Theory]
    [InlineData("Staff.Manager")]
    [InlineData("Staff.EmergencyDuty")]
    [InlineData("Staff.GrantsOfficer")]
    public async Task Other_staff_roles_cannot_browse_carers(string role)
    {
        var id = await Seed("Ann", "Smithson");
        var client = Api.ClientAs(role, NewSubject("staff"));
        await AssertProblem(await client.GetAsync("/api/carers?name=smithson", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await client.GetAsync($"/api/carers/{id}", Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_data_protection_team_can_search_for_the_carer_a_request_is_about_but_not_open_the_record()
    {
        var id = await Seed("Ann", "Smithson");
        var client = Api.ClientAs("Staff.DataProtection", NewSubject("dpo"));

        var page = await ReadJson(await client.GetAsync("/api/carers?name=smithson", Ct));

        Assert.Equal(id, page["items"]![0]!["id"]!.GetValue<string>());
        await AssertProblem(await client.GetAsync($"/api/carers/{id}", Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_assessor_opens_a_carer_and_the_read_is_audited()
    {
        var id = await Seed("Ann", "Smithson");
        var subject = NewSubject("assessor");

        var response = await Assessor(subject).GetAsync($"/api/carers/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("Smithson", (await ReadJson(response))["familyName"]!.GetValue<string>());
        Assert.Contains(await AuditFor(subject), a => a is { action: "GetCarer", outcome: "success" } && a.record_id == id);
    }

    [Fact]
    public async Task Opening_an_unknown_carer_is_404_and_audited()
    {
        var subject = NewSubject("assessor");
        var id = Guid.NewGuid().ToString();
        await AssertProblem(await Assessor(subject).GetAsync($"/api/carers/{id}", Ct), HttpStatusCode.NotFound);
        Assert.Contains(await AuditFor(subject), a => a is { action: "GetCarer", outcome: "notFound" } && a.record_id == id);
    }

    [Fact]
    public async Task A_carer_cannot_open_another_carers_record_by_id()
    {
        var id = await Seed("Ann", "Smithson");
        var subject = NewSubject();
        await AssertProblem(await Carer(subject).GetAsync($"/api/carers/{id}", Ct), HttpStatusCode.Forbidden);
        Assert.Contains(await AuditFor(subject), a => a is { action: "GetCarer", outcome: "forbidden" } && a.record_id == id);
    }
}
