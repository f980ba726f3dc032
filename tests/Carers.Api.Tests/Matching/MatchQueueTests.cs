using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Matching;

public sealed class MatchQueueTests(ApiFixture api) : ApiTest(api)
{
    private async Task<(string CandidateId, string Incoming, string Existing)> ProbableMatch()
    {
        var carer = Carer(NewSubject());
        var (existing, _) = await RegisterAsync(carer, ValidRegistration(givenName: "Amara", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB"));
        await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct);
        var incoming = await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Amy", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB", nhsNumber: "9000000009"));
        var queue = await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct));
        return (queue["items"]![0]!["id"]!.GetValue<string>(), incoming.ToString(), existing["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Merging_keeps_one_record_with_both_histories_and_closes_the_other()
    {
        var (candidate, incoming, existing) = await ProbableMatch();

        var response = await Assessor().PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "merge", keep = existing }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var kept = await ReadJson(await Assessor().GetAsync($"/api/carers/{existing}", Ct));
        Assert.Equal("9000000009", kept["nhsNumber"]!.GetValue<string>());
        Assert.Equal("CarersCentral", kept["referrals"]![0]!["partner"]!.GetValue<string>());
        Assert.Single(kept["caredForPeople"]!.AsArray());
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        Assert.Equal(Guid.Parse(existing), await connection.ExecuteScalarAsync<Guid>("SELECT merged_into FROM carer WHERE id = @Id", new { Id = Guid.Parse(incoming) }));
        Assert.Empty((await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct)))["items"]!.AsArray());
        // The partner's consent came from its referral of a person nobody knew: on the merged record it
        // awaits the carer (decision 0024), so the partner sees neither record until the carer confirms.
        await AssertProblem(await Partner("CarersCentral").GetAsync($"/api/partner/carers/{existing}", Ct), HttpStatusCode.NotFound);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM reported_consent WHERE carer_id = @Id AND status = 'awaiting'", new { Id = Guid.Parse(existing) }));
        await AssertProblem(await Partner("CarersCentral").GetAsync($"/api/partner/carers/{incoming}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Keeping_apart_leaves_both_records_and_clears_the_queue()
    {
        var (candidate, _, _) = await ProbableMatch();
        Assert.Equal(HttpStatusCode.NoContent, (await Assessor().PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "keepApart" }, Ct)).StatusCode);
        Assert.Equal(2, await CountAsync("carer WHERE merged_into IS NULL"));
        Assert.Empty((await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct)))["items"]!.AsArray());
        await AssertProblem(await Assessor().PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "merge", keep = Guid.NewGuid() }, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_merge_must_keep_one_of_the_pair()
    {
        var (candidate, _, _) = await ProbableMatch();
        var problem = await AssertProblem(await Assessor().PostAsJsonAsync($"/api/match-candidates/{candidate}/decision", new { decision = "merge", keep = Guid.NewGuid() }, Ct), HttpStatusCode.BadRequest);
        Assert.Contains("keep", ErrorKeys(problem));
        Assert.Equal(2, await CountAsync("carer WHERE merged_into IS NULL"));
    }

    [Fact]
    public async Task Carers_and_partners_cannot_see_the_match_queue()
    {
        await AssertProblem(await Carer(NewSubject()).GetAsync("/api/match-candidates", Ct), HttpStatusCode.Forbidden);
        await AssertProblem(await Partner("CarersCentral").GetAsync("/api/match-candidates", Ct), HttpStatusCode.Forbidden);
    }
}
