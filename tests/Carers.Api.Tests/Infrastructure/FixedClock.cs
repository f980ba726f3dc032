using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>A clock that says what the test tells it; the API reads time only through TimeProvider.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

public static class ClockedApi
{
    /// <summary>
    /// The API on the same database with its clock under the test's control. Call it anonymously:
    /// its token issuer would sign with the test's time, which the token validator does not share.
    /// </summary>
    public static WebApplicationFactory<Program> At(this ApiFixture api, FixedClock clock) =>
        api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?> { ["Carers:MigrateOnStartup"] = "false" })
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
}
