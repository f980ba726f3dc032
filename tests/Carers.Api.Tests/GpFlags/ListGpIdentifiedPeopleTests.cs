using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.GpFlags;

/// <summary>The GP worklist (issue #14): oldest first, by practice, paged, staff only.</summary>
public sealed class ListGpIdentifiedPeopleTests(ApiFixture api) : ApiTest(api)
{
    private async Task SeedAsync()
    {
        await GpWorklistSeed.PersonAsync(Api, "9434765919", "A12345", "2025-03-01T09:00:00Z");
        await GpWorklistSeed.PersonAsync(Api, "9000000009", "B54321", "2025-01-01T09:00:00Z");
        await GpWorklistSeed.PersonAsync(Api, "4010232137", "A12345", "2025-02-01T09:00:00Z");
    }

    private static string[] NhsNumbers(System.Text.Json.Nodes.JsonObject page) =>
        page["items"]!.AsArray().Select(i => i!["nhsNumber"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task The_worklist_is_oldest_first_and_filters_by_practice()
    {
        await SeedAsync();

        var all = await ReadJson(await Assessor().GetAsync("/api/gp-identified-people", Ct));
        Assert.Equal(["9000000009", "4010232137", "9434765919"], NhsNumbers(all));
        var first = all["items"]![0]!;
        Assert.Equal("B54321", first["odsCode"]!.GetValue<string>());
        Assert.Equal("awaitingContact", first["status"]!.GetValue<string>());
        Assert.Equal(0, first["attemptCount"]!.GetValue<int>());
        Assert.Null(first["latestAttempt"]);
        Assert.Equal("2025-01-15", first["latestFlagOn"]!.GetValue<string>());

        var practice = await ReadJson(await Assessor().GetAsync("/api/gp-identified-people?practice=A12345", Ct));
        Assert.Equal(["4010232137", "9434765919"], NhsNumbers(practice));
    }

    [Fact]
    public async Task The_worklist_pages_with_a_cursor()
    {
        await SeedAsync();

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await ReadJson(await Assessor().GetAsync($"/api/gp-identified-people?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}", Ct));
            seen.AddRange(NhsNumbers(page));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(["9000000009", "4010232137", "9434765919"], seen);
    }

    [Fact]
    public async Task The_worklist_shows_the_latest_attempt_and_the_count_and_leaves_out_those_taken_off()
    {
        await SeedAsync();
        await Assessor().PostAsJsonAsync("/api/gp-identified-people/9000000009/contact-attempts", new { outcome = "couldNotReach", note = "No answer" }, Ct);
        await Assessor("assessor-2").PostAsJsonAsync("/api/gp-identified-people/9000000009/contact-attempts", new { outcome = "couldNotReach" }, Ct);
        await Assessor().PostAsJsonAsync("/api/gp-identified-people/4010232137/contact-attempts", new { outcome = "declined" }, Ct);

        var page = await ReadJson(await Assessor().GetAsync("/api/gp-identified-people", Ct));

        Assert.Equal(["9000000009", "9434765919"], NhsNumbers(page));
        var tried = page["items"]![0]!;
        Assert.Equal("contacted", tried["status"]!.GetValue<string>());
        Assert.Equal(2, tried["attemptCount"]!.GetValue<int>());
        Assert.Equal("assessor-2", tried["latestAttempt"]!["attemptedBy"]!.GetValue<string>());
        Assert.Equal("couldNotReach", tried["latestAttempt"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task People_no_longer_carers_by_their_latest_flag_are_not_on_the_worklist()
    {
        await GpWorklistSeed.FlagAsync(Api, "9434765919", recordedOn: "2025-01-01");
        await GpWorklistSeed.FlagAsync(Api, "9434765919", recordedOn: "2025-02-01", code: "199361000000101");

        Assert.Empty((await ReadJson(await Assessor().GetAsync("/api/gp-identified-people", Ct)))["items"]!.AsArray());
    }

    [Theory]
    [InlineData("practice=a12345")]
    [InlineData("practice=A1234567")]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("cursor=not-a-cursor")]
    public async Task Bad_criteria_are_refused(string query)
    {
        await AssertProblem(await Assessor().GetAsync($"/api/gp-identified-people?{query}", Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Carers_partners_and_GP_systems_cannot_see_the_worklist()
    {
        await SeedAsync();
        await AssertProblem(await Carer(NewSubject()).GetAsync("/api/gp-identified-people", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner("CarersCentral").GetAsync("/api/gp-identified-people", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await GpWorklistSeed.Gp(Api, "A12345").GetAsync("/api/gp-identified-people", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Anonymous().GetAsync("/api/gp-identified-people", Ct), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Reading_the_worklist_is_audited()
    {
        var assessor = NewSubject("assessor");
        await Assessor(assessor).GetAsync("/api/gp-identified-people?practice=A12345", Ct);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM audit_event WHERE action = 'ListGpIdentifiedPeople' AND actor_subject = @assessor AND reason = 'A12345'", new { assessor }));
    }
}
