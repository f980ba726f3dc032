using System.Text;
using Dapper;
using Npgsql;

namespace Carers.Api.Infrastructure;

/// <summary>
/// What every background worker shares (decision 0035): who this instance is in a lease (<c>claimed_by</c>), and the one
/// way a failure is recorded: logged with its stack trace and SQL state, written to <c>background_failure</c>, and its
/// reason handed back for the worker's own status row. Never an exception's message: a database error's text may quote
/// a row, and a parser's may quote the file.
/// </summary>
public static class BackgroundWork
{
    /// <summary>
    /// This process, as a lease names it: host, process id and a random part (a restarted container may have the same
    /// host name and process id as the one it replaced).
    /// </summary>
    public static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// The reason as staff see it, without a value from any record: the exception's type, and for a database error its SQL
    /// state, table, constraint and routine (never its message or detail, which can quote values).
    /// </summary>
    public static string Reason(Exception exception)
    {
        var reason = exception switch
        {
            PostgresException p => $"{p.GetType().Name} {p.SqlState}" + (p.TableName is { } t ? $" on {t}" : "") + (p.ConstraintName is { } c ? $" ({c})" : "")
                + (p.Routine is { } r ? $" in {r}" : "") + (p.Where is { } w ? $" at {FirstLine(w)}" : ""),
            NpgsqlException { SqlState: { } state } npgsql => $"{npgsql.GetType().Name} {state}",
            _ => exception.GetType().Name,
        };
        return reason.Length > 300 ? reason[..300] : reason;
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim() is var line && line.Length > 200 ? line[..200] : line;

    /// <summary>The stack traces of the exception and its inner ones, each headed by its type and SQL state: no messages.</summary>
    public static string StackTrace(Exception exception)
    {
        var text = new StringBuilder();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (text.Length > 0) text.Append("\n--- inner ");
            text.Append(Reason(e)).Append('\n').Append(e.StackTrace);
        }

        return text.ToString();
    }

    /// <summary>
    /// The wait before a failed piece of work goes again: exponential backoff with full jitter, a random wait up to
    /// <paramref name="firstSeconds"/> × 2^(attempt-1), capped at <paramref name="maxSeconds"/>, and never under half the first.
    /// </summary>
    public static double Backoff(int attempt, double firstSeconds, double maxSeconds)
    {
        var ceiling = Math.Min(maxSeconds, firstSeconds * Math.Pow(2, Math.Min(attempt - 1, 30)));
        return Math.Max(firstSeconds / 2, Random.Shared.NextDouble() * ceiling);
    }

    /// <summary>
    /// Hands back leases this instance holds but will not use (it is stopping): <paramref name="releaseSql"/> with
    /// @Ids and @Instance. If the database is away the leases simply run out and the work goes then, so a fault
    /// here only pauses the worker (logged, never thrown).
    /// </summary>
    public static async Task ReleaseLeasesAsync(NpgsqlDataSource db, string releaseSql, Guid[] ids, ILogger logger, string worker)
    {
        try
        {
            await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
            await connection.ExecuteAsync(new CommandDefinition(releaseSql, new { Ids = ids, Instance }));
        }
        catch (NpgsqlException e)
        {
            LogPause(logger, worker, e);
        }
    }

    /// <summary>
    /// Logs a fault that pauses a worker without failing any piece of work: a database that is away (a warning), or
    /// anything else that escaped the worker (an error, with its stack trace: a bug).
    /// </summary>
    public static void LogPause(ILogger logger, string worker, Exception exception)
    {
        if (DatabaseFaults.IsUnavailable(exception))
        {
            logger.LogWarning("{Worker} paused on {Instance}: {Reason} (SQL state {SqlState})",
                worker, Instance, Reason(exception), DatabaseFaults.SqlState(exception));
            return;
        }

        logger.LogError("{Worker} paused on {Instance}: {Reason} (SQL state {SqlState})\n{StackTrace}",
            worker, Instance, Reason(exception), DatabaseFaults.SqlState(exception), StackTrace(exception));
    }

    /// <summary>
    /// Records that a piece of work failed: logs it at Error with the stack trace and SQL state, writes a
    /// <c>background_failure</c> row (in the caller's transaction when given), and returns the reason for the worker's
    /// own status row. <paramref name="exception"/> is null when the worker gave up for a reason of its own (say, too
    /// many attempts), given in <paramref name="reason"/>.
    /// </summary>
    public static async Task<string> RecordFailureAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, ILogger logger,
        string worker, string workId, Exception? exception, string? reason = null)
    {
        var said = reason ?? (exception is null ? "Failed." : Reason(exception));
        var sqlState = exception is null ? null : DatabaseFaults.SqlState(exception);
        logger.LogError("{Worker} {WorkId} failed on {Instance}: {Reason} (SQL state {SqlState})\n{StackTrace}",
            worker, workId, Instance, said, sqlState, exception is null ? "" : StackTrace(exception));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO background_failure (worker, work_id, reason, sql_state, instance) VALUES (@Worker, @WorkId, @Reason, @SqlState, @Instance)
            """, new { Worker = worker, WorkId = workId, Reason = said, SqlState = sqlState, Instance }, transaction));
        return said;
    }
}
