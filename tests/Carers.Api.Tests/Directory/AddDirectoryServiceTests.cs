using System.Net;
using System.Text.Json.Nodes;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;
using static Carers.Api.Tests.ServiceDirectory.DirectoryRequests;

namespace Carers.Api.Tests.ServiceDirectory;

/// <summary>A manager adds a service; bad input is 400 and writes nothing; only managers may.</summary>
public sealed class AddDirectoryServiceTests(ApiFixture api) : ApiTest(api)
{
    /// <summary>Ways to spoil a valid body, by name, with the field the 400 must name.</summary>
    private static readonly Dictionary<string, Action<JsonObject>> Spoilers = new()
    {
        ["closesBeforeOpens"] = b => Hours(b)["slots"]![0]!["closes"] = "09:00",
        ["closesAsItOpens"] = b => Hours(b)["slots"]![0]!["closes"] = "10:00",
        ["unknownDay"] = b => Hours(b)["slots"]![0]!["day"] = "funday",
        ["dayAsNumber"] = b => Hours(b)["slots"]![0]!["day"] = 1,
        ["timeWithoutLeadingZero"] = b => Hours(b)["slots"]![0]!["opens"] = "9:30",
        ["timeOutOfRange"] = b => Hours(b)["slots"]![0]!["opens"] = "25:00",
        ["opensAtMidnightEnd"] = b => Hours(b)["slots"]![0]!["opens"] = "24:00",
        ["missingCloses"] = b => Hours(b)["slots"]![0]!.AsObject().Remove("closes"),
        ["overlappingSlots"] = b => Hours(b)["slots"]!.AsArray().Add(Slot("monday", "15:00", "17:00")),
        ["channelTwice"] = b => b["openingHours"]!.AsArray().Add(CarersCentralHours("helpline")),
        ["unknownChannel"] = b => Hours(b)["channel"] = "carrierPigeon",
        ["channelWithoutSlots"] = b => Hours(b)["slots"] = new JsonArray(),
        ["unknownAudience"] = b => b["audiences"] = new JsonArray("carersOfCats"),
        ["noAudience"] = b => b["audiences"] = new JsonArray(),
        ["audienceTwice"] = b => b["audiences"] = new JsonArray("adultCarers", "adultCarers"),
        ["unknownNeed"] = b => b["needs"] = new JsonArray("boredom"),
        ["badLanguageCode"] = b => b["languages"] = new JsonArray("en", "xx"),
        ["languageAsName"] = b => b["languages"] = new JsonArray("English"),
        ["noLanguage"] = b => b["languages"] = new JsonArray(),
        ["noName"] = b => b["name"] = "  ",
        ["overlongName"] = b => b["name"] = new string('a', 201),
        ["nameWithMarkup"] = b => b["name"] = "<b>Carers</b>",
        ["overlongSummary"] = b => b["summary"] = new string('a', 1001),
        ["noSummary"] = b => b.Remove("summary"),
        ["badWebAddress"] = b => b["website"] = "ftp://carers.example.org",
        ["webAddressWithoutScheme"] = b => b["website"] = "carers.example.org",
        ["badEmail"] = b => b["email"] = "help-at-example.org",
        ["badPhone"] = b => b["phone"] = "call us",
        ["badPostcode"] = b => b["postcode"] = "LUTON",
        ["noWayToReach"] = b => { foreach (var f in new[] { "phone", "website", "email", "addressLine1" }) b.Remove(f); },
        ["unknownField"] = b => b["fax"] = "01632 960999",
    };

    private static JsonObject Hours(JsonObject body) => body["openingHours"]![0]!.AsObject();

    [Fact]
    public async Task A_manager_adds_a_service_and_the_addition_is_audited()
    {
        var manager = NewSubject("manager");
        var response = await Api.ClientAs("Staff.Manager", manager).PostAsync(Route, Body(Valid()), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"v1\"", response.Headers.ETag!.ToString());
        var added = await ReadJson(response);
        var id = added["id"]!.GetValue<string>();
        Assert.Equal($"/api/directory/services/{id}", response.Headers.Location!.ToString());
        Assert.Equal(new[] { "adultCarers" }, added["audiences"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(10, await CountAsync("directory_opening_slot"));
        var audit = Assert.Single(await AuditFor(manager));
        Assert.Equal(("AddDirectoryService", "directoryService", id, "success"), (audit.action, audit.record_type, audit.record_id, audit.outcome));
        Assert.Equal("Carers Central", (await Anonymous().GetJsonAsync($"{Route}/{id}", Ct))["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("closesBeforeOpens", "openingHours[0].slots[0].closes")]
    [InlineData("closesAsItOpens", "openingHours[0].slots[0].closes")]
    [InlineData("unknownDay", "openingHours[0].slots[0].day")]
    [InlineData("dayAsNumber", "openingHours[0].slots[0].day")]
    [InlineData("timeWithoutLeadingZero", "openingHours[0].slots[0].opens")]
    [InlineData("timeOutOfRange", "openingHours[0].slots[0].opens")]
    [InlineData("opensAtMidnightEnd", "openingHours[0].slots[0].opens")]
    [InlineData("missingCloses", "openingHours[0].slots[0].closes")]
    [InlineData("overlappingSlots", "openingHours[0].slots")]
    [InlineData("channelTwice", "openingHours")]
    [InlineData("unknownChannel", "openingHours[0].channel")]
    [InlineData("channelWithoutSlots", "openingHours[0].slots")]
    [InlineData("unknownAudience", "audiences[0]")]
    [InlineData("noAudience", "audiences")]
    [InlineData("audienceTwice", "audiences")]
    [InlineData("unknownNeed", "needs[0]")]
    [InlineData("badLanguageCode", "languages[1]")]
    [InlineData("languageAsName", "languages[0]")]
    [InlineData("noLanguage", "languages")]
    [InlineData("noName", "name")]
    [InlineData("overlongName", "name")]
    [InlineData("nameWithMarkup", "name")]
    [InlineData("overlongSummary", "summary")]
    [InlineData("noSummary", "summary")]
    [InlineData("badWebAddress", "website")]
    [InlineData("webAddressWithoutScheme", "website")]
    [InlineData("badEmail", "email")]
    [InlineData("badPhone", "phone")]
    [InlineData("badPostcode", "postcode")]
    [InlineData("noWayToReach", "phone")]
    [InlineData("unknownField", "fax")]
    public async Task Bad_input_is_400_naming_the_field_and_writes_nothing(string spoiler, string field)
    {
        var body = Valid();
        Spoilers[spoiler](body);
        var manager = NewSubject("manager");

        var problem = await AssertProblem(await Api.ClientAs("Staff.Manager", manager).PostAsync(Route, Body(body), Ct), HttpStatusCode.BadRequest);

        Assert.Equal(new[] { field }, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("directory_service"));
        Assert.Equal(0, await CountAsync("directory_opening_slot"));
        Assert.Empty(await AuditFor(manager));
    }

    [Theory]
    [InlineData(8, 600, 960)]    // no eighth day
    [InlineData(0, 600, 960)]
    [InlineData(2, 960, 600)]    // closes before it opens
    [InlineData(2, 600, 600)]
    [InlineData(2, 600, 1441)]   // after midnight
    public async Task The_database_itself_refuses_an_impossible_slot(int day, int opens, int closes)
    {
        var (id, _) = await Api.AddAsync(Valid(), Ct);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "INSERT INTO directory_opening_slot (service_id, channel, day, opens_minute, closes_minute) VALUES (@Id, 'office', @Day, @Opens, @Closes)",
            new { Id = Guid.Parse(id), Day = day, Opens = opens, Closes = closes }));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
    }

    [Theory]
    [InlineData("name", "' '")]
    [InlineData("audiences", "'{}'")]
    [InlineData("audiences", "'{carersOfCats}'")]
    [InlineData("languages", "'{english}'")]
    public async Task The_database_itself_refuses_an_impossible_entry(string column, string value)
    {
        var (id, _) = await Api.AddAsync(Valid(), Ct);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);

        // The column and value are the test's own constants above, never input.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            $"UPDATE directory_service SET {column} = {value} WHERE id = @Id", new { Id = Guid.Parse(id) }));

        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
    }

    [Fact]
    public async Task A_service_open_until_midnight_is_accepted()
    {
        var body = Valid();
        body["openingHours"] = new JsonArray(Channel("helpline", Slot("sunday", "18:00", "24:00")));

        var (id, _) = await Api.AddAsync(body, Ct);

        var slot = (await Anonymous().GetJsonAsync($"{Route}/{id}", Ct))["openingHours"]![0]!["slots"]![0]!;
        Assert.Equal("24:00", slot["closes"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_live_service_with_the_same_name_is_409_and_a_retired_name_may_be_used_again()
    {
        var (first, firstETag) = await Api.AddAsync(Valid("Carers Central"), Ct);

        await AssertProblem(await Manager().PostAsync(Route, Body(Valid("carers central")), Ct), HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("directory_service"));

        await Api.RetireAsync(first, firstETag, Ct);
        await Api.AddAsync(Valid("Carers Central"), Ct);
        Assert.Equal(2, await CountAsync("directory_service"));
    }

    [Fact]
    public async Task Only_a_manager_may_add_a_service()
    {
        await AssertProblem(await Anonymous().PostAsync(Route, Body(Valid()), Ct), HttpStatusCode.Unauthorized);
        await AssertProblem(await Carer(NewSubject()).PostAsync(Route, Body(Valid()), Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Assessor().PostAsync(Route, Body(Valid()), Ct), HttpStatusCode.Forbidden);

        Assert.Equal(0, await CountAsync("directory_service"));
    }
}
