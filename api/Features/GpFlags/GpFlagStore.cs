using System.Security.Cryptography;
using System.Text;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Carers.Api.Features.GpFlags;

public sealed class GpFlagOptions
{
    public const string Section = "GpFlags";

    /// <summary>
    /// Key for the keyed hash of NHS numbers kept with every flag: a flag for someone who gave no
    /// consent to contact is kept only as a count, yet its replay is still recognised. Secret.
    /// </summary>
    public string SubjectHashKey { get; init; } = "";

    /// <summary>The most entries one Bundle may hold (SPEC §2: 10,000).</summary>
    public int MaxBundleEntries { get; init; } = 10_000;

    public bool ImportWorkerEnabled { get; init; } = true;

    public int ImportPollMilliseconds { get; init; } = 500;
}

public enum FlagOutcome { KnownCarer, AwaitingContact, CountOnly }

/// <summary>What happened to one stored flag: its id, whether it was new (or a replay), and where it went.</summary>
public sealed record StoredFlag(long Id, bool Created, FlagOutcome Outcome);

/// <summary>
/// Stores checked flags in bulk: a binary COPY into a temporary table, then set-based SQL that
/// matches NHS numbers to carers, ignores replays (a unique key over practice, patient, code,
/// status and date), keeps only a count for people who did not agree to be contacted, and moves
/// each unknown person's "identified by GP" status to their latest flag.
/// </summary>
public sealed class GpFlagStore(IOptions<GpFlagOptions> options)
{
    private const string CreateIncomingSql = """
        CREATE TEMP TABLE incoming_flag (
            ord integer, ods_code text, subject_hash bytea, nhs_number char(10), snomed_code text,
            is_carer boolean, status text, recorded_on date, consent boolean
        ) ON COMMIT DROP
        """;

    private const string ApplySql = """
        CREATE TEMP TABLE matched_flag ON COMMIT DROP AS
        SELECT i.*, c.id AS carer_id FROM incoming_flag i LEFT JOIN carer c ON c.nhs_number = i.nhs_number AND c.merged_into IS NULL;

        WITH inserted AS (
            INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, carer_id, snomed_code, is_carer, status, recorded_on, consent_to_contact, source)
            SELECT DISTINCT ON (ods_code, subject_hash, snomed_code, status, recorded_on)
                   ods_code, subject_hash, CASE WHEN carer_id IS NOT NULL OR consent THEN nhs_number END, carer_id,
                   snomed_code, is_carer, status, recorded_on, consent, @Source
            FROM matched_flag
            ORDER BY ods_code, subject_hash, snomed_code, status, recorded_on, ord
            ON CONFLICT (ods_code, subject_hash, snomed_code, status, recorded_on) DO NOTHING
            RETURNING id, ods_code, subject_hash, snomed_code, status, recorded_on
        )
        SELECT m.ord, COALESCE(n.id, g.id) AS id, n.id IS NOT NULL AS created, m.carer_id IS NOT NULL AS known, m.consent
        FROM matched_flag m
        LEFT JOIN inserted n ON (n.ods_code, n.subject_hash, n.snomed_code, n.status, n.recorded_on) = (m.ods_code, m.subject_hash, m.snomed_code, m.status, m.recorded_on)
        LEFT JOIN gp_flag g ON (g.ods_code, g.subject_hash, g.snomed_code, g.status, g.recorded_on) = (m.ods_code, m.subject_hash, m.snomed_code, m.status, m.recorded_on)
        ORDER BY m.ord;

        INSERT INTO gp_identified_person AS p (nhs_number, ods_code, is_carer, latest_flag_on, status)
        SELECT DISTINCT ON (nhs_number) nhs_number, ods_code, is_carer AND status = 'active', recorded_on,
               CASE WHEN is_carer AND status = 'active' THEN 'awaitingContact' ELSE 'noLongerACarer' END
        FROM matched_flag WHERE consent AND carer_id IS NULL
        ORDER BY nhs_number, recorded_on DESC, (is_carer AND status = 'active')
        ON CONFLICT (nhs_number) DO UPDATE SET
            is_carer = excluded.is_carer, latest_flag_on = excluded.latest_flag_on, ods_code = excluded.ods_code,
            status = CASE WHEN NOT excluded.is_carer THEN 'noLongerACarer'
                          WHEN p.status = 'noLongerACarer' THEN 'awaitingContact' ELSE p.status END
        WHERE excluded.latest_flag_on >= p.latest_flag_on;

        INSERT INTO audit_event (actor_subject, actor_role, action, record_type, record_id, outcome, reason)
        SELECT DISTINCT @Subject, @Role, 'RecordGpFlag', 'carer', carer_id::text, 'success', @OdsCode FROM matched_flag WHERE carer_id IS NOT NULL;
        INSERT INTO audit_event (actor_subject, actor_role, action, record_type, record_id, outcome, reason)
        VALUES (@Subject, @Role, 'RecordGpFlag', 'gpFlagBatch', NULL, 'success', @OdsCode || ': ' || (SELECT count(*) FROM matched_flag) || ' flags');
        """;

    public byte[] SubjectHash(string nhsNumber)
    {
        var key = options.Value.SubjectHashKey;
        if (string.IsNullOrEmpty(key)) throw new InvalidOperationException("GpFlags:SubjectHashKey is not configured.");
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(nhsNumber));
    }

    /// <summary>Stores the flags inside the caller's transaction; results come back in the order given.</summary>
    public async Task<IReadOnlyList<StoredFlag>> ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<FlagInput> flags, string source, Caller caller, CancellationToken cancellationToken)
    {
        if (flags.Count == 0) return [];
        await connection.ExecuteAsync(new CommandDefinition(CreateIncomingSql, transaction: transaction, cancellationToken: cancellationToken));
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY incoming_flag (ord, ods_code, subject_hash, nhs_number, snomed_code, is_carer, status, recorded_on, consent) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < flags.Count; i++)
            {
                var f = flags[i];
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(f.OdsCode, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(SubjectHash(f.NhsNumber), NpgsqlDbType.Bytea, cancellationToken);
                await import.WriteAsync(f.NhsNumber, NpgsqlDbType.Char, cancellationToken);
                await import.WriteAsync(f.SnomedCode, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(f.IsCarer, NpgsqlDbType.Boolean, cancellationToken);
                await import.WriteAsync(f.Status, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(f.RecordedOn, NpgsqlDbType.Date, cancellationToken);
                await import.WriteAsync(f.ConsentToContact, NpgsqlDbType.Boolean, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        var rows = await connection.QueryAsync<(int Ord, long Id, bool Created, bool Known, bool Consent)>(new CommandDefinition(ApplySql,
            new { Source = source, caller.Subject, caller.Role, OdsCode = caller.OdsCode }, transaction, cancellationToken: cancellationToken));
        return rows.Select(r => new StoredFlag(r.Id, r.Created,
            r.Known ? FlagOutcome.KnownCarer : r.Consent ? FlagOutcome.AwaitingContact : FlagOutcome.CountOnly)).ToList();
    }
}
