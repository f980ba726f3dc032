using System.Diagnostics.Metrics;
using Dapper;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Carers.Api.Infrastructure;

/// <summary>
/// OpenTelemetry traces (ASP.NET Core, HttpClient, Npgsql) and metrics (requests, HttpClient,
/// Npgsql, the runtime and the <see cref="CarersMetrics"/> meter), exported over OTLP only when
/// the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (environment or configuration). The
/// other standard OTEL_* settings apply as usual (OTEL_SERVICE_NAME, OTEL_METRIC_EXPORT_INTERVAL,
/// OTEL_BSP_SCHEDULE_DELAY, OTEL_EXPORTER_OTLP_HEADERS); the protocol is http/protobuf unless
/// OTEL_EXPORTER_OTLP_PROTOCOL says grpc.
/// </summary>
public static class TelemetrySetup
{
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ProtocolKey = "OTEL_EXPORTER_OTLP_PROTOCOL";

    public static IServiceCollection AddCarersTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CarersMetrics>();
        if (string.IsNullOrWhiteSpace(configuration[EndpointKey])) return services;

        var protocol = configuration[ProtocolKey] == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "carers-api"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    // Probes every few seconds are noise; their failures show in the readiness metric and the logs.
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                    // Never the query string (names and NHS numbers travel there): url.query is left out by default, and stays so.
                })
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(otlp => otlp.Protocol = protocol))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(CarersMetrics.MeterName)
                .AddOtlpExporter(otlp => otlp.Protocol = protocol));
        return services;
    }

    /// <summary>The Carers meter's gauges exist once the meter does: made at start-up, not at the first approval.</summary>
    public static WebApplication UseCarersTelemetry(this WebApplication app)
    {
        app.Services.GetRequiredService<CarersMetrics>();
        return app;
    }
}

/// <summary>
/// The service's own measures: how far behind webhook delivery is (the age of the oldest
/// undelivered event), how many GP extract and historic imports wait or run, and grant approvals.
/// The gauges read the database when the exporter collects (once a minute by default), one query
/// for all three, remembered for a few seconds.
/// </summary>
public sealed class CarersMetrics : IDisposable
{
    public const string MeterName = "Carers";

    private static readonly TimeSpan Remembered = TimeSpan.FromSeconds(5);

    private const string Sql = """
        SELECT (SELECT EXTRACT(EPOCH FROM now() - min(occurred_at))::float8 FROM outbox_message WHERE delivered_at IS NULL) AS outbox_lag_seconds,
               (SELECT count(*) FROM gp_extract_import WHERE status IN ('queued', 'importing')) AS gp_extract_imports,
               (SELECT count(*) FROM historic_import WHERE status IN ('queued', 'validating', 'importing')) AS historic_imports
        """;

    private readonly Meter _meter;
    private readonly Counter<long> _grantsApproved;
    private readonly NpgsqlDataSource _db;
    private readonly ILogger<CarersMetrics> _logger;
    private readonly Lock _lock = new();
    private (DateTime At, Snapshot? Value) _last;

    public CarersMetrics(IMeterFactory meters, NpgsqlDataSource db, ILogger<CarersMetrics> logger)
    {
        _db = db;
        _logger = logger;
        _meter = meters.Create(MeterName);
        _grantsApproved = _meter.CreateCounter<long>("carers.grants.approved", "{grant}", "Grant applications approved.");
        _meter.CreateObservableGauge<double>("carers.outbox.lag", () => Read() is { } s ? [new Measurement<double>(s.OutboxLagSeconds ?? 0)] : [],
            "s", "Age of the oldest webhook event not yet delivered (0 when none waits).");
        _meter.CreateObservableGauge<long>("carers.imports.queued", () => Read() is { } s
                ? [new Measurement<long>(s.GpExtractImports, new KeyValuePair<string, object?>("carers.import.kind", "gpExtract")),
                   new Measurement<long>(s.HistoricImports, new KeyValuePair<string, object?>("carers.import.kind", "historic"))]
                : [],
            "{import}", "GP extract and historic imports queued or running.");
    }

    public void GrantApproved() => _grantsApproved.Add(1);

    private Snapshot? Read()
    {
        lock (_lock)
        {
            if (DateTime.UtcNow - _last.At < Remembered) return _last.Value;
            try
            {
                // Observable callbacks are synchronous; a short timeout keeps a slow database from holding the exporter.
                using var connection = _db.OpenConnection();
                _last = (DateTime.UtcNow, connection.QuerySingle<Snapshot>(new CommandDefinition(Sql, commandTimeout: 5)));
            }
            catch (NpgsqlException e)
            {
                // No measurement rather than a wrong one; the readiness check reports the database.
                _logger.LogWarning("Reading the Carers gauges failed ({SqlState})", (e as PostgresException)?.SqlState);
                _last = (DateTime.UtcNow, null);
            }

            return _last.Value;
        }
    }

    public void Dispose() => _meter.Dispose();

    private sealed class Snapshot
    {
        public double? OutboxLagSeconds { get; init; }

        public long GpExtractImports { get; init; }

        public long HistoricImports { get; init; }
    }
}
