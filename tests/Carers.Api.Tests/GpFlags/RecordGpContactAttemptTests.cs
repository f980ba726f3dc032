using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.GpFlags;

/// <summary>Contact attempts on the GP worklist (issue #14): history kept, outcomes move people off the list or keep them on.</summary>
public sealed class RecordGpContactAttemptTests(ApiFixture api) : ApiTest(api)
{
    private const string Nhs = "9434765919";
    private const string Route = $"/api/gp-identified-people/{Nhs}/contact-attempts";

    [Fact]
    public async Task Could_not_reach_keeps_the_person_on_the_worklist_and_every_attempt_is_kept()
    {
        await GpWorklistSeed.FlagAsync(Api, Nhs);

        var first = await Assessor().PostAsJsonAsync(Route, new { outcome = "couldNotReach", note = "Practice says the number on file is out of date." }, Ct);
        var second = await Assessor().PostAsJsonAsync(Route, new { outcome = "couldNotReach" }, Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var person = await ReadJson(second);
        Assert.Equal("contacted", person["status"]!.GetValue<string>());
        Assert.Equal(2, person["attemptCount"]!.GetValue<int>());
        Assert.Null(person["latestAttempt"]!["note"]);
        Assert.Equal(2, await CountAsync("gp_contact_attempt WHERE outcome = 'couldNotReach'"));
        Assert.Single((await ReadJson(await Assessor().GetAsync("/api/gp-identified-people", Ct)))["items"]!.AsArray());
    }

    [Theory]
    [InlineData("declined", "declined")]
    [InlineData("notACarer", "notACarer")]
    public async Task Declined_and_not_a_carer_take_the_person_off_the_worklist(string outcome, string status)
    {
        // The audit log is append-only, so it keeps other tests' rows: count only this test's.
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        var auditBefore = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(max(id), 0) FROM audit_event");
        await GpWorklistSeed.FlagAsync(Api, Nhs);
        await Assessor().PostAsJsonAsync(Route, new { outcome = "couldNotReach" }, Ct);

        var response = await Assessor().PostAsJsonAsync(Route, new { outcome, note = "Spoke to them on the phone." }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(status, (await ReadJson(response))["status"]!.GetValue<string>());
        Assert.Empty((await ReadJson(await Assessor().GetAsync("/api/gp-identified-people", Ct)))["items"]!.AsArray());
        await AssertProblem(await Assessor().PostAsJsonAsync(Route, new { outcome = "couldNotReach" }, Ct), HttpStatusCode.Conflict);
        Assert.Equal(2, await CountAsync("gp_contact_attempt"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM audit_event WHERE id > @AuditBefore AND action = 'RecordGpContactAttempt' AND record_id = @Nhs AND reason = @outcome",
            new { AuditBefore = auditBefore, Nhs, outcome }));
    }

    [Fact]
    public async Task A_later_flag_does_not_put_someone_who_declined_back_on_the_worklist()
    {
        await GpWorklistSeed.FlagAsync(Api, Nhs, recordedOn: "2025-01-01");
        await Assessor().PostAsJsonAsync(Route, new { outcome = "declined" }, Ct);

        await GpWorklistSeed.FlagAsync(Api, Nhs, recordedOn: "2025-02-01", code: "302767002");

        Assert.Empty((await ReadJson(await Assessor().GetAsync("/api/gp-identified-people", Ct)))["items"]!.AsArray());
    }

    [Theory]
    [InlineData("{}", "outcome")]
    [InlineData("{\"outcome\": \"registered\"}", "outcome")]
    [InlineData("{\"outcome\": \"maybe\"}", null)]
    [InlineData("{\"outcome\": \"declined\", \"note\": \"<script>\"}", "note")]
    [InlineData("{\"outcome\": \"declined\", \"extra\": 1}", null)]
    public async Task Bad_attempts_are_refused_and_write_nothing(string body, string? field)
    {
        await GpWorklistSeed.FlagAsync(Api, Nhs);

        var problem = await AssertProblem(await Assessor().PostAsync(Route, Json(body), Ct), HttpStatusCode.BadRequest);

        if (field is not null) Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0, await CountAsync("gp_contact_attempt"));
    }

    [Fact]
    public async Task A_long_note_is_refused()
    {
        await GpWorklistSeed.FlagAsync(Api, Nhs);
        var problem = await AssertProblem(await Assessor().PostAsJsonAsync(Route, new { outcome = "declined", note = new string('a', 1001) }, Ct), HttpStatusCode.BadRequest);
        Assert.Contains("note", ErrorKeys(problem));
    }

    [Theory]
    [InlineData("9000000009")]
    [InlineData("9991234560")]
    [InlineData("not-a-number")]
    public async Task Someone_not_on_the_worklist_is_404(string nhsNumber)
    {
        await GpWorklistSeed.FlagAsync(Api, Nhs);
        await AssertProblem(await Assessor().PostAsJsonAsync($"/api/gp-identified-people/{nhsNumber}/contact-attempts", new { outcome = "declined" }, Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Carers_and_partners_cannot_record_attempts()
    {
        await GpWorklistSeed.FlagAsync(Api, Nhs);
        await AssertProblem(await Carer(NewSubject()).PostAsJsonAsync(Route, new { outcome = "declined" }, Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner("Chums").PostAsJsonAsync(Route, new { outcome = "declined" }, Ct), HttpStatusCode.Forbidden);
        Assert.Equal(0, await CountAsync("gp_contact_attempt"));
    }
}
