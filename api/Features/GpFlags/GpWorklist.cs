using System.ComponentModel.DataAnnotations;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Npgsql;

namespace Carers.Api.Features.GpFlags;

public enum GpContactOutcome { Registered, Declined, NotACarer, CouldNotReach }

/// <summary>
/// Where a GP-identified person stands. On the worklist: awaitingContact (no one has tried yet) and
/// contacted (someone tried and could not reach them). Off it: declined, notACarer, registered, and
/// noLongerACarer (their latest GP flag says so).
/// </summary>
public enum GpIdentifiedStatus { AwaitingContact, Contacted, Declined, NotACarer, Registered, NoLongerACarer }

/// <summary>One contact attempt with a person a GP identified.</summary>
public sealed record GpContactAttempt(
    Guid Id,
    GpContactOutcome Outcome,
    [property: MaxLength(1000)] string? Note,
    [property: MaxLength(200)] string AttemptedBy,
    DateTimeOffset AttemptedAt)
{
    public static GpContactAttempt Example => new(Guid.Parse("c4e1f2a3-6b7d-4e8f-9a0b-1c2d3e4f5a6b"), GpContactOutcome.CouldNotReach,
        "Rang the number the practice gave; no answer. Will try again on Friday.", "demo-assessor-1", new DateTimeOffset(2025, 11, 5, 14, 30, 0, TimeSpan.Zero));
}

/// <summary>
/// A person a GP practice flagged as a carer, who agreed to be contacted and whom the council does
/// not know yet. We hold only what the flag carried: the NHS number and the practice. Staff reach the
/// person through the practice (which holds their contact details), or by the NHS number in NHS systems.
/// </summary>
public sealed record GpIdentifiedPerson(
    [property: MaxLength(10)] string NhsNumber,
    [property: MaxLength(6)] string OdsCode,
    DateTimeOffset FirstFlaggedAt,
    DateOnly LatestFlagOn,
    GpIdentifiedStatus Status,
    [property: Range(0, 10_000)] int AttemptCount,
    GpContactAttempt? LatestAttempt)
{
    public static GpIdentifiedPerson Example => new("9990000026", "A12345", new DateTimeOffset(2025, 11, 3, 9, 15, 0, TimeSpan.Zero),
        new DateOnly(2025, 11, 3), GpIdentifiedStatus.Contacted, 1, GpContactAttempt.Example);
}

/// <summary>The GP worklist's shared reads and the write a staff registration makes when it registers someone from it.</summary>
public static class GpWorklist
{
    public const string OnWorklist = "status IN ('awaitingContact', 'contacted')";

    /// <summary>The GP status one flag gives a known carer, from its status and is_carer columns.</summary>
    public const string GpStatusOfFlag = "CASE WHEN status = 'inactive' THEN 'flagInactive' WHEN is_carer THEN 'identifiedAsCarer' ELSE 'noLongerACarer' END";

    /// <summary>Columns of <see cref="PersonRow"/>, for "FROM gp_identified_person p".</summary>
    public const string PersonColumns = """
        p.nhs_number, p.ods_code, p.first_flagged_at, p.latest_flag_on, p.status,
        (SELECT count(*) FROM gp_contact_attempt a WHERE a.nhs_number = p.nhs_number)::int AS attempt_count,
        l.id AS attempt_id, l.outcome, l.note, l.attempted_by, l.attempted_at
        """;

    public const string LatestAttemptJoin = """
        LEFT JOIN LATERAL (SELECT a.id, a.outcome, a.note, a.attempted_by, a.attempted_at FROM gp_contact_attempt a
                           WHERE a.nhs_number = p.nhs_number ORDER BY a.attempted_at DESC, a.id DESC LIMIT 1) l ON true
        """;

    public sealed record PersonRow
    {
        public string NhsNumber { get; init; } = "";
        public string OdsCode { get; init; } = "";
        public DateTime FirstFlaggedAt { get; init; }
        public DateOnly LatestFlagOn { get; init; }
        public string Status { get; init; } = "";
        public int AttemptCount { get; init; }
        public Guid? AttemptId { get; init; }
        public string? Outcome { get; init; }
        public string? Note { get; init; }
        public string? AttemptedBy { get; init; }
        public DateTime? AttemptedAt { get; init; }

        public GpIdentifiedPerson ToPerson() => new(NhsNumber, OdsCode, new DateTimeOffset(FirstFlaggedAt, TimeSpan.Zero), LatestFlagOn,
            Domain.Vocabulary.Parse<GpIdentifiedStatus>(Status), AttemptCount,
            AttemptId is null ? null : new GpContactAttempt(AttemptId.Value, Domain.Vocabulary.Parse<GpContactOutcome>(Outcome!), Note,
                AttemptedBy!, new DateTimeOffset(AttemptedAt!.Value, TimeSpan.Zero)));
    }

    private const string FirstFlaggedSql = """
        SELECT first_flagged_at FROM gp_identified_person WHERE nhs_number = @NhsNumber AND status <> 'registered' FOR UPDATE
        """;

    /// <summary>
    /// When a GP first identified this NHS number as a carer, if they are a person the worklist holds and
    /// not yet registered (locked until the caller's transaction ends); null otherwise.
    /// </summary>
    public static async Task<DateTimeOffset?> FirstIdentifiedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string nhsNumber, CancellationToken ct)
    {
        var at = await connection.QuerySingleOrDefaultAsync<DateTime?>(new CommandDefinition(FirstFlaggedSql, new { NhsNumber = nhsNumber }, transaction, cancellationToken: ct));
        return at is null ? null : new DateTimeOffset(at.Value, TimeSpan.Zero);
    }

    // The person's flags become the carer's, the latest of them sets the GP status on the record
    // (as GpFlagStore does for flags that arrive later), and the worklist keeps the registration as the last attempt.
    private const string RegisteredSql = $"""
        UPDATE gp_flag SET carer_id = @CarerId WHERE nhs_number = @NhsNumber AND carer_id IS NULL;
        UPDATE carer c SET gp_carer_status = f.gp_carer_status, gp_status_on = f.recorded_on, gp_status_ods_code = f.ods_code
        FROM (
            SELECT DISTINCT ON (carer_id) carer_id, recorded_on, ods_code, {GpStatusOfFlag} AS gp_carer_status
            FROM gp_flag WHERE carer_id = @CarerId
            ORDER BY carer_id, recorded_on DESC, (is_carer AND status = 'active'), id DESC
        ) f
        WHERE c.id = f.carer_id;
        UPDATE gp_identified_person SET status = 'registered' WHERE nhs_number = @NhsNumber;
        INSERT INTO gp_contact_attempt (nhs_number, outcome, attempted_by) VALUES (@NhsNumber, 'registered', @Subject);
        """;

    /// <summary>A person on the worklist was registered as carer <paramref name="carerId"/>: inside the registration's transaction.</summary>
    public static Task RecordRegisteredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string nhsNumber, Guid carerId,
        Caller caller, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(RegisteredSql, new { NhsNumber = nhsNumber, CarerId = carerId, caller.Subject }, transaction, cancellationToken: ct));
}
