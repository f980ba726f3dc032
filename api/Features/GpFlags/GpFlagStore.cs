using System.Security.Cryptography;
using System.Text;
using Carers.Api.Infrastructure;
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

    /// <summary>Rows checked and stored in one transaction; an interrupted import resumes after the last whole chunk.</summary>
    public int ImportChunkSize { get; init; } = 500;

    /// <summary>
    /// An import whose instance has not renewed its lease for this long (it stopped or died) is taken up by any
    /// instance. Renewed with every chunk, so it is far longer than one chunk takes.
    /// </summary>
    public int ImportLeaseSeconds { get; init; } = 60;

    /// <summary>An import taken up this many times without finishing is failed rather than tried for ever.</summary>
    public int ImportMaxAttempts { get; init; } = 5;

    /// <summary>Tests only: a pause after each chunk, so an import can be interrupted part of the way through.</summary>
    public int ImportChunkDelayMilliseconds { get; init; }
}

public enum FlagOutcome { KnownCarer, AwaitingContact, CountOnly }

/// <summary>
/// What happened to one flag: its id, whether it was new (or a replay), and where it went. When
/// <paramref name="IdentifierTaken"/>, it was not stored: another of the practice's flags, with other
/// content, already holds its identifier, and <paramref name="Id"/> is that flag's.
/// </summary>
public sealed record StoredFlag(long Id, bool Created, FlagOutcome Outcome, bool IdentifierTaken = false);

/// <summary>
/// Stores checked flags in bulk. It matches NHS numbers to carers, ignores replays (a unique key
/// over practice, patient, code, status and date), keeps only a count for people who did not agree
/// to be contacted, and moves each unknown person's "identified by GP" status to their latest flag.
/// Two ways, one result: new flags (the usual case) go straight into gp_flag by binary COPY, as fast
/// as PostgreSQL loads rows; if any of them turns out to be there already (a replay without an
/// Idempotency-Key, or another request racing this one), that COPY is rolled back to a savepoint and
/// the flags go through a temporary table and INSERT ... ON CONFLICT instead. Either way, carers are
/// matched by one lookup first, and the people awaiting contact and the audit are recorded the same
/// way after.
/// </summary>
public sealed class GpFlagStore(IOptions<GpFlagOptions> options)
{
    private const string CreateIncomingSql = """
        CREATE TEMP TABLE incoming_flag (
            ord integer, ods_code text, subject_hash bytea, nhs_number char(10), carer_id uuid, snomed_code text,
            is_carer boolean, status text, recorded_on date, consent boolean, identifier_system text, identifier_value text
        ) ON COMMIT DROP
        """;

    // The INSERT's own ON CONFLICT makes replays (and repeats within one Bundle) harmless; with no
    // conflict target it also skips a flag whose identifier the practice already gave another flag
    // (gp_flag_identifier_key). RETURNING hands back what was new, and C# matches it to the input order.
    private const string InsertSql = """
        INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, carer_id, snomed_code, is_carer, status, recorded_on, consent_to_contact, source,
                             identifier_system, identifier_value)
        SELECT i.ods_code, i.subject_hash, CASE WHEN i.carer_id IS NOT NULL OR i.consent THEN i.nhs_number END, i.carer_id,
               i.snomed_code, i.is_carer, i.status, i.recorded_on, i.consent, @Source, i.identifier_system, i.identifier_value
        FROM incoming_flag i
        ORDER BY i.ord
        ON CONFLICT DO NOTHING
        RETURNING id, subject_hash, snomed_code, status, recorded_on, carer_id IS NOT NULL AS known
        """;

    // Flags that were neither new nor a replay: another flag of the practice holds their identifier.
    private const string IdentifierOwnerSql = """
        SELECT i.ord, g.id
        FROM incoming_flag i
        JOIN gp_flag g ON (g.ods_code, g.identifier_value, g.identifier_system) = (i.ods_code, i.identifier_value, i.identifier_system)
        WHERE i.ord = ANY(@Ords)
        """;

    // Only for flags that were not new: replays, and repeats within one request.
    private const string ExistingSql = """
        SELECT g.id, g.subject_hash, g.snomed_code, g.status, g.recorded_on, g.carer_id IS NOT NULL AS known
        FROM incoming_flag i
        JOIN gp_flag g ON (g.ods_code, g.subject_hash, g.snomed_code, g.status, g.recorded_on) = (i.ods_code, i.subject_hash, i.snomed_code, i.status, i.recorded_on)
        WHERE i.ord = ANY(@Ords)
        """;

    private const string CarersSql = "SELECT nhs_number, id FROM carer WHERE nhs_number = ANY(@Nhs::bpchar[]) AND merged_into IS NULL";

    // Ids for the COPY, taken from gp_flag's own identity sequence (COPY writes identity values as given).
    // The sequence is looked up once (the sub-select runs once); inside nextval() the catalog look-up
    // ran for every row and cost PostgreSQL more than the COPY that follows.
    private const string IdsSql = "SELECT nextval((SELECT pg_get_serial_sequence('gp_flag', 'id'))::regclass) FROM generate_series(1, @Count)";

    // Unknown people who agreed to be contacted: each one's latest flag decides (an older flag arriving
    // later changes nothing). On the fast path they are first tried by COPY (they are usually new).
    private const string PeopleUpsertSql = """
        INSERT INTO gp_identified_person AS p (nhs_number, ods_code, is_carer, latest_flag_on, status)
        SELECT DISTINCT ON (i.nhs_number) i.nhs_number, i.ods_code, i.is_carer AND i.status = 'active', i.recorded_on,
               CASE WHEN i.is_carer AND i.status = 'active' THEN 'awaitingContact' ELSE 'noLongerACarer' END
        FROM unnest(@PNhs::char(10)[], @POds::text[], @PIsCarer::boolean[], @PStatus::text[], @POn::date[]) AS i(nhs_number, ods_code, is_carer, status, recorded_on)
        ORDER BY i.nhs_number, i.recorded_on DESC, (i.is_carer AND i.status = 'active')
        ON CONFLICT (nhs_number) DO UPDATE SET
            is_carer = excluded.is_carer, latest_flag_on = excluded.latest_flag_on, ods_code = excluded.ods_code,
            status = CASE WHEN NOT excluded.is_carer THEN 'noLongerACarer'
                          WHEN p.status = 'noLongerACarer' THEN 'awaitingContact' ELSE p.status END
        WHERE excluded.latest_flag_on >= p.latest_flag_on
        """;

    // Known carers: each one's latest flag by date sets the GP status on their record; an older flag
    // arriving later changes nothing, and on one date a flag that is not "is a carer" wins. The
    // version and updated_at stay: this is the GP's word, not a change of the carer's details.
    private const string CarerStatusSql = $"""
        UPDATE carer c SET gp_carer_status = f.gp_carer_status, gp_status_on = f.recorded_on, gp_status_ods_code = f.ods_code
        FROM (
            SELECT DISTINCT ON (i.carer_id) i.carer_id, i.recorded_on, i.ods_code, {GpWorklist.GpStatusOfFlag} AS gp_carer_status
            FROM unnest(@KCarer::uuid[], @KOds::text[], @KIsCarer::boolean[], @KStatus::text[], @KOn::date[]) AS i(carer_id, ods_code, is_carer, status, recorded_on)
            ORDER BY i.carer_id, i.recorded_on DESC, (i.is_carer AND i.status = 'active')
        ) f
        WHERE c.id = f.carer_id
          AND (c.gp_status_on IS NULL OR f.recorded_on > c.gp_status_on
               OR (f.recorded_on = c.gp_status_on AND f.gp_carer_status <> 'identifiedAsCarer'))
        """;

    private const string AuditSql = $"""
        {AuditLog.Into}
        SELECT @Subject, @Role, @OdsCode, 'RecordGpFlag', 'carer', c::text, 'success', @OdsCode, c, NULL FROM unnest(@Carers::uuid[]) AS c;
        {AuditLog.Into}
        VALUES (@Subject, @Role, @OdsCode, 'RecordGpFlag', 'gpFlagBatch', NULL, 'success', @OdsCode || ': ' || @Count || ' flags', NULL, NULL);
        """;

    private byte[] HashKey()
    {
        var key = options.Value.SubjectHashKey;
        if (string.IsNullOrEmpty(key)) throw new InvalidOperationException("GpFlags:SubjectHashKey is not configured.");
        return Encoding.UTF8.GetBytes(key);
    }

    // 128 bits of the HMAC: ample to tell 10^10 NHS numbers apart, and a smaller unique index.
    // One HMAC per thread, reset after each number: the one-shot HMACSHA256.HashData set up a new
    // OpenSSL context (and took its locks) for every flag, a twentieth of the API's CPU on a Bundle.
    private static byte[] SubjectHash(IncrementalHash hmac, string nhsNumber)
    {
        Span<byte> text = stackalloc byte[Encoding.UTF8.GetMaxByteCount(nhsNumber.Length)];
        hmac.AppendData(text[..Encoding.UTF8.GetBytes(nhsNumber, text)]);
        Span<byte> hash = stackalloc byte[32];
        hmac.GetHashAndReset(hash);
        return hash[..16].ToArray();
    }

    /// <summary>Stores the flags inside the caller's transaction; results come back in the order given.</summary>
    public async Task<IReadOnlyList<StoredFlag>> ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<FlagInput> flags, string source, Caller caller, CancellationToken cancellationToken)
    {
        if (flags.Count == 0) return [];
        var key = HashKey();
        var hashes = new byte[flags.Count][];
        Parallel.For(0, flags.Count, () => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key),
            (i, _, hmac) => { hashes[i] = SubjectHash(hmac, flags[i].NhsNumber); return hmac; }, hmac => hmac.Dispose());
        var carers = (await connection.QueryAsync<(string Nhs, Guid Id)>(new CommandDefinition(CarersSql,
                new { Nhs = flags.Select(f => f.NhsNumber).Distinct().ToArray() }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(c => c.Nhs, c => c.Id);

        // Optimistic: a flag already stored, or one repeated within this request, breaks the unique
        // key, the COPY fails, and the savepoint takes it back before the general path runs.
        IReadOnlyList<StoredFlag> stored;
        await transaction.SaveAsync("fast_path", cancellationToken);
        try
        {
            stored = await CopyNewAsync(connection, transaction, flags, hashes, carers, source, cancellationToken);
            await transaction.ReleaseAsync("fast_path", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName is "gp_flag_replay_key" or "gp_flag_identifier_key")
        {
            await transaction.RollbackAsync("fast_path", cancellationToken);
            stored = await InsertOrFindAsync(connection, transaction, flags, hashes, carers, source, cancellationToken);
        }

        // A flag whose identifier another flag holds was not stored, so it changes nothing else either.
        if (stored.Any(s => s.IdentifierTaken)) flags = flags.Where((_, i) => !stored[i].IdentifierTaken).ToList();
        await RecordPeopleAsync(connection, transaction, flags.Where(f => f.ConsentToContact && !carers.ContainsKey(f.NhsNumber)).ToList(), cancellationToken);
        var known = flags.Where(f => carers.ContainsKey(f.NhsNumber)).ToList();
        if (known.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(CarerStatusSql, new
            {
                KCarer = known.Select(f => carers[f.NhsNumber]).ToArray(), KOds = known.Select(f => f.OdsCode).ToArray(),
                KIsCarer = known.Select(f => f.IsCarer).ToArray(), KStatus = known.Select(f => f.Status).ToArray(),
                KOn = known.Select(f => f.RecordedOn).ToArray(),
            }, transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(AuditSql, new
        {
            Carers = flags.Where(f => carers.ContainsKey(f.NhsNumber)).Select(f => carers[f.NhsNumber]).Distinct().ToArray(),
            caller.Subject, caller.Role, caller.OdsCode, flags.Count,
        }, transaction, cancellationToken: cancellationToken));
        return stored;
    }

    /// <summary>The fast path: every flag is new, so it is written once, by COPY, straight into gp_flag.</summary>
    private static async Task<IReadOnlyList<StoredFlag>> CopyNewAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<FlagInput> flags, byte[][] hashes, Dictionary<string, Guid> carers, string source, CancellationToken cancellationToken)
    {
        var ids = (await connection.QueryAsync<long>(new CommandDefinition(IdsSql, new { flags.Count }, transaction, cancellationToken: cancellationToken))).ToArray();

        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY gp_flag (id, ods_code, subject_hash, nhs_number, carer_id, snomed_code, is_carer, status, recorded_on, consent_to_contact, source, identifier_system, identifier_value) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < flags.Count; i++)
            {
                var f = flags[i];
                var known = carers.TryGetValue(f.NhsNumber, out var carerId);
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(ids[i], NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(f.OdsCode, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(hashes[i], NpgsqlDbType.Bytea, cancellationToken);
                // Without consent to contact, an unknown person is kept only as a count: no NHS number.
                if (known || f.ConsentToContact) await import.WriteAsync(f.NhsNumber, NpgsqlDbType.Char, cancellationToken);
                else await import.WriteNullAsync(cancellationToken);
                if (known) await import.WriteAsync(carerId, NpgsqlDbType.Uuid, cancellationToken);
                else await import.WriteNullAsync(cancellationToken);
                await import.WriteAsync(f.SnomedCode, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(f.IsCarer, NpgsqlDbType.Boolean, cancellationToken);
                await import.WriteAsync(f.Status, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(f.RecordedOn, NpgsqlDbType.Date, cancellationToken);
                await import.WriteAsync(f.ConsentToContact, NpgsqlDbType.Boolean, cancellationToken);
                await import.WriteAsync(source, NpgsqlDbType.Text, cancellationToken);
                await WriteIdentifierAsync(import, f.Identifier, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        return Enumerable.Range(0, flags.Count).Select(i => new StoredFlag(ids[i], Created: true,
            carers.ContainsKey(flags[i].NhsNumber) ? FlagOutcome.KnownCarer : flags[i].ConsentToContact ? FlagOutcome.AwaitingContact : FlagOutcome.CountOnly)).ToList();
    }

    /// <summary>
    /// Unknown people who agreed to be contacted, awaiting contact. New people go in by COPY; anyone
    /// already there (or twice in this request) breaks the primary key, and the upsert, which keeps
    /// each person's latest flag, does them all instead.
    /// </summary>
    private static async Task RecordPeopleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<FlagInput> people, CancellationToken cancellationToken)
    {
        if (people.Count == 0) return;
        await transaction.SaveAsync("new_people", cancellationToken);
        try
        {
            // The importer holds the connection until it is disposed, so it ends before the savepoint is released.
            await using (var import = await connection.BeginBinaryImportAsync(
                "COPY gp_identified_person (nhs_number, ods_code, is_carer, latest_flag_on, status) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var f in people)
                {
                    var carer = f.IsCarer && f.Status == "active";
                    await import.StartRowAsync(cancellationToken);
                    await import.WriteAsync(f.NhsNumber, NpgsqlDbType.Char, cancellationToken);
                    await import.WriteAsync(f.OdsCode, NpgsqlDbType.Text, cancellationToken);
                    await import.WriteAsync(carer, NpgsqlDbType.Boolean, cancellationToken);
                    await import.WriteAsync(f.RecordedOn, NpgsqlDbType.Date, cancellationToken);
                    await import.WriteAsync(carer ? "awaitingContact" : "noLongerACarer", NpgsqlDbType.Text, cancellationToken);
                }

                await import.CompleteAsync(cancellationToken);
            }

            await transaction.ReleaseAsync("new_people", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "gp_identified_person_pkey")
        {
            await transaction.RollbackAsync("new_people", cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(PeopleUpsertSql, new
            {
                PNhs = people.Select(f => f.NhsNumber).ToArray(), POds = people.Select(f => f.OdsCode).ToArray(),
                PIsCarer = people.Select(f => f.IsCarer).ToArray(), PStatus = people.Select(f => f.Status).ToArray(),
                POn = people.Select(f => f.RecordedOn).ToArray(),
            }, transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>The general path: some flags may be there already; ON CONFLICT skips them and they are read back.</summary>
    private static async Task<IReadOnlyList<StoredFlag>> InsertOrFindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<FlagInput> flags, byte[][] hashes, Dictionary<string, Guid> carers, string source, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(CreateIncomingSql, transaction: transaction, cancellationToken: cancellationToken));
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY incoming_flag (ord, ods_code, subject_hash, nhs_number, carer_id, snomed_code, is_carer, status, recorded_on, consent, identifier_system, identifier_value) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < flags.Count; i++)
            {
                var f = flags[i];
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(f.OdsCode, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(hashes[i], NpgsqlDbType.Bytea, cancellationToken);
                await import.WriteAsync(f.NhsNumber, NpgsqlDbType.Char, cancellationToken);
                if (carers.TryGetValue(f.NhsNumber, out var carerId)) await import.WriteAsync(carerId, NpgsqlDbType.Uuid, cancellationToken);
                else await import.WriteNullAsync(cancellationToken);
                await import.WriteAsync(f.SnomedCode, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(f.IsCarer, NpgsqlDbType.Boolean, cancellationToken);
                await import.WriteAsync(f.Status, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(f.RecordedOn, NpgsqlDbType.Date, cancellationToken);
                await import.WriteAsync(f.ConsentToContact, NpgsqlDbType.Boolean, cancellationToken);
                await WriteIdentifierAsync(import, f.Identifier, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        var created = (await connection.QueryAsync<KeyRow>(new CommandDefinition(InsertSql, new { Source = source }, transaction,
            cancellationToken: cancellationToken))).ToList();

        var fresh = created.ToDictionary(KeyOf);
        var results = new StoredFlag?[flags.Count];
        var missing = new List<int>();
        for (var i = 0; i < flags.Count; i++)
        {
            var key = KeyOf(flags[i], hashes[i]);
            if (fresh.Remove(key, out var row)) results[i] = Stored(row, created: true, flags[i]);
            else missing.Add(i);
        }

        if (missing.Count > 0)
        {
            var existing = (await connection.QueryAsync<KeyRow>(new CommandDefinition(ExistingSql, new { Ords = missing.ToArray() }, transaction,
                cancellationToken: cancellationToken))).GroupBy(KeyOf).ToDictionary(g => g.Key, g => g.First());
            var taken = new List<int>();
            foreach (var i in missing)
            {
                if (existing.TryGetValue(KeyOf(flags[i], hashes[i]), out var row)) results[i] = Stored(row, created: false, flags[i]);
                else taken.Add(i);
            }

            if (taken.Count > 0)
            {
                // Not a replay: skipped because another flag of the practice holds the identifier.
                var owners = (await connection.QueryAsync<(int Ord, long Id)>(new CommandDefinition(IdentifierOwnerSql, new { Ords = taken.ToArray() }, transaction,
                    cancellationToken: cancellationToken))).ToDictionary(o => o.Ord, o => o.Id);
                foreach (var i in taken)
                {
                    results[i] = new StoredFlag(owners[i], Created: false, FlagOutcome.CountOnly, IdentifierTaken: true);
                }
            }
        }

        return results.Select(r => r!).ToList();
    }

    private static async Task WriteIdentifierAsync(NpgsqlBinaryImporter import, FlagIdentifier? identifier, CancellationToken cancellationToken)
    {
        if (identifier is null)
        {
            await import.WriteNullAsync(cancellationToken);
            await import.WriteNullAsync(cancellationToken);
            return;
        }

        await import.WriteAsync(identifier.System, NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(identifier.Value, NpgsqlDbType.Text, cancellationToken);
    }

    private static StoredFlag Stored(KeyRow row, bool created, FlagInput flag) =>
        new(row.Id, created, row.Known ? FlagOutcome.KnownCarer : flag.ConsentToContact ? FlagOutcome.AwaitingContact : FlagOutcome.CountOnly);

    private static string KeyOf(KeyRow row) => $"{Convert.ToHexString(row.SubjectHash)}|{row.SnomedCode}|{row.Status}|{row.RecordedOn:yyyy-MM-dd}";

    private static string KeyOf(FlagInput flag, byte[] hash) => $"{Convert.ToHexString(hash)}|{flag.SnomedCode}|{flag.Status}|{flag.RecordedOn:yyyy-MM-dd}";

    private sealed record KeyRow
    {
        public long Id { get; init; }
        public byte[] SubjectHash { get; init; } = [];
        public string SnomedCode { get; init; } = "";
        public string Status { get; init; } = "";
        public DateOnly RecordedOn { get; init; }
        public bool Known { get; init; }
    }
}
