using System.Diagnostics;
using Testcontainers.PostgreSql;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL for the tests, never a stand-in. In order: the cluster ./test.sh started
/// (CARERS_TEST_CONNECTION), a Testcontainers container where a Docker engine answers, or a
/// throwaway local cluster started here with scripts/postgres.sh (so `dotnet test` alone works).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> _stop;

    private TestDatabase(string connectionString, string source, Func<Task> stop)
    {
        ConnectionString = connectionString;
        Source = source;
        _stop = stop;
    }

    public string ConnectionString { get; }

    public string Source { get; }

    public static async Task<TestDatabase> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("CARERS_TEST_CONNECTION") is { Length: > 0 } given)
        {
            return new TestDatabase(given, "CARERS_TEST_CONNECTION", () => Task.CompletedTask);
        }

        try
        {
            var container = new PostgreSqlBuilder("postgres:15").WithDatabase("carers").WithUsername("carers").WithPassword("carers").Build();
            await container.StartAsync();
            return new TestDatabase(container.GetConnectionString(), "Testcontainers", () => container.DisposeAsync().AsTask());
        }
        catch (Exception e) when (e.GetType().Name.Contains("Docker", StringComparison.Ordinal) || e is ArgumentException or InvalidOperationException or HttpRequestException)
        {
            // No Docker engine here (our machines and CI have none): fall back to a local cluster.
        }

        var root = RepositoryRoot();
        var dataDir = Path.Combine(Path.GetTempPath(), $"carers-test-pg-{Environment.ProcessId}");
        var port = FreePort();
        var script = $". scripts/postgres.sh && pg_start '{dataDir}' {port} fast && pg_connection_string {port}";
        var connectionString = (await Bash(root, script)).Trim().Split('\n').Last();
        return new TestDatabase(connectionString, "local cluster", () => Bash(root, $". scripts/postgres.sh && pg_stop '{dataDir}' && rm -rf '{dataDir}'"));
    }

    public async ValueTask DisposeAsync() => await _stop();

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Carers.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Cannot find the repository root (Carers.sln) above the test binaries.");
    }

    internal static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<string> Bash(string workingDirectory, string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"Starting a local PostgreSQL failed: {error}");
        return output;
    }
}
