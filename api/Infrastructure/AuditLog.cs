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

/// <summary>Why a member of staff read a carer's personal data (SPEC §8), kept on the audit row.</summary>
public enum AccessReason
{
    Casework,
    Review,
    Duty,
    Safeguarding,
    DataProtectionRequest,
    Report,
}

public static class AccessReasons
{
    public static string Code(this AccessReason reason) => reason switch
    {
        AccessReason.Casework => "casework",
        AccessReason.Review => "review",
        AccessReason.Duty => "duty",
        AccessReason.Safeguarding => "safeguarding",
        AccessReason.DataProtectionRequest => "dataProtectionRequest",
        AccessReason.Report => "report",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };
}

/// <summary>
/// One audit row. <paramref name="Reason"/> is a short note of what happened; <paramref name="CarerId"/> names the
/// carer whose personal data it is about (whatever the record type), and <paramref name="AccessReason"/> says why
/// a member of staff looked.
/// </summary>
public sealed record AuditEntry(
    Caller Actor, string Action, string RecordType, string? RecordId, string Outcome, string? Reason = null,
    Guid? CarerId = null, AccessReason? AccessReason = null);

/// <summary>
/// Writes to the append-only audit_event table (the database rejects UPDATE, DELETE and TRUNCATE).
/// Handlers that read or change a record put <see cref="InsertSql"/> in their own batch or
/// transaction so the audit row and the change stand or fall together.
/// </summary>
public sealed class AuditLog(NpgsqlDataSource db)
{
    public const string InsertSql = """
        INSERT INTO audit_event (actor_subject, actor_role, actor_organisation, action, record_type, record_id, outcome, reason, carer_id, access_reason)
        VALUES (@ActorSubject, @ActorRole, @ActorOrganisation, @Action, @RecordType, @RecordId, @Outcome, @Reason, @CarerId, @AccessReason)
        """;

    public static object Parameters(AuditEntry entry) => new
    {
        ActorSubject = entry.Actor.Subject,
        ActorRole = entry.Actor.Role,
        ActorOrganisation = entry.Actor.Partner ?? entry.Actor.OdsCode,
        entry.Action,
        entry.RecordType,
        entry.RecordId,
        entry.Outcome,
        entry.Reason,
        entry.CarerId,
        AccessReason = entry.AccessReason?.Code(),
    };

    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, Parameters(entry), cancellationToken: cancellationToken));
    }

    public async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, Parameters(entry), transaction, cancellationToken: cancellationToken));
}
