using System.Diagnostics;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of one test's own (scripts/postgres.sh, as the postgres user when root), to stop and start
/// while an API uses it: the shared test cluster is never restarted, since other tests run beside.
/// </summary>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    private readonly string _dataDir;
    private readonly int _port;

    private ThrowawayCluster(string dataDir, int port, string connectionString)
    {
        _dataDir = dataDir;
        _port = port;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var output = await Bash("""
            set -e
            dir="$(pg_scratch_dir)"; port="$(pg_free_port)"
            pg_start "$dir" "$port" fast
            echo "$dir"; echo "$port"; pg_connection_string "$port"
            """);
        var lines = output.Trim().Split('\n');
        return new ThrowawayCluster(lines[^3], int.Parse(lines[^2], System.Globalization.CultureInfo.InvariantCulture), lines[^1]);
    }

    /// <summary>A fast stop: PostgreSQL ends every session (57P01) and refuses new connections until started again.</summary>
    public Task StopAsync() => Bash($"pg_stop '{_dataDir}'");

    public Task StartAgainAsync() => Bash($"pg_start '{_dataDir}' {_port} fast");

    public async ValueTask DisposeAsync() => await Bash($"pg_stop '{_dataDir}'; rm -rf '{_dataDir}'");

    private static async Task<string> Bash(string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", ". scripts/postgres.sh\n" + script])
        {
            WorkingDirectory = TestDatabase.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"PostgreSQL script failed: {await error}");
        return await output;
    }
}
