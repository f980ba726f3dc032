using System.Net;
using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Partners;

/// <summary>Idempotency-Key on partner POSTs (SPEC §8).</summary>
public sealed class IdempotencyTests(ApiFixture api) : ApiTest(api)
{
    private static HttpRequestMessage Post(object body, string key) =>
        new(HttpMethod.Post, "/api/partner/referrals") { Content = JsonContent.Create(body), Headers = { { "Idempotency-Key", key } } };

    [Fact]
    public async Task A_replay_returns_the_first_answer_and_writes_nothing()
    {
        var partner = Partner("CarersCentral");
        var key = Guid.NewGuid().ToString();

        var first = await partner.SendAsync(Post(Referral(), key), Ct);
        var replay = await partner.SendAsync(Post(Referral(), key), Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await replay.Content.ReadAsStringAsync(Ct));
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal("true", replay.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal(1, await CountAsync("carer"));
        Assert.Equal(1, await CountAsync("partner_referral"));
        Assert.Equal(1, await CountAsync("outbox_message"));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_writes_nothing()
    {
        var partner = Partner("CarersCentral");
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await partner.SendAsync(Post(Referral(), key), Ct)).StatusCode);

        await AssertProblem(await partner.SendAsync(Post(Referral(givenName: "Someone"), key), Ct), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await CountAsync("carer"));
    }

    [Fact]
    public async Task An_oversized_body_with_a_key_is_413_before_anything_is_read_or_kept()
    {
        // The key's body is read into memory sized from Content-Length: the size limit must answer first.
        var key = Guid.NewGuid().ToString();
        var huge = $$"""{"givenName":"{{new string('a', 2 * 1024 * 1024)}}"}""";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/partner/referrals") { Content = Json(huge), Headers = { { "Idempotency-Key", key } } };

        await AssertProblem(await Partner("CarersCentral").SendAsync(request, Ct), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountAsync($"idempotency_record WHERE key = '{key}'"));
        Assert.Equal(0, await CountAsync("carer"));
    }

    [Fact]
    public async Task Keys_belong_to_the_calling_client()
    {
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await Partner("CarersCentral").SendAsync(Post(Referral(), key), Ct)).StatusCode);
        var dateOfBirth = DateOnly.FromDateTime(DateTime.Today).AddYears(-14).ToString("yyyy-MM-dd");
        var chums = await Partner("Chums").SendAsync(Post(Referral(givenName: "Young", dateOfBirth: dateOfBirth), key), Ct);
        Assert.Equal(HttpStatusCode.Created, chums.StatusCode);
        Assert.False(chums.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(2, await CountAsync("carer"));
    }

    [Fact]
    public async Task Two_concurrent_requests_with_one_key_write_once()
    {
        var partner = Partner("CarersCentral");
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => partner.SendAsync(Post(Referral(nhsNumber: "9434765919"), key), Ct)));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"Got {(int)a.StatusCode}"));
        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.Created && !a.Headers.Contains("Idempotency-Replayed")) == 1);
        foreach (var conflict in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict)) await AssertProblem(conflict, HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("carer"));
        Assert.Equal(1, await CountAsync("partner_referral"));
    }

    [Fact]
    public async Task A_bad_request_is_kept_too_so_a_replay_gets_the_same_400()
    {
        var partner = Partner("CarersCentral");
        var key = Guid.NewGuid().ToString();
        var bad = new { givenName = "Rafi" };
        await AssertProblem(await partner.SendAsync(Post(bad, key), Ct), HttpStatusCode.BadRequest);
        var replay = await partner.SendAsync(Post(bad, key), Ct);
        await AssertProblem(replay, HttpStatusCode.BadRequest);
        Assert.Equal("true", replay.Headers.GetValues("Idempotency-Replayed").Single());
    }

    [Fact]
    public async Task An_unusable_key_is_400()
    {
        var response = await Partner("CarersCentral").SendAsync(Post(Referral(), new string('k', 300)), Ct);
        Assert.Contains("Idempotency-Key", ErrorKeys(await AssertProblem(response, HttpStatusCode.BadRequest)));
        Assert.Equal(0, await CountAsync("carer"));
    }
}
