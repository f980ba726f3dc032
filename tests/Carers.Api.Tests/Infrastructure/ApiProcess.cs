using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace Carers.Api.Tests.Infrastructure;

/// <summary>
/// The built API (api/bin/&lt;Configuration&gt;/net10.0/Carers.Api.dll) as a real process of its own, as a deployment runs
/// it: `dotnet Carers.Api.dll --urls http://127.0.0.1:PORT` in the Testing environment with the tests' local issuer, so
/// tokens from <see cref="ApiFixture.TokenFor"/> are good on it. For tests of several instances; kill it to simulate a crash.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What it wrote to standard output and error, for a failure message.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    public static ApiProcess Start(string connectionString, IDictionary<string, string>? settings = null)
    {
        var root = TestDatabase.RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var folder = Path.Combine(root, "api", "bin", configuration, "net10.0");
        var dll = Path.Combine(folder, "Carers.Api.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is not built: build Carers.sln first.");

        var port = TestDatabase.FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__Carers"] = connectionString,
            ["Authentication__LocalIssuer__Enabled"] = "true",
            ["Authentication__LocalIssuer__Issuer"] = ApiFixture.Issuer,
            ["Authentication__LocalIssuer__Audience"] = ApiFixture.Audience,
            ["Authentication__LocalIssuer__SigningKey"] = ApiFixture.SigningKey,
            ["GpFlags__SubjectHashKey"] = "tests-only-subject-hash-key-0123456789abcdef",
            ["Carers__Outbox__AllowPrivateAddresses"] = "true",
            ["Retention__WorkerEnabled"] = "false",
            ["Carers__SpaPath"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var api = new ApiProcess(process, $"http://127.0.0.1:{port}");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) api.Output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) api.Output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    public HttpClient Client(string? token = null, string? accessReason = null)
    {
        // Its answers are checked against openapi.yaml like the in-process API's (Contract/ContractCheck.cs).
        var client = new HttpClient(new Contract.ContractCheck { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = new Uri(BaseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (accessReason is not null) client.DefaultRequestHeaders.Add("Access-Reason", accessReason);
        return client;
    }

    /// <summary>Waits for /health/ready to answer 200; fails with the process's output if it exits or takes too long.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The API process exited ({_process.ExitCode}):\n{Tail()}");
            try
            {
                if ((await client.GetAsync("/health/ready", cancellationToken)).IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not listening yet, or too busy starting to answer in time (two processes starting on two cores).
            }

            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The API process was not ready after {limit}:\n{Tail()}");
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Ends it at once, as a crash or a killed container would: no graceful stop, no lease handed back.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public string Tail() => string.Join("\n", Output.TakeLast(40));

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
