using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.EmergencyPlans;

/// <summary>
/// Saving a plan once a carer has many (issue #14: the 21st plan answered 500 because the save read
/// back the carer's first 20 plans and looked for its own among them). The lists show the plans for
/// the people the carer still cares for.
/// </summary>
public sealed class SaveEmergencyPlanTests(ApiFixture api) : ApiTest(api)
{
    private static object Plan(string careNeeded = "Help to wash and dress each morning.") => new
    {
        careNeeded,
        contacts = new[] { new { name = "Ada Neighbour", phone = "07700 900111", relationship = "Neighbour", consentGiven = true, holdsCopy = true } },
    };

    private HttpClient Duty() => Api.ClientAs("Staff.EmergencyDuty", "duty-1");

    /// <summary>Relationships with a plan each, written directly (as the years, or a merge of two records, would leave them).</summary>
    private async Task AddPlannedRelationshipsAsync(string subject, int count, bool ended)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("""
            WITH c AS (SELECT id FROM carer WHERE account_subject = @Subject),
            p AS (
                INSERT INTO cared_for_person (given_name, family_name, postcode) SELECT 'Earlier', 'Person' || g, 'LU2 7XY' FROM generate_series(1, @Count) g RETURNING id
            ), r AS (
                INSERT INTO caring_relationship (carer_id, cared_for_person_id, relationship, main_need, hours_per_week, lives_with_carer, started_on, ended_on)
                SELECT c.id, p.id, 'parent', 'dementia', 10, false, date '2015-01-01', CASE WHEN @Ended THEN date '2019-12-31' END FROM p CROSS JOIN c RETURNING id, carer_id
            )
            INSERT INTO emergency_plan (carer_id, relationship_id, content, reviewed_on, next_review_on, created_at)
            SELECT carer_id, id, '{"careNeeded":"An earlier plan"}', current_date, current_date + 365, now() - interval '1 day' FROM r
            """, new { Subject = subject, Count = count, Ended = ended });
    }

    private async Task<(HttpClient Carer, string Subject, string RelationshipId)> CarerWithPersonAsync()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);
        var person = await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct));
        return (carer, subject, person["relationshipId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plan_saved_after_twenty_plans_for_people_no_longer_cared_for_is_200_and_is_the_one_listed_and_looked_up()
    {
        var (carer, subject, relationship) = await CarerWithPersonAsync();
        await AddPlannedRelationshipsAsync(subject, 20, ended: true);

        var saved = await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan(), Ct);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(relationship, (await ReadJson(saved))["relationshipId"]!.GetValue<string>());
        var mine = await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct));
        var listed = Assert.Single(mine["plans"]!.AsArray())!;
        Assert.Equal(relationship, listed["relationshipId"]!.GetValue<string>());
        var card = mine["cardNumber"]!.GetValue<string>();
        var found = await ReadJson(await Duty().GetAsync($"/api/emergency-cards/{card}", Ct));
        Assert.Equal("Help to wash and dress each morning.", Assert.Single(found["plans"]!.AsArray())!["content"]!["careNeeded"]!.GetValue<string>());
    }

    [Fact]
    public async Task More_than_twenty_current_plans_are_all_saved_listed_and_looked_up()
    {
        // Twenty-five people cared for at once: more than one record allows, as two merged records can hold.
        var (carer, subject, relationship) = await CarerWithPersonAsync();
        await AddPlannedRelationshipsAsync(subject, 25, ended: false);

        var saved = await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan(), Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/me/carer/emergency-plans/{relationship}") { Content = JsonContent.Create(Plan("Changed")) };
        update.Headers.TryAddWithoutValidation("If-Match", saved.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await carer.SendAsync(update, Ct)).StatusCode);

        var mine = await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct));
        Assert.Equal(26, mine["plans"]!.AsArray().Count);
        Assert.Contains(mine["plans"]!.AsArray(), p => p!["relationshipId"]!.GetValue<string>() == relationship);
        var found = await ReadJson(await Duty().GetAsync($"/api/emergency-cards/{mine["cardNumber"]!.GetValue<string>()}", Ct));
        Assert.Equal(26, found["plans"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_plan_for_someone_no_longer_cared_for_is_kept_but_cannot_be_changed()
    {
        var (carer, _, relationship) = await CarerWithPersonAsync();
        var saved = await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", Plan(), Ct);
        Assert.Equal(HttpStatusCode.OK, (await carer.PostAsJsonAsync($"/api/me/carer/cared-for-people/{relationship}/end", new { endedOn = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd") }, Ct)).StatusCode);

        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/me/carer/emergency-plans/{relationship}") { Content = JsonContent.Create(Plan("Changed")) };
        update.Headers.TryAddWithoutValidation("If-Match", saved.Headers.ETag!.ToString());
        await AssertProblem(await carer.SendAsync(update, Ct), HttpStatusCode.Conflict);

        Assert.Empty((await ReadJson(await carer.GetAsync("/api/me/carer/emergency-plans", Ct)))["plans"]!.AsArray());
        Assert.Equal(1, await CountAsync("emergency_plan WHERE version = 1 AND content->>'careNeeded' = 'Help to wash and dress each morning.'"));
    }
}
