using System.Net.Sockets;
using Npgsql;

namespace Carers.Api.Infrastructure;

/// <summary>
/// Which exceptions mean "the database cannot answer just now" rather than a bug: the server refusing or dropping
/// connections (a restart, a failover), too many connections, a statement or connection timing out. Requests answer
/// them with 503 and Retry-After (DatabaseUnavailableExceptionHandler); background workers pause and try again.
/// </summary>
public static class DatabaseFaults
{
    /// <summary>Seconds a caller is told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    public static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException pg => IsUnavailableState(pg.SqlState),
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is TimeoutException or IOException or SocketException,
        TimeoutException => true,
        _ => false,
    };

    /// <summary>
    /// 08: connection exceptions; 57P01/57P02: the server shut down (fast stop, crash); 57P03: cannot connect now
    /// (starting, in recovery); 53300: too many connections; 57014: a statement cancelled by its timeout.
    /// </summary>
    public static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState is "57P01" or "57P02" or "57P03" or "53300" or "57014";

    /// <summary>The SQL state of a database exception, if any, for logs and failure records (never the message: it may quote a row).</summary>
    public static string? SqlState(Exception exception) => exception switch
    {
        PostgresException pg => pg.SqlState,
        NpgsqlException npgsql => npgsql.SqlState,
        _ => null,
    };
}
