using System.Net;
using System.Net.Http.Json;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Retention;

/// <summary>Staff close a record with a reason and a day, under If-Match; it leaves the search; audited with the carer named.</summary>
public sealed class CloseCarerRecordTests(ApiFixture api) : ApiTest(api)
{
    private async Task<(Guid Id, string ETag)> CarerAsync()
    {
        var (record, _) = await RegisterAsync(Carer(NewSubject()));
        var id = Guid.Parse(record["id"]!.GetValue<string>());
        var read = await Assessor().GetAsync($"/api/carers/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return (id, read.Headers.ETag!.ToString());
    }

    private static HttpRequestMessage Close(Guid id, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/carers/{id}/closure") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_assessor_closes_a_record_with_a_reason_it_leaves_the_search_and_it_is_audited()
    {
        var (id, etag) = await CarerAsync();
        var assessor = NewSubject("assessor");

        var response = await Assessor(assessor).SendAsync(Close(id, new { reason = "exCarer", closedOn = Today }, etag), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadJson(response);
        Assert.Equal(("exCarer", Today), (body["closedReason"]!.GetValue<string>(), body["closedOn"]!.GetValue<string>()));
        Assert.NotEqual(etag, response.Headers.ETag!.ToString());
        Assert.Equal("exCarer", await ScalarAsync<string>($"SELECT closed_reason FROM carer WHERE id = '{id}' AND closed_at IS NOT NULL"));
        var search = await ReadJson(await Assessor().GetAsync("/api/carers?name=Testcarer", Ct));
        Assert.Empty(search["items"]!.AsArray());
        Assert.Equal(id, await ScalarAsync<Guid>($"SELECT carer_id FROM audit_event WHERE actor_subject = '{assessor}' AND action = 'CloseCarerRecord' AND outcome = 'success'"));
    }

    [Fact]
    public async Task A_manager_may_close_a_record_too()
    {
        var (id, etag) = await CarerAsync();
        Assert.Equal(HttpStatusCode.OK, (await Manager().SendAsync(Close(id, new { reason = "died", closedOn = Today }, etag), Ct)).StatusCode);
    }

    [Fact]
    public async Task Without_If_Match_it_is_428_stale_412_and_closed_already_409()
    {
        var (id, etag) = await CarerAsync();
        var body = new { reason = "noContact", closedOn = Today };

        await AssertProblem(await Assessor().SendAsync(Close(id, body, null), Ct), HttpStatusCode.PreconditionRequired);
        await AssertProblem(await Assessor().SendAsync(Close(id, body, "\"v99\""), Ct), HttpStatusCode.PreconditionFailed);
        Assert.Equal(0L, await CountAsync($"carer WHERE id = '{id}' AND closed_at IS NOT NULL"));

        var closed = await Assessor().SendAsync(Close(id, body, etag), Ct);
        await AssertProblem(await Assessor().SendAsync(Close(id, body, closed.Headers.ETag!.ToString()), Ct), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"closedOn":"2026-01-01"}""", "reason")]
    [InlineData("""{"reason":"merged","closedOn":"2026-01-01"}""", null)]
    [InlineData("""{"reason":"bored","closedOn":"2026-01-01"}""", null)]
    [InlineData("""{"reason":"exCarer"}""", "closedOn")]
    [InlineData("""{"reason":"exCarer","closedOn":"2999-01-01"}""", "closedOn")]
    [InlineData("""{"reason":"exCarer","closedOn":"1990-01-01"}""", "closedOn")]
    public async Task A_bad_reason_or_day_is_400_and_nothing_changes(string body, string? field)
    {
        var (id, etag) = await CarerAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/carers/{id}/closure") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var problem = await AssertProblem(await Assessor().SendAsync(request, Ct), HttpStatusCode.BadRequest);

        if (field is not null) Assert.Contains(field, ErrorKeys(problem));
        Assert.Equal(0L, await CountAsync($"carer WHERE id = '{id}' AND closed_at IS NOT NULL"));
    }

    [Fact]
    public async Task An_unknown_record_is_404()
    {
        await AssertProblem(await Assessor().SendAsync(Close(Guid.NewGuid(), new { reason = "exCarer", closedOn = Today }, "\"v1\""), Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_carer_a_partner_and_data_protection_staff_are_refused()
    {
        var (id, etag) = await CarerAsync();
        var body = new { reason = "exCarer", closedOn = Today };
        Assert.Equal(HttpStatusCode.Forbidden, (await Carer(NewSubject()).SendAsync(Close(id, body, etag), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Partner("CarersCentral").SendAsync(Close(id, body, etag), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.ClientAs(Roles.DataProtection, "dpo-1").SendAsync(Close(id, body, etag), Ct)).StatusCode);
        Assert.Equal(0L, await CountAsync($"carer WHERE id = '{id}' AND closed_at IS NOT NULL"));
    }
}
