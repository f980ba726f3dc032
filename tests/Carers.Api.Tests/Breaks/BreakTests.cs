using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Breaks;

/// <summary>Carers breaks (SPEC §5): providers' capacity and the weekly sitting allowance are never exceeded.</summary>
public sealed class BreakTests(ApiFixture api) : ApiTest(api)
{
    private static DateOnly NextMonday()
    {
        var d = DateOnly.FromDateTime(DateTime.Today).AddDays(7);
        while (d.DayOfWeek != DayOfWeek.Monday) d = d.AddDays(1);
        return d;
    }

    private async Task<string> Provider(string type = "shortBreak", int places = 1, string name = "Hospice at Home")
    {
        var response = await Api.ClientAs("Staff.Manager", "manager-1").PostAsJsonAsync("/api/break-providers", new
        {
            name, worksOn = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }, capacity = new[] { new { breakType = type, placesPerDay = places } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJson(response))["providerId"]!.GetValue<string>();
    }

    private async Task<(HttpClient Carer, string RelationshipId)> CarerWithPerson()
    {
        var carer = Carer(NewSubject());
        await RegisterAsync(carer);
        var person = await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));
        return (carer, person["relationshipId"]!.GetValue<string>());
    }

    private static object Ask(string relationshipId, string providerId, DateOnly on, string type = "shortBreak", int? minutes = null, bool emergency = false, DateOnly? endsOn = null) => new
    {
        relationshipId, breakType = type, providerId, startsOn = on.ToString("yyyy-MM-dd"), endsOn = (endsOn ?? on).ToString("yyyy-MM-dd"), sittingMinutes = minutes, emergency,
    };

    /// <summary>A carer cancels a break at the version in their list.</summary>
    private Task<HttpResponseMessage> CancelAsync(HttpClient carer, System.Text.Json.Nodes.JsonObject booked) =>
        carer.SendIfMatchAsync(HttpMethod.Post, $"/api/me/carer/breaks/{booked["id"]}/cancellation", null, booked["eTag"]!.GetValue<string>(), Ct);

    [Fact]
    public async Task Fifty_requests_at_once_for_the_last_place_exactly_one_succeeds()
    {
        var provider = await Provider(places: 1);
        var day = NextMonday();
        var carers = new List<(HttpClient Carer, string RelationshipId)>();
        for (var i = 0; i < 50; i++) carers.Add(await CarerWithPerson());

        var answers = await Task.WhenAll(carers.Select(c => c.Carer.PostAsJsonAsync("/api/me/carer/breaks", Ask(c.RelationshipId, provider, day), Ct)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(49, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await CountAsync("break_booking"));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT taken FROM provider_day_usage"));
    }

    [Fact]
    public async Task Concurrent_sitting_bookings_never_total_more_than_four_hours_a_week()
    {
        var provider = await Provider("sittingService", places: 100, name: "Alzheimer's Carers Haven");
        var (carer, relationship) = await CarerWithPerson();
        var monday = NextMonday();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            carer.PostAsJsonAsync("/api/me/carer/breaks", Ask(relationship, provider, monday.AddDays(i % 5), "sittingService", 60), Ct)));

        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(240, await connection.ExecuteScalarAsync<int>("SELECT minutes FROM sitting_week_usage"));
        Assert.Equal(240, await connection.ExecuteScalarAsync<int>("SELECT sum(sitting_minutes) FROM break_booking"));
        // The next week is a new allowance.
        Assert.Equal(HttpStatusCode.Created, (await carer.PostAsJsonAsync("/api/me/carer/breaks", Ask(relationship, provider, monday.AddDays(7), "sittingService", 240), Ct)).StatusCode);
    }

    [Fact]
    public async Task Cancelling_gives_back_the_place_and_the_hours()
    {
        var provider = await Provider("sittingService", places: 1);
        var (carer, relationship) = await CarerWithPerson();
        var day = NextMonday();
        var booked = await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/breaks", Ask(relationship, provider, day, "sittingService", 240), Ct));
        var (other, otherRelationship) = await CarerWithPerson();
        await AssertProblem(await other.PostAsJsonAsync("/api/me/carer/breaks", Ask(otherRelationship, provider, day, "sittingService", 60), Ct), HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.OK, (await CancelAsync(carer, booked)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync("/api/me/carer/breaks", Ask(otherRelationship, provider, day, "sittingService", 60), Ct)).StatusCode);
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT minutes FROM sitting_week_usage w JOIN break_booking b ON b.carer_id = w.carer_id WHERE b.id = @Id", new { Id = Guid.Parse(booked["id"]!.GetValue<string>()) }));
    }

    [Fact]
    public async Task Staff_approve_record_confirmation_and_complete_and_emergencies_come_first()
    {
        var provider = await Provider(places: 5);
        var (carer, relationship) = await CarerWithPerson();
        var planned = await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/breaks", Ask(relationship, provider, NextMonday(), endsOn: NextMonday().AddDays(2)), Ct));
        var emergencyProvider = await Provider(places: 5, name: "Luncheon club");
        var today = DateOnly.FromDateTime(DateTime.Today);
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.ExecuteAsync("UPDATE break_provider SET works_on = '{1,2,3,4,5,6,7}' WHERE id = @Id", new { Id = Guid.Parse(emergencyProvider) });
        }

        var (inCrisis, crisisRelationship) = await CarerWithPerson();
        var emergency = await inCrisis.PostAsJsonAsync("/api/me/carer/breaks", Ask(crisisRelationship, emergencyProvider, today, emergency: true), Ct);
        Assert.Equal(HttpStatusCode.Created, emergency.StatusCode);

        var queue = await ReadJson(await Assessor().GetAsync("/api/breaks", Ct));
        Assert.True(queue["items"]![0]!["emergency"]!.GetValue<bool>());
        // Staff see who the break is for, not only ids.
        Assert.Equal(("Amara Testcarer", "Bola Testcared"), (queue["items"]![0]!["carerName"]!.GetValue<string>(), queue["items"]![0]!["caredForName"]!.GetValue<string>()));
        Assert.Equal("Bola Testcared", planned["caredForName"]!.GetValue<string>());

        var id = planned["id"]!.GetValue<string>();
        await AssertProblem(await Assessor().MoveBreakAsync(Api, id, new { to = "completed" }, Ct), HttpStatusCode.Conflict);
        foreach (var step in new[] { "approved", "confirmed", "completed" })
        {
            Assert.Equal(HttpStatusCode.OK, (await Assessor().MoveBreakAsync(Api, id, new { to = step }, Ct)).StatusCode);
        }

        var mine = await ReadJson(await carer.GetAsync("/api/me/carer/breaks", Ct));
        Assert.Equal("completed", mine["items"]![0]!["status"]!.GetValue<string>());
        await using var db = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(3, await db.ExecuteScalarAsync<int>("SELECT sum(taken) FROM provider_day_usage WHERE provider_id = @Id", new { Id = Guid.Parse(provider) }));
    }

    [Fact]
    public async Task A_carer_sees_availability_before_asking()
    {
        var provider = await Provider(places: 2);
        var (carer, relationship) = await CarerWithPerson();
        var monday = NextMonday();
        await carer.PostAsJsonAsync("/api/me/carer/breaks", Ask(relationship, provider, monday), Ct);

        var availability = await ReadJson(await carer.GetAsync($"/api/break-availability?breakType=shortBreak&from={monday:yyyy-MM-dd}&to={monday.AddDays(6):yyyy-MM-dd}", Ct));
        var days = availability["days"]!.AsArray();
        Assert.Equal(5, days.Count); // Monday to Friday
        Assert.Equal(1, days[0]!["placesLeft"]!.GetValue<int>());
        Assert.Equal(2, days[1]!["placesLeft"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_carers_break_and_person_are_404()
    {
        var provider = await Provider(places: 5);
        var (alice, relationship) = await CarerWithPerson();
        var booked = await ReadJson(await alice.PostAsJsonAsync("/api/me/carer/breaks", Ask(relationship, provider, NextMonday()), Ct));
        var (bob, _) = await CarerWithPerson();

        await AssertProblem(await CancelAsync(bob, booked), HttpStatusCode.NotFound);
        await AssertProblem(await bob.PostAsJsonAsync("/api/me/carer/breaks", Ask(relationship, provider, NextMonday()), Ct), HttpStatusCode.NotFound);
        Assert.Empty((await ReadJson(await bob.GetAsync("/api/me/carer/breaks", Ct)))["items"]!.AsArray());
        await AssertProblem(await bob.GetAsync("/api/breaks", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Assessor().PostAsJsonAsync("/api/break-providers", new { name = "X", worksOn = new[] { "monday" }, capacity = new[] { new { breakType = "shortBreak", placesPerDay = 1 } } }, Ct), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("sittingService", 300, false, "sittingMinutes")]
    [InlineData("sittingService", null, false, "sittingMinutes")]
    [InlineData("shortBreak", 60, false, "sittingMinutes")]
    [InlineData("shortBreak", null, true, "startsOn")]
    public async Task Bad_requests_are_400_and_take_nothing(string type, int? minutes, bool emergency, string field)
    {
        var provider = await Provider(type, places: 5);
        var (carer, relationship) = await CarerWithPerson();
        var response = await carer.PostAsJsonAsync("/api/me/carer/breaks", Ask(relationship, provider, NextMonday(), type, minutes, emergency), Ct);
        Assert.Contains(field, ErrorKeys(await AssertProblem(response, HttpStatusCode.BadRequest)));
        Assert.Equal(0, await CountAsync("break_booking"));
        Assert.Equal(0, await CountAsync("provider_day_usage"));
    }

    [Fact]
    public async Task A_weekend_only_request_from_a_weekday_provider_is_400()
    {
        var provider = await Provider(places: 5);
        var (carer, relationship) = await CarerWithPerson();
        var saturday = NextMonday().AddDays(5);
        Assert.Contains("startsOn", ErrorKeys(await AssertProblem(await carer.PostAsJsonAsync("/api/me/carer/breaks", Ask(relationship, provider, saturday, endsOn: saturday.AddDays(1)), Ct), HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task Staff_see_each_providers_places_and_what_is_taken()
    {
        var provider = await Provider(places: 3);
        var (carer, relationship) = await CarerWithPerson();
        var monday = NextMonday();
        Assert.Equal(HttpStatusCode.Created, (await carer.PostAsJsonAsync("/api/me/carer/breaks", Ask(relationship, provider, monday), Ct)).StatusCode);

        foreach (var staff in new[] { Assessor(), Api.ClientAs("Staff.Manager", "manager-1") })
        {
            var answer = await ReadJson(await staff.GetAsync($"/api/break-providers?from={monday:yyyy-MM-dd}&to={monday.AddDays(6):yyyy-MM-dd}", Ct));
            var found = Assert.Single(answer["providers"]!.AsArray());
            Assert.Equal("Hospice at Home", found!["name"]!.GetValue<string>());
            Assert.Equal(5, found["worksOn"]!.AsArray().Count);
            var capacity = Assert.Single(found["capacity"]!.AsArray());
            Assert.Equal("shortBreak", capacity!["breakType"]!.GetValue<string>());
            Assert.Equal(3, capacity["placesPerDay"]!.GetValue<int>());
            var days = capacity["days"]!.AsArray();
            Assert.Equal(5, days.Count); // working days only
            Assert.Equal((1, 2), (days[0]!["taken"]!.GetValue<int>(), days[0]!["placesLeft"]!.GetValue<int>()));
            Assert.Equal((0, 3), (days[1]!["taken"]!.GetValue<int>(), days[1]!["placesLeft"]!.GetValue<int>()));
        }
    }

    [Fact]
    public async Task Only_staff_see_providers_and_the_window_is_checked()
    {
        var (carer, _) = await CarerWithPerson();
        await AssertProblem(await carer.GetAsync("/api/break-providers", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Api.ClientAs("Staff.EmergencyDuty", "duty-1").GetAsync("/api/break-providers", Ct), HttpStatusCode.Forbidden);
        Assert.Contains("to", ErrorKeys(await AssertProblem(await Assessor().GetAsync("/api/break-providers?from=2026-01-01&to=2026-03-01", Ct), HttpStatusCode.BadRequest)));
        Assert.Contains("to", ErrorKeys(await AssertProblem(await Assessor().GetAsync("/api/break-providers?to=2026-03-01", Ct), HttpStatusCode.BadRequest)));
        await AssertProblem(await Assessor().GetAsync("/api/break-providers?from=not-a-date", Ct), HttpStatusCode.BadRequest);
        var empty = await ReadJson(await Assessor().GetAsync("/api/break-providers", Ct));
        Assert.Empty(empty["providers"]!.AsArray());
    }
}
