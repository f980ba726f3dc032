using Carers.Api.Domain;
using Carers.Api.Features.Matching;
using Carers.Api.Features.StatutoryReturns;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.HistoricImport;

/// <summary>
/// Imports uploaded historic files in the background (decision 0020): every row is checked first,
/// with the progress saved every <see cref="ProgressEvery"/> rows; a file with any problem is refused
/// with its problems and nothing written; otherwise the whole file is imported in one transaction.
/// Idempotent on the old system's person and event ids (unique keys in the database), so a file
/// imported twice, or an import taken up again after a restart, changes nothing the second time.
/// Several instances (decision 0035): the heartbeat is the lease; an import whose instance stopped or died is taken up
/// by any instance and started again from the top (an interrupted import's one transaction was rolled back).
/// </summary>
public sealed class HistoricImporter(NpgsqlDataSource db, IOptions<HistoricImportOptions> options, TimeProvider clock,
    ILogger<HistoricImporter> logger) : BackgroundService
{
    public const int ProgressEvery = 500;
    public const string Worker = "Historic import";

    private const string ClaimSql = """
        UPDATE historic_import SET status = 'validating', heartbeat_at = now(), validated_rows = 0, imported_rows = 0, problem_rows = 0,
            carers_created = 0, carers_matched = 0, carers_present = 0, matches_queued = 0, events_created = 0, events_present = 0,
            claimed_by = @Instance, attempts = attempts + 1
        WHERE id = (SELECT id FROM historic_import
                    WHERE status = 'queued' OR (status IN ('validating', 'importing')
                          AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => @LeaseSeconds)))
                    ORDER BY uploaded_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, uploaded_by, content, attempts
        """;

    private const string FailedSql = """
        UPDATE historic_import SET status = 'failed', finished_at = now(), content = NULL, failure_reason = @Reason, failure_detail = @Detail
        WHERE id = @Id
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled) return;
        await PollingLoop.RunAsync(ImportNextAsync, TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock, logger, Worker, stoppingToken);
    }

    public async Task<bool> ImportNextAsync(CancellationToken cancellationToken)
    {
        Claimed? claimed;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            claimed = await connection.QuerySingleOrDefaultAsync<Claimed>(new CommandDefinition(ClaimSql,
                new { options.Value.LeaseSeconds, BackgroundWork.Instance }, cancellationToken: cancellationToken));
        }

        if (claimed is null) return false;
        if (claimed.Attempts > options.Value.MaxAttempts)
        {
            await FailAsync(claimed.Id, null, $"Stopped after {options.Value.MaxAttempts} attempts without finishing.");
            return true;
        }

        try
        {
            await ImportAsync(claimed, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the import's transaction is rolled back; hand it back at once rather than after the lease.
            await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE historic_import SET heartbeat_at = NULL WHERE id = @Id AND claimed_by = @Instance AND status IN ('validating', 'importing')",
                new { claimed.Id, BackgroundWork.Instance }));
            throw;
        }
        catch (Exception e) when (!DatabaseFaults.IsUnavailable(e))
        {
            await FailAsync(claimed.Id, e, null);
        }

        return true;
    }

    /// <summary>The import failed: recorded by the one helper, and its reason (never a row's data) on the import for staff.</summary>
    private async Task FailAsync(Guid id, Exception? exception, string? reason)
    {
        await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        var said = await BackgroundWork.RecordFailureAsync(connection, transaction, logger, Worker, id.ToString(), exception, reason);
        await connection.ExecuteAsync(new CommandDefinition(FailedSql, new { Id = id, Reason = said, Detail = exception?.StackTrace }, transaction));
        await transaction.CommitAsync(CancellationToken.None);
    }

    private async Task ImportAsync(Claimed claimed, CancellationToken cancellationToken)
    {
        var content = claimed.Content ?? "";
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var total = Math.Max(0, content.Count(c => c == '\n') + (content.EndsWith('\n') ? 0 : 1) - 1);
        await Progress(claimed.Id, "total_rows = @Value, validated_rows = 0", total, cancellationToken);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (rows, problems) = HistoricFile.Read(content, today, ProgressEvery,
            done => Progress(claimed.Id, "total_rows = GREATEST(total_rows, @Value), validated_rows = @Value", done, cancellationToken).GetAwaiter().GetResult());
        if (problems.Count > 0)
        {
            await RefuseAsync(claimed, problems, cancellationToken);
            return;
        }

        await Progress(claimed.Id, "status = 'importing', total_rows = @Value, validated_rows = @Value", rows.Count, cancellationToken);
        var checkedIn = watch.ElapsedMilliseconds;
        var caller = new Caller(claimed.UploadedBy, Roles.Manager, null, null);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var writer = new HistoricWriter(connection, transaction, claimed.Id, caller, cancellationToken);
        try
        {
            await writer.WriteAsync(rows, done => Progress(claimed.Id, "imported_rows = @Value", done, cancellationToken));
        }
        catch (HistoricWriter.RowRefused refused)
        {
            await transaction.RollbackAsync(cancellationToken);
            await RefuseAsync(claimed, [refused.Problem], cancellationToken);
            return;
        }

        var counts = writer.Counts;
        var stillOurs = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE historic_import SET status = 'completed', finished_at = now(), content = NULL, imported_rows = total_rows,
                carers_created = @CarersCreated, carers_matched = @CarersMatched, carers_present = @CarersPresent, matches_queued = @MatchesQueued,
                events_created = @EventsCreated, events_present = @EventsPresent
            WHERE id = @Id AND claimed_by = @Instance AND status = 'importing'
            """, new { claimed.Id, BackgroundWork.Instance, counts.CarersCreated, counts.CarersMatched, counts.CarersPresent, counts.MatchesQueued, counts.EventsCreated, counts.EventsPresent },
            transaction, cancellationToken: cancellationToken));
        if (stillOurs == 0)
        {
            // Another instance took the import up after this one's heartbeat lapsed: it finishes it; this one writes nothing.
            await transaction.RollbackAsync(cancellationToken);
            logger.LogWarning("{Worker} {ImportId}: the lease passed to another instance; this one stops", Worker, claimed.Id);
            return;
        }

        await AuditLog.WriteAsync(connection, transaction, new AuditEntry(caller, nameof(HistoricImporter),
            "historicImport", claimed.Id.ToString(), AuditOutcome.Success, $"{rows.Count} rows; {counts.CarersCreated} carers created, {counts.EventsCreated} events created"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Historic import {ImportId}: {Rows} rows checked in {CheckedMs} ms and imported in {ImportedMs} ms",
            claimed.Id, rows.Count, checkedIn, watch.ElapsedMilliseconds - checkedIn);
    }

    private async Task RefuseAsync(Claimed claimed, IReadOnlyList<HistoricImportProblem> problems, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO historic_import_problem (import_id, row_number, field, message) VALUES (@ImportId, @Row, @Field, @Message) ON CONFLICT DO NOTHING
            """, problems.Select(p => new { ImportId = claimed.Id, p.Row, p.Field, p.Message }), transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE historic_import SET status = 'refused', finished_at = now(), content = NULL, imported_rows = 0, problem_rows = @ProblemRows
            WHERE id = @Id
            """, new { claimed.Id, ProblemRows = problems.Select(p => p.Row).Distinct().Count() }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Progress in its own short transaction (and the worker's heartbeat), so the page sees it while the import runs.</summary>
    private async Task Progress(Guid id, string set, int value, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"UPDATE historic_import SET {set}, heartbeat_at = now() WHERE id = @Id",
            new { Id = id, Value = value }, cancellationToken: cancellationToken));
    }

    private sealed record Claimed
    {
        public Guid Id { get; init; }
        public string UploadedBy { get; init; } = "";
        public string? Content { get; init; }
        public int Attempts { get; init; }
    }
}
