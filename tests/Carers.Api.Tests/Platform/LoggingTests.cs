using System.Net.Http.Json;
using System.Text.Json;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// No personal data in logs (SPEC §8): names, NHS numbers and tokens never reach a log line, and
/// the request log (one JSON line a request) names the route template, never the path or query.
/// </summary>
public sealed class LoggingTests(ApiFixture api) : ApiTest(api)
{
    [Fact]
    public async Task Registering_searching_and_failing_log_no_names_nhs_numbers_or_tokens()
    {
        var subject = NewSubject();
        var client = Carer(subject);
        await RegisterAsync(client, ValidRegistration("Quentina", "Zzyzxlogcheck", nhsNumber: "9434765919"));
        await client.PostAsync("/api/me/carer", Json("""{"givenName": "Quentina", "familyName": 5}"""), Ct);
        await Assessor().GetAsync("/api/carers?name=Zzyzxlogcheck&nhsNumber=9434765919", Ct);
        await client.PostAsJsonAsync("/api/me/carer/cared-for-people", new { givenName = "Quentina" }, Ct);
        var unknownCarer = Guid.NewGuid().ToString();
        await Assessor().GetAsync($"/api/carers/{unknownCarer}", Ct);
        var token = Api.TokenFor("Carer", subject);

        var lines = Api.LogLines.ToArray();

        Assert.DoesNotContain(lines, l => l.Contains("Zzyzxlogcheck", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.Contains("Quentina", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.Contains("9434765919", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(token[..40], StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(unknownCarer, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("\"RequestPath\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_request_is_one_json_line_with_method_route_template_status_elapsed_request_id_and_trace_id()
    {
        var requestId = "log-check-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/carers/{Guid.NewGuid()}?name=Zzyzxlogcheck");
        request.Headers.Add("X-Request-ID", requestId);
        await Assessor().SendAsync(request, Ct);

        var line = await RequestLogLineAsync(requestId);

        Assert.Equal("GET", line.GetProperty("RequestMethod").GetString());
        Assert.Equal("/api/carers/{carerId:guid}", line.GetProperty("RequestRoute").GetString());
        Assert.Equal(404, line.GetProperty("StatusCode").GetInt32());
        Assert.True(line.GetProperty("Elapsed").GetDouble() >= 0);
        Assert.Matches("^[0-9a-f]{32}$", line.GetProperty("@tr").GetString());
        Assert.Equal("Information", line.TryGetProperty("@l", out var level) ? level.GetString() : "Information");
        Assert.StartsWith("HTTP GET /api/carers/{carerId:guid} responded 404", line.GetProperty("@m").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The request log line for a request id: written just after the answer, so it may trail it by a moment.</summary>
    private async Task<JsonElement> RequestLogLineAsync(string requestId)
    {
        for (var i = 0; i < 50; i++)
        {
            var found = Api.LogLines.Select(l => JsonDocument.Parse(l).RootElement)
                .FirstOrDefault(l => l.TryGetProperty("RequestRoute", out _) && l.TryGetProperty("RequestId", out var id) && id.GetString() == requestId);
            if (found.ValueKind == JsonValueKind.Object) return found;
            await Task.Delay(20, Ct);
        }

        throw new Xunit.Sdk.XunitException($"No request log line with RequestId {requestId}");
    }
}
