using System.Data;
using Dapper;
using Npgsql;

namespace Carers.Api.Infrastructure;

/// <summary>
/// The connections reports read from: ConnectionStrings:CarersReports when set (it may point at a
/// read replica), otherwise the primary. Reads only: <see cref="BeginSnapshotAsync"/> opens one
/// REPEATABLE READ READ ONLY transaction, so every figure of a report comes from one snapshot.
/// </summary>
public sealed class ReportingDataSource(NpgsqlDataSource source, int parallelWorkersPerQuery = 0)
{
    public async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> BeginSnapshotAsync(CancellationToken cancellationToken)
    {
        var connection = await source.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            // Parallel workers would let one report take every core of a small host from casework
            // (GetMyCarerRecord's p99 doubled beside a report at a million carers): none by default.
            await using (var readOnly = new NpgsqlCommand(
                $"SET TRANSACTION READ ONLY; SET LOCAL max_parallel_workers_per_gather = {parallelWorkersPerQuery}", connection, transaction))
            {
                await readOnly.ExecuteNonQueryAsync(cancellationToken);
            }

            return (connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

public static class DatabaseSetup
{
    /// <summary>One <see cref="NpgsqlDataSource"/> for the process; handlers open connections from it.</summary>
    public static IServiceCollection AddCarersDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new NullableDateOnlyHandler());

        var connectionString = WithTimeouts(configuration.GetConnectionString("Carers")
            ?? throw new InvalidOperationException("ConnectionStrings:Carers is not set."), configuration, commandTimeoutSeconds: null);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        // Reads for reporting may go to a read replica (ConnectionStrings:CarersReports); the primary when not set.
        // Their own pool either way, with a longer command timeout than casework's 30 s (a whole year's
        // indicators over a million carers takes about that long: decision 0018), unless the connection
        // string sets one.
        var reportingConnectionString = configuration.GetConnectionString("CarersReports");
        var reporting = WithTimeouts(string.IsNullOrWhiteSpace(reportingConnectionString) ? configuration.GetConnectionString("Carers")! : reportingConnectionString,
            configuration, commandTimeoutSeconds: configuration.GetValue("Reports:CommandTimeoutSeconds", 300));

        var parallelWorkers = Math.Clamp(configuration.GetValue("Reports:ParallelWorkersPerQuery", 0), 0, 64);
        services.AddSingleton(_ => new ReportingDataSource(new NpgsqlDataSourceBuilder(reporting).Build(), parallelWorkers));
        return services;
    }

    /// <summary>
    /// Bounds on every wait for the database, unless the connection string sets its own (decision 0035): opening a
    /// connection (Database:ConnectTimeoutSeconds, 5 s: a database that is down is reported at once, not after Npgsql's
    /// 15 s) and a statement (Database:CommandTimeoutSeconds, 30 s, or the caller's, for reports). A request never waits
    /// longer than these; past them it answers 503.
    /// </summary>
    private static string WithTimeouts(string connectionString, IConfiguration configuration, int? commandTimeoutSeconds)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = configuration.GetValue("Database:ConnectTimeoutSeconds", 5);
        }

        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            builder.CommandTimeout = commandTimeoutSeconds ?? configuration.GetValue("Database:CommandTimeoutSeconds", 30);
        }

        return builder.ConnectionString;
    }

    /// <summary>Npgsql hands back <see cref="DateTime"/> for a date column through Dapper; the contract speaks DateOnly.</summary>
    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value;
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            _ => throw new DataException($"Cannot read {value.GetType()} as a date."),
        };
    }

    private sealed class NullableDateOnlyHandler : SqlMapper.TypeHandler<DateOnly?>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly? value)
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value.HasValue ? value.Value : DBNull.Value;
        }

        public override DateOnly? Parse(object value) => value switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            _ => null,
        };
    }
}
