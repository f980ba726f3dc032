using System.Net.Http.Json;
using Carers.Api.Tests.Infrastructure;

namespace Carers.Api.Tests.Platform;

/// <summary>No personal data in logs (SPEC §8): names, NHS numbers and tokens never reach a log line.</summary>
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
        var token = Api.TokenFor("Carer", subject);

        var lines = Api.LogLines.ToArray();

        Assert.DoesNotContain(lines, l => l.Contains("Zzyzxlogcheck", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.Contains("Quentina", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.Contains("9434765919", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(token[..40], StringComparison.Ordinal));
    }
}
