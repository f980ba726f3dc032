using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.EmergencyPlans;

/// <summary>
/// The overdue emergency plan queue (issue #14): no reminder call about a plan for someone the carer
/// no longer cares for, nor about a record that is closed or merged into another.
/// </summary>
public sealed class ListOverdueEmergencyPlansTests(ApiFixture api) : ApiTest(api)
{
    private async Task<(Guid CarerId, string PlanId)> OverduePlanAsync()
    {
        var subject = NewSubject();
        var carer = Carer(subject);
        await RegisterAsync(carer);
        var relationship = (await ReadJson(await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct)))["relationshipId"]!.GetValue<string>();
        var plan = (await ReadJson(await carer.PutAsJsonAsync($"/api/me/carer/emergency-plans/{relationship}", new { careNeeded = "Meals and medication." }, Ct)))["id"]!.GetValue<string>();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("UPDATE emergency_plan SET next_review_on = current_date - 30 WHERE id = @Id", new { Id = Guid.Parse(plan) });
        return (await connection.ExecuteScalarAsync<Guid>("SELECT id FROM carer WHERE account_subject = @Subject", new { Subject = subject }), plan);
    }

    [Fact]
    public async Task Plans_of_closed_or_merged_records_and_of_ended_caring_are_not_on_the_overdue_queue()
    {
        var (keptCarer, kept) = await OverduePlanAsync();
        var (closedCarer, _) = await OverduePlanAsync();
        var (mergedCarer, _) = await OverduePlanAsync();
        var (endedCarer, _) = await OverduePlanAsync();
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.ExecuteAsync("UPDATE carer SET closed_at = now(), closed_reason = 'exCarer' WHERE id = @Id", new { Id = closedCarer });
        await connection.ExecuteAsync("UPDATE carer SET merged_into = @Into WHERE id = @Id", new { Id = mergedCarer, Into = keptCarer });
        await connection.ExecuteAsync("UPDATE caring_relationship SET ended_on = current_date - 1 WHERE carer_id = @Id", new { Id = endedCarer });

        var queue = await ReadJson(await Assessor().GetAsync("/api/emergency-plans/overdue", Ct));

        Assert.Equal([kept], queue["items"]!.AsArray().Select(i => i!["planId"]!.GetValue<string>()));
    }
}
