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
/// </summary>
public sealed class GpExtractImporter(NpgsqlDataSource db, GpFlagStore store, IOptions<GpFlagOptions> options, TimeProvider clock,
    ILogger<GpExtractImporter> logger) : BackgroundService
{
    public const int ChunkSize = 500;
    public static readonly string[] RequiredColumns = ["nhs_number", "snomed_code", "date_recorded"];

    private const string ClaimSql = """
        UPDATE gp_extract_import SET status = 'importing'
        WHERE id = (SELECT id FROM gp_extract_import WHERE status = 'queued' ORDER BY uploaded_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, ods_code, uploaded_by, content
        """;

    private const string ProgressSql = """
        UPDATE gp_extract_import SET processed_rows = processed_rows + @Processed, accepted_rows = accepted_rows + @Accepted,
            rejected_rows = rejected_rows + @Rejected WHERE id = @Id
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ImportWorkerEnabled) return;
        await PollingLoop.RunAsync(ImportNextAsync, TimeSpan.FromMilliseconds(options.Value.ImportPollMilliseconds), clock, logger, "GP extract import", stoppingToken);
    }

    public async Task<bool> ImportNextAsync(CancellationToken cancellationToken)
    {
        Claimed? claimed;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            claimed = await connection.QuerySingleOrDefaultAsync<Claimed>(new CommandDefinition(ClaimSql, cancellationToken: cancellationToken));
        }

        if (claimed is null) return false;

        var rows = ReadRows(claimed.Content ?? "");
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition("UPDATE gp_extract_import SET total_rows = @Total WHERE id = @Id",
                new { Total = rows.Count, claimed.Id }, cancellationToken: cancellationToken));
        }

        var caller = new Caller(claimed.UploadedBy, Roles.Assessor, null, claimed.OdsCode);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        foreach (var chunk in rows.Chunk(ChunkSize))
        {
            var checkedRows = chunk.Select(r => (r.Number, Result: Check(r, claimed.OdsCode, today))).ToList();
            var good = checkedRows.Where(c => c.Result.Flag is not null).Select(c => c.Result.Flag!).ToList();
            var bad = checkedRows.Where(c => c.Result.Error is not null).Select(c => new { ImportId = claimed.Id, RowNumber = c.Number, Message = c.Result.Error! }).ToList();

            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await store.ApplyAsync(connection, transaction, good, "csv", caller, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO gp_extract_row_error (import_id, row_number, message) VALUES (@ImportId, @RowNumber, @Message) ON CONFLICT DO NOTHING",
                bad, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(ProgressSql,
                new { claimed.Id, Processed = chunk.Length, Accepted = good.Count, Rejected = bad.Count }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }

        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            // The file has served its purpose: keep the counts and the report, not the NHS numbers.
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE gp_extract_import SET status = 'completed', finished_at = now(), content = NULL WHERE id = @Id",
                new { claimed.Id }, cancellationToken: cancellationToken));
        }

        return true;
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
    }
}
