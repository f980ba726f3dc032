using System.Globalization;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using CsvHelper;
using CsvHelper.Configuration;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.GpFlags;

/// <summary>
/// Imports uploaded GP practice extracts (CSV: nhs_number, snomed_code, date_recorded and an
/// optional consent_to_contact) in the background, a chunk at a time, so staff watch the
/// progress and get a report of every row refused. Good rows go through the same checks and the
/// same store as FHIR flags; a re-uploaded extract is harmless (flags dedupe).
/// Several instances (decision 0035): an import is claimed with a lease renewed by every chunk; each chunk's
/// flags and its progress commit together, so an import whose instance stopped or died is taken up by any
/// instance once the lease runs out and resumes after the last whole chunk.
/// </summary>
public sealed class GpExtractImporter(NpgsqlDataSource db, GpFlagStore store, IOptions<GpFlagOptions> options, TimeProvider clock,
    ILogger<GpExtractImporter> logger) : BackgroundService
{
    public const string Worker = "GP extract import";
    public static readonly string[] RequiredColumns = ["nhs_number", "snomed_code", "date_recorded"];

    private const string ClaimSql = """
        UPDATE gp_extract_import SET status = 'importing', claimed_by = @Instance, attempts = attempts + 1,
            lease_until = now() + make_interval(secs => @LeaseSeconds)
        WHERE id = (SELECT id FROM gp_extract_import
                    WHERE status = 'queued' OR (status = 'importing' AND (lease_until IS NULL OR lease_until < now()))
                    ORDER BY uploaded_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, ods_code, uploaded_by, content, processed_rows, attempts
        """;

    // First in each chunk's transaction: it locks the import and proves the lease is still this instance's, so a chunk
    // written after another instance took the import over is rolled back rather than counted twice.
    private const string ProgressSql = """
        UPDATE gp_extract_import SET processed_rows = processed_rows + @Processed, accepted_rows = accepted_rows + @Accepted,
            rejected_rows = rejected_rows + @Rejected, lease_until = now() + make_interval(secs => @LeaseSeconds)
        WHERE id = @Id AND claimed_by = @Instance AND status = 'importing'
        """;

    private const string FailedSql = """
        UPDATE gp_extract_import SET status = 'failed', finished_at = now(), content = NULL, failure_reason = @Reason, lease_until = NULL
        WHERE id = @Id
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ImportWorkerEnabled) return;
        await PollingLoop.RunAsync(ImportNextAsync, TimeSpan.FromMilliseconds(options.Value.ImportPollMilliseconds), clock, logger, Worker, stoppingToken);
    }

    public async Task<bool> ImportNextAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Claimed? claimed;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            claimed = await connection.QuerySingleOrDefaultAsync<Claimed>(new CommandDefinition(ClaimSql,
                new { BackgroundWork.Instance, LeaseSeconds = settings.ImportLeaseSeconds }, cancellationToken: cancellationToken));
            if (claimed is null) return false;
            if (claimed.Attempts > settings.ImportMaxAttempts)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var reason = await BackgroundWork.RecordFailureAsync(connection, transaction, logger, Worker, claimed.Id.ToString(), null,
                    $"Stopped after {settings.ImportMaxAttempts} attempts without finishing.");
                await connection.ExecuteAsync(new CommandDefinition(FailedSql, new { claimed.Id, Reason = reason }, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                return true;
            }
        }

        try
        {
            await ImportAsync(claimed, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: hand the import back at once rather than making the next instance wait out the lease.
            await ReleaseAsync(claimed.Id);
            throw;
        }
        catch (Exception e) when (!DatabaseFaults.IsUnavailable(e))
        {
            await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
            var reason = await BackgroundWork.RecordFailureAsync(connection, transaction, logger, Worker, claimed.Id.ToString(), e);
            await connection.ExecuteAsync(new CommandDefinition(FailedSql, new { claimed.Id, Reason = reason }, transaction));
            await transaction.CommitAsync(CancellationToken.None);
        }

        return true;
    }

    private async Task ImportAsync(Claimed claimed, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var rows = ReadRows(claimed.Content ?? "");
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition("UPDATE gp_extract_import SET total_rows = @Total WHERE id = @Id",
                new { Total = rows.Count, claimed.Id }, cancellationToken: cancellationToken));
        }

        var caller = new Caller(claimed.UploadedBy, Roles.Assessor, null, claimed.OdsCode);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        foreach (var chunk in rows.Skip(claimed.ProcessedRows).Chunk(Math.Max(1, settings.ImportChunkSize)))
        {
            var checkedRows = chunk.Select(r => (r.Number, Result: Check(r, claimed.OdsCode, today))).ToList();
            var good = checkedRows.Where(c => c.Result.Flag is not null).Select(c => c.Result.Flag!).ToList();
            var bad = checkedRows.Where(c => c.Result.Error is not null).Select(c => new { ImportId = claimed.Id, RowNumber = c.Number, Message = c.Result.Error! }).ToList();

            await using (var connection = await db.OpenConnectionAsync(cancellationToken))
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                var stillOurs = await connection.ExecuteAsync(new CommandDefinition(ProgressSql, new
                {
                    claimed.Id, BackgroundWork.Instance, LeaseSeconds = settings.ImportLeaseSeconds, Processed = chunk.Length, Accepted = good.Count, Rejected = bad.Count,
                }, transaction, cancellationToken: cancellationToken));
                if (stillOurs == 0)
                {
                    logger.LogWarning("{Worker} {ImportId}: the lease passed to another instance; this one stops", Worker, claimed.Id);
                    return;
                }

                await store.ApplyAsync(connection, transaction, good, "csv", caller, cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO gp_extract_row_error (import_id, row_number, message) VALUES (@ImportId, @RowNumber, @Message) ON CONFLICT DO NOTHING",
                    bad, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
            }

            if (settings.ImportChunkDelayMilliseconds > 0) await Task.Delay(settings.ImportChunkDelayMilliseconds, cancellationToken);
        }

        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            // The file has served its purpose: keep the counts and the report, not the NHS numbers.
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE gp_extract_import SET status = 'completed', finished_at = now(), content = NULL, lease_until = NULL
                WHERE id = @Id AND claimed_by = @Instance AND status = 'importing'
                """, new { claimed.Id, BackgroundWork.Instance }, cancellationToken: cancellationToken));
        }
    }

    private async Task ReleaseAsync(Guid id)
    {
        try
        {
            await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE gp_extract_import SET lease_until = NULL WHERE id = @Id AND claimed_by = @Instance AND status = 'importing'",
                new { Id = id, BackgroundWork.Instance }));
        }
        catch (NpgsqlException e)
        {
            // The lease runs out by itself; another instance takes the import up then.
            BackgroundWork.LogPause(logger, Worker, e);
        }
    }

    public sealed record Row(int Number, string? NhsNumber, string? SnomedCode, string? DateRecorded, string? ConsentToContact);

    /// <summary>Rows numbered as a spreadsheet shows them: the header is row 1.</summary>
    public static List<Row> ReadRows(string content)
    {
        using var reader = new StringReader(content);
        using var csv = new CsvReader(reader, CsvConfiguration());
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Row>();
        while (csv.Read())
        {
            rows.Add(new Row(csv.Parser.Row, Field(csv, "nhs_number"), Field(csv, "snomed_code"), Field(csv, "date_recorded"), Field(csv, "consent_to_contact")));
        }

        return rows;
    }

    /// <summary>The header's columns, for checking an upload before it is queued.</summary>
    public static string[] ReadHeader(string content)
    {
        using var reader = new StringReader(content);
        using var csv = new CsvReader(reader, CsvConfiguration());
        return csv.Read() && csv.ReadHeader() ? csv.HeaderRecord ?? [] : [];
    }

    public static (FlagInput? Flag, string? Error) Check(Row row, string odsCode, DateOnly today)
    {
        var nhsNumber = row.NhsNumber is null ? null : NhsNumber.Normalise(row.NhsNumber);
        if (!NhsNumber.IsValid(nhsNumber)) return (null, "The NHS number is not valid (10 digits with a Modulus 11 check digit).");

        var meaning = CarerCodes.Classify(row.SnomedCode);
        switch (meaning)
        {
            case CarerCodes.Meaning.Malformed:
                return (null, "The SNOMED CT code is not a concept id (its Verhoeff check digit does not match).");
            case CarerCodes.Meaning.PaidCaregiver:
                return (null, "229774002 is a paid caregiver; only unpaid carers are flagged.");
            case CarerCodes.Meaning.Unknown:
                return (null, $"SNOMED CT {row.SnomedCode} is not a carer code we accept.");
        }

        if (!DateOnly.TryParseExact(row.DateRecorded, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var recordedOn))
        {
            return (null, "The date recorded is missing or not a date (use 2025-01-31 or 31/01/2025).");
        }

        if (recordedOn > today) return (null, "The date recorded is in the future.");

        bool consent;
        switch (row.ConsentToContact?.Trim().ToLowerInvariant())
        {
            case null or "" or "no" or "n" or "false" or "0":
                consent = false;
                break;
            case "yes" or "y" or "true" or "1":
                consent = true;
                break;
            default:
                return (null, "consent_to_contact must be yes or no.");
        }

        var isCarer = meaning == CarerCodes.Meaning.Carer;
        return (new FlagInput(nhsNumber!, odsCode, row.SnomedCode!, isCarer, "active", recordedOn, consent), null);
    }

    private static CsvConfiguration CsvConfiguration() => new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant().Replace(' ', '_'),
        MissingFieldFound = null,
        HeaderValidated = null,
        BadDataFound = null,
        TrimOptions = TrimOptions.Trim,
        DetectDelimiter = false,
    };

    private static string? Field(CsvReader csv, string name) => csv.TryGetField<string>(name, out var value) ? value : null;

    private sealed record Claimed
    {
        public Guid Id { get; init; }
        public string OdsCode { get; init; } = "";
        public string UploadedBy { get; init; } = "";
        public string? Content { get; init; }
        public int ProcessedRows { get; init; }
        public int Attempts { get; init; }
    }
}
