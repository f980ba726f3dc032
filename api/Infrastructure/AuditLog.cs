using Carers.Api.Infrastructure.Auth;
using Dapper;
using Npgsql;

namespace Carers.Api.Infrastructure;

public static class AuditOutcome
{
    public const string Success = "success";
    public const string NotFound = "notFound";
    public const string Forbidden = "forbidden";
    public const string Unauthenticated = "unauthenticated";
    public const string Conflict = "conflict";
    public const string PreconditionFailed = "preconditionFailed";
}

public sealed record AuditEntry(Caller Actor, string Action, string RecordType, string? RecordId, string Outcome, string? Reason = null);

/// <summary>
/// Writes to the append-only audit_event table (the database rejects UPDATE, DELETE and TRUNCATE).
/// Handlers that read or change a record put <see cref="InsertSql"/> in their own batch or
/// transaction so the audit row and the change stand or fall together.
/// </summary>
public sealed class AuditLog(NpgsqlDataSource db)
{
    public const string InsertSql = """
        INSERT INTO audit_event (actor_subject, actor_role, action, record_type, record_id, outcome, reason)
        VALUES (@ActorSubject, @ActorRole, @Action, @RecordType, @RecordId, @Outcome, @Reason)
        """;

    public static object Parameters(AuditEntry entry) => new
    {
        ActorSubject = entry.Actor.Subject,
        ActorRole = entry.Actor.Role,
        entry.Action,
        entry.RecordType,
        entry.RecordId,
        entry.Outcome,
        entry.Reason,
    };

    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, Parameters(entry), cancellationToken: cancellationToken));
    }

    public async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, Parameters(entry), transaction, cancellationToken: cancellationToken));
}
