using Carers.Api.Tests.Infrastructure.Contract;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>A clock that says what the test tells it; the API reads time only through TimeProvider.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The clock of the one clocked API: whichever <see cref="FixedClock"/> the test running now gave it.</summary>
internal sealed class SwitchedClock : TimeProvider
{
    public TimeProvider Current { get; set; } = System;

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => Current.LocalTimeZone;
}

/// <summary>The API on the same database with its clock under the test's control (<see cref="ClockedApi.At"/>).</summary>
public sealed class Clocked(CheckedFactory factory) : IAsyncDisposable
{
    public HttpClient CreateClient() => factory.CreateClient();

    /// <summary>Its services: a test drives a background worker of the clocked host itself (the webhook dispatcher).</summary>
    public IServiceProvider Services => factory.Services;

    /// <summary>The host is the fixture's, kept for the next clocked test: starting one took 1.3 s a test.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public static class ClockedApi
{
    /// <summary>
    /// The API on the same database with its clock under the test's control: one host for every clocked test
    /// (they run one at a time), its clock switched to the test's. Call it anonymously: its token issuer would
    /// sign with the test's time, which the token validator does not share.
    /// </summary>
    public static Clocked At(this ApiFixture api, FixedClock clock) => api.ClockedAt(clock);

    /// <remarks>
    /// Its import workers are off: it shares the database, and a GP extract claimed by it (leases let any instance
    /// claim one) would be checked against a clock some earlier test left in another year.
    /// </remarks>
    internal static CheckedFactory Create(ApiFixture api, TimeProvider clock) =>
        api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?>
            {
                ["Carers:MigrateOnStartup"] = "false",
                ["GpFlags:ImportWorkerEnabled"] = "false",
                ["HistoricImport:WorkerEnabled"] = "false",
            })
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(clock)));
}
