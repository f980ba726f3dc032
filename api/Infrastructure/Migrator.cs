using System.Reflection;
using DbUp;
using Npgsql;

namespace Carers.Api.Infrastructure;

/// <summary>
/// Applies the embedded, numbered SQL migrations (api/Database/Migrations) with DbUp, forward only, under a
/// PostgreSQL advisory lock: instances starting together take turns, and the later ones find nothing left to do
/// (without it, two on an empty database both ran 0001 and one died on a duplicate key in pg_type).
/// </summary>
public static class Migrator
{
    /// <summary>The advisory lock's key: any fixed number the application uses for nothing else.</summary>
    public const long LockKey = 0x4C75_746F_6E17; // "Luton" and issue 17

    public static void Run(string connectionString, ILogger logger, int lockWaitSeconds = 600)
    {
        // A session-level lock on a connection of its own, held while DbUp works on its own connections; if this
        // process dies mid-way, PostgreSQL ends the session and frees the lock for the next instance.
        // Unpooled: a session-level lock outlives a connection returned to a pool, so closing this one must end the session.
        using var lockConnection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        lockConnection.Open();
        using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@Key)", lockConnection) { CommandTimeout = lockWaitSeconds })
        {
            take.Parameters.AddWithValue("Key", LockKey);
            take.ExecuteNonQuery();
        }

        // The lock goes when this unpooled connection closes, whether the migrations succeeded or threw.
        var upgrader = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.Contains(".Database.Migrations.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed.", result.Error);
        }

        logger.LogInformation("Database migrations applied: {Count} new", result.Scripts.Count());
    }
}
