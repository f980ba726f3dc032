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

    public static IReadOnlyList<string> Codes { get; } = Enum.GetValues<AccessReason>().Select(r => r.Code()).ToList();

    public static bool TryParse(string? code, out AccessReason reason)
    {
        foreach (var candidate in Enum.GetValues<AccessReason>())
        {
            if (candidate.Code() == code)
            {
                reason = candidate;
                return true;
            }
        }

        reason = default;
        return false;
    }
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
/// The one way to write the append-only audit_event table (the database rejects UPDATE, DELETE and TRUNCATE).
/// Handlers that read or change a record call <see cref="WriteAsync(NpgsqlConnection, NpgsqlTransaction?, AuditEntry, CancellationToken)"/>
/// or WriteShownAsync on their own connection and transaction, so the audit row and the change stand or fall
/// together; a handler whose change is one SQL batch puts <see cref="Into"/> in front of its own SELECT or VALUES of the
/// ten <see cref="Into"/> columns. No file under api/Features writes audit_event any other way (HouseRulesTests).
/// The access reason is the entry's, else the one the request carried (Access-Reason header, <see cref="Caller.AccessReason"/>).
/// </summary>
public sealed class AuditLog(NpgsqlDataSource db)
{
    /// <summary>The columns, in order: actor_subject, actor_role, actor_organisation, action, record_type, record_id, outcome, reason, carer_id, access_reason.</summary>
    public const string Into = "INSERT INTO audit_event (actor_subject, actor_role, actor_organisation, action, record_type, record_id, outcome, reason, carer_id, access_reason)";

    /// <summary>The actor's values for a batch written with <see cref="Into"/> (see <see cref="ActorParameters"/>, which also gives @AccessReason).</summary>
    public const string ActorValues = "@ActorSubject, @ActorRole, @ActorOrganisation";

    private const string InsertSql = $"""
        {Into}
        VALUES (@ActorSubject, @ActorRole, @ActorOrganisation, @Action, @RecordType, @RecordId, @Outcome, @Reason, @CarerId, @AccessReason)
        """;

    private const string ShownSql = $"""
        {Into}
        SELECT @ActorSubject, @ActorRole, @ActorOrganisation, @Action, @RecordType, s.record_id, 'success', @Reason, s.carer_id, @AccessReason
        FROM unnest(@RecordIds::text[], @CarerIds::uuid[]) AS s(record_id, carer_id)
        """;

    /// <summary>What an empty page's one row says: the list was read and showed no records.</summary>
    public const string NoneShown = "none shown";

    private static object Parameters(AuditEntry entry) => new
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
        AccessReason = (entry.AccessReason ?? entry.Actor.AccessReason)?.Code(),
    };

    /// <summary>The actor's parameters (<see cref="ActorValues"/> and @AccessReason) for a batch that writes with <see cref="Into"/>.</summary>
    public static DynamicParameters ActorParameters(Caller caller, object? more = null, AccessReason? reason = null)
    {
        var parameters = new DynamicParameters(more);
        parameters.Add("ActorSubject", caller.Subject);
        parameters.Add("ActorRole", caller.Role);
        parameters.Add("ActorOrganisation", caller.Partner ?? caller.OdsCode);
        parameters.Add("AccessReason", (reason ?? caller.AccessReason)?.Code());
        return parameters;
    }

    /// <summary>Writes one row on its own connection (denials before a handler runs; reports read from the replica).</summary>
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await WriteAsync(connection, null, entry, cancellationToken);
    }

    /// <summary>Writes one row inside the caller's connection and transaction.</summary>
    public static Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, AuditEntry entry, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(InsertSql, Parameters(entry), transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// A read that showed records (a list page, a search, a record with its parts): one row per record shown, naming its
    /// carer, in one statement. A page that showed nothing writes one row with no record (<see cref="NoneShown"/>).
    /// </summary>
    public static Task WriteShownAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Caller caller, string action, string recordType,
        IEnumerable<(string RecordId, Guid CarerId)> shown, AccessReason? accessReason, CancellationToken cancellationToken, string? reason = null) =>
        WriteShownAsync(connection, transaction, caller, action, recordType, shown.Select(s => (s.RecordId, (Guid?)s.CarerId)), accessReason, cancellationToken, reason);

    /// <summary>The same, where a record shown may belong to no carer we hold (a person a GP flagged): carer_id stays null.</summary>
    public static Task WriteShownAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Caller caller, string action, string recordType,
        IEnumerable<(string RecordId, Guid? CarerId)> shown, AccessReason? accessReason, CancellationToken cancellationToken, string? reason = null)
    {
        var rows = shown.ToList();
        if (rows.Count == 0)
        {
            return WriteAsync(connection, transaction,
                new AuditEntry(caller, action, recordType, null, AuditOutcome.Success, reason ?? NoneShown, null, accessReason), cancellationToken);
        }

        return connection.ExecuteAsync(new CommandDefinition(ShownSql, new
        {
            ActorSubject = caller.Subject,
            ActorRole = caller.Role,
            ActorOrganisation = caller.Partner ?? caller.OdsCode,
            Action = action,
            RecordType = recordType,
            Reason = reason,
            AccessReason = (accessReason ?? caller.AccessReason)?.Code(),
            RecordIds = rows.Select(r => r.RecordId).ToArray(),
            CarerIds = rows.Select(r => r.CarerId).ToArray(),
        }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>The same, where the record shown is the carer's own record.</summary>
    public static Task WriteShownAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Caller caller, string action,
        IEnumerable<Guid> carersShown, AccessReason? accessReason, CancellationToken cancellationToken) =>
        WriteShownAsync(connection, transaction, caller, action, "carer", carersShown.Select(c => (c.ToString(), c)), accessReason, cancellationToken);
}
