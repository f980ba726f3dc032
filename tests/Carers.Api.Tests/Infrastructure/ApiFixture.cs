using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure.Contract;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

[assembly: AssemblyFixture(typeof(Carers.Api.Tests.Infrastructure.ApiFixture))]
// One collection for every class on the shared database (one at a time, as the reset before each test needs);
// the classes with a database of their own run beside it (OwnDatabase.cs).
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]

namespace Carers.Api.Tests.Infrastructure;

/// <summary>The API on a real PostgreSQL, in the "Testing" environment, shared by every test.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string Issuer = "https://local-issuer.tests.invalid";
    public const string Audience = "api://luton-carers-tests";
    public const string SigningKey = "tests-only-signing-key-0123456789abcdef-0123456789";

    private TestDatabase? _database;
    private DatabaseReset? _reset;
    private readonly SwitchedClock _clock = new();
    private CheckedFactory? _clocked;
    private readonly ConcurrentDictionary<string, CheckedFactory> _kept = new();

    public CheckedFactory Factory { get; private set; } = null!;

    public string ConnectionString => _database!.ConnectionString;

    public ConcurrentQueue<string> LogLines { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.StartAsync();
        EnsureKeyRing();
        Factory = CreateFactory("Testing", localIssuer: true);
        _ = Factory.Server; // start the host: runs the migrations

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _reset = await DatabaseReset.CreateAsync(connection);
    }

    /// <summary>
    /// The Data Protection key ring every API of the tests shares (KeyRing.DevelopmentPath): its first key is made here,
    /// before any host starts, so that hosts starting together do not each make one and fail to read each other's secrets.
    /// </summary>
    private static void EnsureKeyRing() =>
        DataProtectionProvider
            .Create(Directory.CreateDirectory(global::Carers.Api.Infrastructure.KeyRing.DevelopmentPath),
                b => b.SetApplicationName(global::Carers.Api.Infrastructure.KeyRing.ApplicationName))
            .CreateProtector("Carers.Tests.KeyRing").Protect("the first key");

    /// <summary>The API in process; every client it hands out checks each answer against openapi.yaml (<see cref="ContractCheck"/>).</summary>
    public CheckedFactory CreateFactory(string environment, bool localIssuer, IDictionary<string, string?>? settings = null) =>
        new(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:Carers", ConnectionString);
            builder.UseSetting("Authentication:LocalIssuer:Enabled", localIssuer ? "true" : "false");
            builder.UseSetting("Authentication:LocalIssuer:Issuer", Issuer);
            builder.UseSetting("Authentication:LocalIssuer:Audience", Audience);
            builder.UseSetting("Authentication:LocalIssuer:SigningKey", SigningKey);
            builder.UseSetting("Authentication:LocalIssuer:LifetimeMinutes", "30");
            // The webhook dispatcher runs only in the tests that are about it (they switch it on).
            builder.UseSetting("Carers:Outbox:Enabled", "false");
            builder.UseSetting("Carers:Outbox:AllowPrivateAddresses", "true");
            builder.UseSetting("GpFlags:SubjectHashKey", "tests-only-subject-hash-key-0123456789abcdef");
            builder.UseSetting("GpFlags:ImportPollMilliseconds", "100");
            // The daily retention run never starts in tests; they ask for runs (RunRetention).
            builder.UseSetting("Retention:WorkerEnabled", "false");
            // Notices are queued everywhere, but sent and scanned for only in the tests about them (Notices/), which switch them on.
            builder.UseSetting("Notices:DispatcherEnabled", "false");
            builder.UseSetting("Notices:ScanEnabled", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            // The JSON lines the API writes to stdout, as written (LoggingSetup reads sinks from the services).
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(new CapturingSink(LogLines)));
        });

    /// <summary>An API in the Testing environment with no database behind it (nothing listens on port 1): reads fail fast.</summary>
    public CheckedFactory CreateFactoryWithoutDatabase() => CreateFactory("Testing", localIssuer: true, new Dictionary<string, string?>
    {
        ["ConnectionStrings:Carers"] = "Host=127.0.0.1;Port=1;Database=carers;Username=carers;Password=carers;Timeout=2",
        ["Carers:MigrateOnStartup"] = "false",
    });

    /// <summary>
    /// A new empty database in the same PostgreSQL cluster (dropped and made again if it exists), for a test that needs a
    /// second, separate platform (the historic import's round trip): returns its connection string. The shared database is untouched.
    /// </summary>
    public async Task<string> CreateEmptyDatabaseAsync(string name)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z_]+$")) throw new ArgumentException("Lower-case letters and underscores only", nameof(name));
        var owner = new NpgsqlConnectionStringBuilder(ConnectionString).Username;
        try
        {
            await RunAsync(ConnectionString);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // The local cluster's application role may not create databases; its superuser (trust on 127.0.0.1) may.
            await RunAsync(new NpgsqlConnectionStringBuilder(ConnectionString) { Username = "postgres", Password = null }.ConnectionString);
        }

        async Task RunAsync(string connectionString)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} OWNER \"{owner}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await _reset!.ResetAsync(connection);
    }

    public string TokenFor(string role, string subject, string? partner = null, string? odsCode = null) =>
        Factory.Services.GetRequiredService<LocalTokenIssuer>().Issue(role, subject, partner, odsCode).Token;

    public HttpClient ClientAs(string role, string subject, string? partner = null, string? odsCode = null)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(role, subject, partner, odsCode));
        // Staff work on casework unless a test says otherwise, as the SPA sends it (decision 0025); tests of the
        // Access-Reason header itself remove or replace it.
        if (role.StartsWith("Staff.", StringComparison.Ordinal)) client.DefaultRequestHeaders.Add("Access-Reason", "casework");
        return client;
    }

    /// <summary>The one clocked API (<see cref="ClockedApi.At"/>), its clock now the test's.</summary>
    internal Clocked ClockedAt(TimeProvider clock)
    {
        _clock.Current = clock;
        _clocked ??= ClockedApi.Create(this, _clock);
        return new Clocked(_clocked);
    }

    /// <summary>
    /// An API in the Testing environment with other settings, started at its first use and kept for the run (each
    /// case of a theory would otherwise start its own host, 1.3 s each). Only for hosts whose tests leave no state in
    /// it; a test about starting and stopping (the webhook dispatcher) makes its own with <see cref="CreateFactory"/>.
    /// </summary>
    public CheckedFactory KeptFactory(IDictionary<string, string?> settings, string environment = "Testing") =>
        _kept.GetOrAdd(environment + ";" + string.Join(";", settings.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}")),
            _ => CreateFactory(environment, localIssuer: true, settings));

    public async ValueTask DisposeAsync()
    {
        if (_clocked is not null) await _clocked.DisposeAsync();
        foreach (var kept in _kept.Values) await kept.DisposeAsync();
        await Factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    private sealed class CapturingSink(ConcurrentQueue<string> lines) : ILogEventSink
    {
        private readonly RenderedCompactJsonFormatter _formatter = new();

        public void Emit(LogEvent logEvent)
        {
            using var line = new StringWriter();
            _formatter.Format(logEvent, line);
            lines.Enqueue(line.ToString().TrimEnd());
        }
    }
}
