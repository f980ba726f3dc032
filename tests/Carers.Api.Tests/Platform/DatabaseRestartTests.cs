using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.Platform;

/// <summary>
/// PostgreSQL restarted under load (decision 0035), on a cluster of this test's own: every answer is 200 (or 201) or a
/// 503 problem with Retry-After, never a 500 and never slower than the command timeout; readiness fails and recovers
/// without restarting the API; a registration under way is either whole or absent.
/// </summary>
public sealed class DatabaseRestartTests(ApiFixture api) : OwnDatabaseTest(api)
{
    private const int CommandTimeoutSeconds = 5;

    private sealed record Answer(string Kind, string Subject, int Status, TimeSpan Took, bool IsProblem, bool HasRetryAfter);

    [Fact]
    public async Task Restarting_postgres_under_load_answers_200_or_503_then_recovers_by_itself_and_writes_nothing_by_halves()
    {
        await using var cluster = await ThrowawayCluster.StartAsync();
        var connectionString = cluster.ConnectionString + $";Timeout=2;Command Timeout={CommandTimeoutSeconds}";
        await using var factory = Api.CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Carers"] = connectionString,
            ["GpFlags:ImportWorkerEnabled"] = "false",
            ["HistoricImport:WorkerEnabled"] = "false",
            // The readers call as fast as they are answered: on a quiet machine that is past the per-caller limit.
            ["Carers:RateLimit:PermitLimit"] = "1000000",
        });
        HttpClient As(string subject)
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Api.TokenFor(Roles.Carer, subject));
            return client;
        }

        var readers = Enumerable.Range(0, 4).Select(_ => NewSubject("reader")).ToList();
        foreach (var reader in readers) await RegisterAsync(As(reader));

        var answers = new ConcurrentQueue<Answer>();
        using var stop = new CancellationTokenSource();
        async Task Call(string kind, string subject, Func<HttpClient, Task<HttpResponseMessage>> send)
        {
            var watch = Stopwatch.StartNew();
            using var response = await send(As(subject));
            answers.Enqueue(new Answer(kind, subject, (int)response.StatusCode, watch.Elapsed,
                response.Content.Headers.ContentType?.MediaType == "application/problem+json", response.Headers.RetryAfter is not null));
        }

        var load = readers.Select(reader => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) await Call("read", reader, c => c.GetAsync("/api/me/carer", Ct));
        }, Ct)).Append(Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) await Call("write", NewSubject("writer"), c => c.PostAsJsonAsync("/api/me/carer", ValidRegistration(), Ct));
        }, Ct)).ToList();

        using var probe = factory.CreateClient();
        await Task.Delay(500, Ct);
        await cluster.StopAsync();
        await WaitForReadiness(probe, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(15));
        await Task.Delay(1000, Ct);
        await cluster.StartAgainAsync();
        await WaitForReadiness(probe, HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        await Task.Delay(1000, Ct);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var all = answers.ToList();
        Assert.All(all, a => Assert.True(a.Status is 200 or 201 or 503, $"{a.Kind} answered {a.Status}"));
        Assert.Contains(all, a => a.Status == 503);
        Assert.All(all.Where(a => a.Status == 503), a => Assert.True(a.IsProblem && a.HasRetryAfter, "A 503 without problem details or Retry-After"));
        // A second's grace over the command timeout for a loaded 2-core machine.
        var slowest = all.Max(a => a.Took);
        Assert.True(slowest < TimeSpan.FromSeconds(CommandTimeoutSeconds + 1), $"The slowest answer took {slowest}");
        // Recovered without restarting the API: every reader's last answer is its record.
        Assert.All(readers, r => Assert.Equal(200, all.Last(a => a.Subject == r).Status));

        // Unpooled: the migrations' pooled connections in this process died with the restart.
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync(Ct);
        foreach (var write in all.Where(a => a.Kind == "write"))
        {
            var carers = await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM carer WHERE account_subject = @Subject", new { write.Subject });
            var audited = await connection.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM audit_event WHERE actor_subject = @Subject AND action = 'RegisterCarer'", new { write.Subject });
            Assert.True(carers == audited, $"A registration answered {write.Status} left {carers} carers and {audited} audit rows");
            if (write.Status == 201) Assert.Equal(1, carers);
        }
    }

    private static async Task WaitForReadiness(HttpClient probe, HttpStatusCode wanted, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while ((await probe.GetAsync("/health/ready", Ct)).StatusCode != wanted)
        {
            Assert.True(DateTime.UtcNow < deadline, $"/health/ready did not answer {(int)wanted} within {limit}");
            await Task.Delay(100, Ct);
        }
    }
}
