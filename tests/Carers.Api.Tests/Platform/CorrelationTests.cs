using System.Net;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Platform;

/// <summary>A caller's X-Request-ID and W3C trace run through the answer, its problem details and the logs.</summary>
public sealed class CorrelationTests(ApiFixture api) : ApiTest(api)
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    [Fact]
    public async Task A_callers_request_id_and_traceparent_come_back_in_the_header_the_problem_and_the_log()
    {
        var requestId = "req-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/carer");
        request.Headers.Add("X-Request-ID", requestId);
        request.Headers.Add("traceparent", $"00-{TraceId}-00f067aa0ba902b7-01");

        var response = await Anonymous().SendAsync(request, Ct);

        var problem = await AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal(requestId, response.Headers.GetValues("X-Request-ID").Single());
        Assert.Equal(requestId, problem["requestId"]!.GetValue<string>());
        Assert.Equal(TraceId, problem["traceId"]!.GetValue<string>());
        await WaitForAsync(() => Api.LogLines.Any(l => l.Contains($"\"RequestId\":\"{requestId}\"", StringComparison.Ordinal)
            && l.Contains($"\"@tr\":\"{TraceId}\"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Quentina Zzyzx 9434765919 and more words")]
    public async Task A_request_id_that_is_not_a_sane_token_is_replaced_by_a_new_one(string given)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/carers/not-a-guid");
        request.Headers.TryAddWithoutValidation("X-Request-ID", given);

        var response = await Assessor().SendAsync(request, Ct);

        var problem = await AssertProblem(response, HttpStatusCode.NotFound);
        var echoed = response.Headers.GetValues("X-Request-ID").Single();
        Assert.True(Guid.TryParse(echoed, out _), echoed);
        Assert.Equal(echoed, problem["requestId"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}$", problem["traceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_answer_has_a_request_id_even_without_a_caller_one()
    {
        var ok = await Api.Factory.CreateClient().GetAsync("/health/live", Ct);
        var data = await Carer(NewSubject()).GetAsync("/api/me/carer", Ct);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True(Guid.TryParse(ok.Headers.GetValues("X-Request-ID").Single(), out _));
        Assert.True(Guid.TryParse(data.Headers.GetValues("X-Request-ID").Single(), out _));
        Assert.NotEqual(ok.Headers.GetValues("X-Request-ID").Single(), data.Headers.GetValues("X-Request-ID").Single());
    }

    [Fact]
    public async Task A_server_fault_still_answers_with_the_request_id_and_the_security_headers()
    {
        // No database behind this host: the read fails inside the handler and the exception handler answers.
        await using var broken = Api.CreateFactoryWithoutDatabase();
        var client = broken.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Api.TokenFor("Carer", NewSubject()));
        client.DefaultRequestHeaders.Add("X-Request-ID", "fault-check-1");

        var response = await client.GetAsync("/api/me/carer", Ct);

        Assert.True((int)response.StatusCode >= 500, $"{(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadJson(response);
        Assert.Equal("fault-check-1", problem["requestId"]!.GetValue<string>());
        Assert.Equal("fault-check-1", response.Headers.GetValues("X-Request-ID").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++) await Task.Delay(20, Ct);
        Assert.True(condition());
    }
}
