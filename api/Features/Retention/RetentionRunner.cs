using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Retention;

/// <summary>
/// One run of the retention job, scheduled or asked for (decision 0027): queues the records past their date for review,
/// then (live) anonymises every approved one, one transaction per record. A failure rolls that record back entirely and
/// is recorded on its review and in the run's count, without a value from the record; the next run tries it again.
/// One run at a time (a session advisory lock); a run left "running" by a stopped process is marked failed by the next.
/// </summary>
public sealed class RetentionRunner(NpgsqlDataSource db, IOptions<RetentionOptions> options, ILogger<RetentionRunner> logger)
{
    private const long LockKey = 0x5245_5445_4E54; // "RETENT"

    public abstract record Outcome
    {
        public sealed record Ran(RetentionRun Run) : Outcome;
        public sealed record AlreadyRunning : Outcome;
    }

    // The first day a record may be anonymised: closure plus the reason's years, and for a record identified as a
    // young carer's, not before the configured birthday either.
    private const string DueSql = """
        SELECT c.id AS carer_id, c.closed_reason, x.closed_on,
               GREATEST((x.closed_on + make_interval(years => y.years))::date,
                        CASE WHEN extract(year FROM age((c.identified_at AT TIME ZONE 'Europe/London')::date, c.date_of_birth)) < 18
                             THEN (c.date_of_birth + make_interval(years => @YoungCarerAge))::date END) AS due_on
        FROM carer c
        CROSS JOIN LATERAL (SELECT (c.closed_at AT TIME ZONE 'Europe/London')::date AS closed_on) x
        JOIN unnest(@Reasons::text[], @Years::int[]) AS y(reason, years) ON y.reason = c.closed_reason
        WHERE c.closed_at IS NOT NULL AND c.anonymised_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM retention_review r WHERE r.carer_id = c.id)
        """;

    private const string ListSql = $"""
        INSERT INTO retention_review (carer_id, closed_reason, closed_on, due_on)
        SELECT carer_id, closed_reason, closed_on, due_on FROM ({DueSql}) d WHERE d.due_on <= @Today
        ON CONFLICT (carer_id) DO NOTHING
        """;

    private const string CountDueSql = $"SELECT count(*)::int FROM ({DueSql}) d WHERE d.due_on <= @Today";

    private const string CountToAnonymiseSql = "SELECT count(*)::int FROM retention_review WHERE status IN ('approved', 'failed')";

    private const string StartSql = $"""
        INSERT INTO retention_run (mode, started_by) VALUES (@Mode, @StartedBy) RETURNING {RunRow.Columns}
        """;

    private const string InterruptedSql = """
        UPDATE retention_run SET status = 'failed', finished_at = now(), failure_reason = 'Interrupted: the service stopped during the run'
        WHERE status = 'running'
        """;

    private const string FinishSql = $"""
        UPDATE retention_run SET status = @Status, finished_at = now(), listed = @Listed, to_anonymise = @ToAnonymise,
            anonymised = @Anonymised, failed = @Failed, failure_reason = @FailureReason, failure_detail = @FailureDetail
        WHERE id = @Id RETURNING {RunRow.Columns}
        """;

    private const string NextBatchSql = """
        SELECT id FROM retention_review WHERE status IN ('approved', 'failed') AND id > @After ORDER BY id LIMIT @Take
        """;

    // Re-read under lock: a rejection between the batch read and now wins.
    private const string ClaimSql = """
        SELECT carer_id FROM retention_review WHERE id = @Id AND status IN ('approved', 'failed') FOR UPDATE
        """;

    private const string DoneSql = """
        UPDATE retention_review SET status = 'anonymised', anonymised_at = now(), attempts = attempts + 1,
            failure_reason = NULL, failure_detail = NULL, failed_at = NULL, version = version + 1
        WHERE id = @Id
        """;

    private const string FailedSql = """
        UPDATE retention_review SET status = 'failed', attempts = attempts + 1, failure_reason = @Reason, failure_detail = @Detail,
            failed_at = now(), version = version + 1
        WHERE id = @Id AND status IN ('approved', 'failed')
        """;

    public async Task<Outcome> RunAsync(Caller caller, RetentionRunMode mode, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var control = await db.OpenConnectionAsync(cancellationToken);
        if (!await control.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT pg_try_advisory_lock(@LockKey)", new { LockKey }, cancellationToken: cancellationToken)))
            return new Outcome.AlreadyRunning();
        try
        {
            await control.ExecuteAsync(new CommandDefinition(InterruptedSql, cancellationToken: cancellationToken));
            var run = await control.QuerySingleAsync<RunRow>(new CommandDefinition(StartSql, new { Mode = mode.Code(), StartedBy = caller.Subject },
                cancellationToken: cancellationToken));
            var counts = new Counts();
            string? failureReason = null, failureDetail = null;
            try
            {
                await RunStepsAsync(control, caller, mode, clock, run.Id, counts, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failureReason = await BackgroundWork.RecordFailureAsync(control, null, logger, "Retention run", run.Id.ToString(), e);
                failureDetail = e.StackTrace ?? "";
            }

            var finished = await control.QuerySingleAsync<RunRow>(new CommandDefinition(FinishSql, new
            {
                run.Id, Status = failureReason is null ? "finished" : "failed", counts.Listed, counts.ToAnonymise, counts.Anonymised, counts.Failed,
                FailureReason = failureReason, FailureDetail = failureDetail,
            }, cancellationToken: CancellationToken.None));
            return new Outcome.Ran(finished.ToRun());
        }
        finally
        {
            await control.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@LockKey)", new { LockKey }, cancellationToken: CancellationToken.None));
        }
    }

    private sealed class Counts
    {
        public int Listed { get; set; }
        public int ToAnonymise { get; set; }
        public int Anonymised { get; set; }
        public int Failed { get; set; }
    }

    private async Task RunStepsAsync(NpgsqlConnection control, Caller caller, RetentionRunMode mode, TimeProvider clock, Guid runId, Counts counts,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var reasons = Enum.GetValues<ClosedReason>();
        var due = new
        {
            Reasons = reasons.Select(r => r.Code()).ToArray(),
            Years = reasons.Select(settings.YearsFor).ToArray(),
            YoungCarerAge = settings.YoungCarerKeepUntilAge,
            Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime),
        };
        counts.ToAnonymise = await control.ExecuteScalarAsync<int>(new CommandDefinition(CountToAnonymiseSql, cancellationToken: cancellationToken));
        if (mode == RetentionRunMode.DryRun)
        {
            counts.Listed = await control.ExecuteScalarAsync<int>(new CommandDefinition(CountDueSql, due, cancellationToken: cancellationToken));
            return;
        }

        counts.Listed = await control.ExecuteAsync(new CommandDefinition(ListSql, due, commandTimeout: 600, cancellationToken: cancellationToken));
        var after = Guid.Empty;
        while (true)
        {
            var batch = (await control.QueryAsync<Guid>(new CommandDefinition(NextBatchSql, new { After = after, Take = settings.BatchSize },
                cancellationToken: cancellationToken))).ToList();
            if (batch.Count == 0) return;
            foreach (var reviewId in batch)
            {
                if (await AnonymiseOneAsync(caller, runId, reviewId, cancellationToken)) counts.Anonymised++;
                else counts.Failed++;
            }

            after = batch[^1];
        }
    }

    /// <summary>One record, one transaction: all of it is anonymised, or none of it and the failure is recorded.</summary>
    private async Task<bool> AnonymiseOneAsync(Caller caller, Guid runId, Guid reviewId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var carerId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(ClaimSql, new { Id = reviewId }, transaction,
                cancellationToken: cancellationToken));
            if (carerId is null) return true;
            await RetentionAnonymiser.AnonymiseAsync(connection, transaction, carerId.Value, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(DoneSql, new { Id = reviewId }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(caller, "AnonymiseCarerRecord", "carer",
                carerId.Value.ToString(), AuditOutcome.Success, $"retention run {runId}", CarerId: carerId.Value), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // Rolled back; the review is marked failed with the reason, recorded by the one helper.
            await using var record = await db.OpenConnectionAsync(CancellationToken.None);
            var reason = await BackgroundWork.RecordFailureAsync(record, null, logger, "Retention anonymisation", reviewId.ToString(), e);
            await record.ExecuteAsync(new CommandDefinition(FailedSql, new { Id = reviewId, Reason = reason, Detail = e.StackTrace ?? "" },
                cancellationToken: CancellationToken.None));
            return false;
        }
    }

    internal static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
