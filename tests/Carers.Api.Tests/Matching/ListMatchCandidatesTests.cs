using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Matching;

/// <summary>The match queue shows, for each record of a pair, what a merge would move (issue 14).</summary>
public sealed class ListMatchCandidatesTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Each_record_of_a_match_shows_what_a_merge_would_move()
    {
        var carer = Carer(NewSubject());
        var (existing, _) = await RegisterAsync(carer, ValidRegistration(givenName: "Amara", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB"));
        await carer.PostAsJsonAsync("/api/me/carer/cared-for-people", ValidCaredForPerson(), Ct);
        var existingId = Guid.Parse(existing["id"]!.GetValue<string>());
        var incoming = await ReferAsync(Partner("CarersCentral"), Referral(givenName: "Amy", familyName: "Testcarer", dateOfBirth: "1975-03-14", postcode: "LU1 3AB"));
        await using (var connection = new NpgsqlConnection(Api.ConnectionString))
        {
            await connection.ExecuteAsync("""
                INSERT INTO assessment (carer_id, kind, status, requested_by) VALUES (@Existing, 'adult', 'requested', 'test'), (@Existing, 'adult', 'declined', 'test');
                INSERT INTO emergency_card (carer_id, card_number) VALUES (@Existing, '000000000000');
                INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status)
                VALUES (@Incoming, 'compliment', 'other', 'Thank you', 'online', now(), current_date, 'test', 'recorded');
                """, new { Existing = existingId, Incoming = incoming });
        }

        var match = (await ReadJson(await Assessor().GetAsync("/api/match-candidates", Ct)))["items"]![0]!;

        var held = match["existing"]!;
        Assert.Equal(existingId.ToString(), held["id"]!.GetValue<string>());
        Assert.True(held["hasSignIn"]!.GetValue<bool>());
        Assert.Equal(2, held["holds"]!["assessments"]!.GetValue<int>());
        Assert.Equal(1, held["holds"]!["caredForPeople"]!.GetValue<int>());
        Assert.True(held["holds"]!["hasEmergencyCard"]!.GetValue<bool>());
        Assert.Equal(0, held["holds"]!["partnerReferrals"]!.GetValue<int>());
        var referred = match["incoming"]!;
        Assert.False(referred["hasSignIn"]!.GetValue<bool>());
        Assert.Equal(1, referred["holds"]!["partnerReferrals"]!.GetValue<int>());
        Assert.Equal(1, referred["holds"]!["consentsInForce"]!.GetValue<int>());
        Assert.Equal(1, referred["holds"]!["feedback"]!.GetValue<int>());
        Assert.Equal(0, referred["holds"]!["assessments"]!.GetValue<int>());
        Assert.False(referred["holds"]!["hasEmergencyCard"]!.GetValue<bool>());
    }
}
