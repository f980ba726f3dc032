using System.Reflection;
using DbUp;

namespace Carers.Api.Infrastructure;

/// <summary>Applies the embedded, numbered SQL migrations (api/Database/Migrations) with DbUp, forward only.</summary>
public static class Migrator
{
    public static void Run(string connectionString, ILogger logger)
    {
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
