using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.GpFlags;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Carers;

/// <summary>Staff register a carer met by phone or face to face, through the matcher (issue #14).</summary>
public sealed class RegisterCarerByStaffTests(ApiFixture api) : ApiTest(api)
{
    public static object StaffRegistration(string givenName = "Dara", string familyName = "Phonecaller", string dateOfBirth = "1968-09-30",
        string? nhsNumber = null, string postcode = "LU4 8QQ", bool? registerAnyway = null) => new
    {
        givenName,
        familyName,
        dateOfBirth,
        postcode,
        preferredLanguage = "en",
        preferredContactChannel = "phone",
        phone = "01582 123456",
        nhsNumber,
        registerAnyway,
    };

    [Fact]
    public async Task Staff_register_a_carer_with_source_staff_and_no_sign_in()
    {
        var response = await Assessor().PostAsJsonAsync("/api/carers", StaffRegistration(nhsNumber: "943 476 5919"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await ReadJson(response);
        var id = record["id"]!.GetValue<string>();
        Assert.Equal($"/api/carers/{id}", response.Headers.Location!.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("staff", record["registeredBy"]!.GetValue<string>());
        Assert.Equal("staff", record["identification"]!["source"]!.GetValue<string>());
        Assert.Equal("9434765919", record["nhsNumber"]!.GetValue<string>());
        Assert.Null(record["gpStatus"]);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Null(await connection.ExecuteScalarAsync<string?>("SELECT account_subject FROM carer"));
        Assert.Contains(await AuditFor("assessor-1"), a => a.action == "RegisterCarerByStaff" && a.record_id == id && a.outcome == "success");
        Assert.Equal(HttpStatusCode.OK, (await Assessor().GetAsync($"/api/carers/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_NHS_number_we_hold_is_not_registered_again_and_staff_are_pointed_at_the_record()
    {
        var (existing, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(nhsNumber: "9434765919"));

        var assessor = NewSubject("assessor");
        var problem = await AssertProblem(await Assessor(assessor).PostAsJsonAsync("/api/carers", StaffRegistration(nhsNumber: "9434765919"), Ct), HttpStatusCode.Conflict);

        Assert.Equal(existing["id"]!.GetValue<string>(), problem["existingCarerId"]!.GetValue<string>());
        Assert.Contains("match queue", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("carer"));
        Assert.Empty(await AuditFor(assessor));
    }

    [Fact]
    public async Task A_probable_match_is_refused_with_the_candidates_and_writes_nothing()
    {
        var (existing, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(givenName: "Amara", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB"));

        var problem = await AssertProblem(await Assessor().PostAsJsonAsync("/api/carers",
            StaffRegistration(givenName: "Amy", familyName: "TESTCARER", dateOfBirth: "1975-03-14", postcode: "lu13ab"), Ct), HttpStatusCode.Conflict);

        Assert.Equal("https://carers.luton.gov.uk/problems/probable-duplicate", problem["type"]!.GetValue<string>());
        var candidate = Assert.Single(problem["candidates"]!.AsArray())!;
        Assert.Equal(existing["id"]!.GetValue<string>(), candidate["id"]!.GetValue<string>());
        Assert.Equal("Amara", candidate["givenName"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync("carer"));
        Assert.Equal(0, await CountAsync("match_candidate"));
    }

    [Fact]
    public async Task Register_anyway_creates_the_record_and_queues_the_pair_for_the_match_queue()
    {
        var (existing, _) = await RegisterAsync(Carer(NewSubject()), ValidRegistration(familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB"));

        var response = await Assessor().PostAsJsonAsync("/api/carers",
            StaffRegistration(givenName: "Amy", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB", registerAnyway: true), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await ReadJson(response))["id"]!.GetValue<string>();
        var queue = await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct));
        var pair = Assert.Single(queue["items"]!.AsArray())!;
        Assert.Equal(created, pair["incoming"]!["id"]!.GetValue<string>());
        Assert.Equal(existing["id"]!.GetValue<string>(), pair["existing"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Registering_someone_from_the_GP_worklist_keeps_source_GP_flag_the_first_date_and_the_flags()
    {
        await GpWorklistSeed.FlagAsync(Api, "9434765919", recordedOn: "2024-11-01");
        await GpWorklistSeed.FlagAsync(Api, "9434765919", recordedOn: "2025-02-01", code: "302767002");
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("UPDATE gp_identified_person SET first_flagged_at = '2024-11-03T10:00:00Z'");
        await Assessor().PostAsJsonAsync("/api/gp-identified-people/9434765919/contact-attempts", new { outcome = "couldNotReach" }, Ct);

        var response = await Assessor().PostAsJsonAsync("/api/carers", StaffRegistration(nhsNumber: "9434765919"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await ReadJson(response);
        var id = Guid.Parse(record["id"]!.GetValue<string>());
        Assert.Equal("gpFlag", record["identification"]!["source"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2024, 11, 3, 10, 0, 0, TimeSpan.Zero), record["identification"]!["identifiedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("staff", record["registeredBy"]!.GetValue<string>());
        Assert.Equal("identifiedAsCarer", record["gpStatus"]!["status"]!.GetValue<string>());
        Assert.Equal("2025-02-01", record["gpStatus"]!["recordedOn"]!.GetValue<string>());
        Assert.Equal("A12345", record["gpStatus"]!["odsCode"]!.GetValue<string>());
        Assert.Equal(2, await CountAsync($"gp_flag WHERE carer_id = '{id}'"));
        Assert.Equal("registered", await connection.ExecuteScalarAsync<string>("SELECT status FROM gp_identified_person"));
        Assert.Equal(["couldNotReach", "registered"], (await connection.QueryAsync<string>("SELECT outcome FROM gp_contact_attempt ORDER BY attempted_at")).ToArray());
        Assert.Empty((await ReadJson(await Assessor().GetAsync("/api/gp-identified-people", Ct)))["items"]!.AsArray());

        // A flag arriving after registration reaches the record, as for any known carer.
        await GpWorklistSeed.FlagAsync(Api, "9434765919", recordedOn: "2025-03-01", code: "199361000000101");
        Assert.Equal(3, await CountAsync($"gp_flag WHERE carer_id = '{id}'"));
    }

    [Fact]
    public async Task Someone_who_declined_at_first_and_registers_later_keeps_source_GP_flag()
    {
        await GpWorklistSeed.FlagAsync(Api, "9434765919", recordedOn: "2025-01-10");
        await Assessor().PostAsJsonAsync("/api/gp-identified-people/9434765919/contact-attempts", new { outcome = "declined" }, Ct);

        var response = await Assessor().PostAsJsonAsync("/api/carers", StaffRegistration(nhsNumber: "9434765919"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("gpFlag", (await ReadJson(response))["identification"]!["source"]!.GetValue<string>());
        Assert.Equal(2, await CountAsync("gp_contact_attempt"));
    }

    [Fact]
    public async Task Bad_details_are_refused_and_write_nothing()
    {
        var problem = await AssertProblem(await Assessor().PostAsync("/api/carers", Json("{\"givenName\": \"\", \"dateOfBirth\": \"2999-01-01\", \"nhsNumber\": \"9991234560\"}"), Ct), HttpStatusCode.BadRequest);
        Assert.Contains("nhsNumber", ErrorKeys(problem));
        Assert.Contains("dateOfBirth", ErrorKeys(problem));
        await AssertProblem(await Assessor().PostAsync("/api/carers", Json("{\"preferredContactChannel\": \"pigeon\"}"), Ct), HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Fact]
    public async Task Carers_partners_and_other_staff_cannot_register_carers_here()
    {
        await AssertProblem(await Carer(NewSubject()).PostAsJsonAsync("/api/carers", StaffRegistration(), Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner("CarersCentral").PostAsJsonAsync("/api/carers", StaffRegistration(), Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Api.ClientAs("Staff.EmergencyDuty", "duty-1").PostAsJsonAsync("/api/carers", StaffRegistration(), Ct), HttpStatusCode.Forbidden);
        Assert.Equal(0, await CountAsync("carer"));
    }
}
