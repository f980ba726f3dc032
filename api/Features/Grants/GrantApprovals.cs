using System.Threading.Channels;
using Carers.Api.Domain;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>
/// Approves grants, committing each amount to its pot so that a pot is never over-committed
/// (SPEC §4). Every approval is decided by PostgreSQL: the pot's CHECK constraint
/// (committed_pence &lt;= budget_pence) refuses any transaction that would over-commit it.
/// <para>
/// Approvals that arrive together are approved together: while one batch is in the database, the
/// next ones queue here, and the queue is then approved in one transaction with one UPDATE per
/// pot. Officers approving at once no longer queue one by one on the pot's row lock inside
/// PostgreSQL. If the batch fails as a whole (a pot it would over-commit, a second grant in a
/// year without a reason (OneGrantAYear), a deadlock with another instance), nothing of it is kept and each
/// approval is then decided on its own, exactly as if it had come alone; so is any approval the
/// batch did not approve (not found, no longer submitted), to give its own answer.
/// </para>
/// </summary>
public sealed class GrantApprovals(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays, IOptions<GrantOptions> options,
    ILogger<GrantApprovals> logger) : BackgroundService
{
    /// <summary>The most approvals in one transaction.</summary>
    public const int MaxBatch = 64;

    private sealed record Pending(Guid GrantId, int ExpectedVersion, Caller Caller, string? OverrideReason, TaskCompletionSource<ApproveGrant.Outcome> Done);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    public Task<ApproveGrant.Outcome> ApproveAsync(Guid grantId, int expectedVersion, Caller caller, string? overrideReason, CancellationToken cancellationToken)
    {
        var pending = new Pending(grantId, expectedVersion, caller, overrideReason, new TaskCompletionSource<ApproveGrant.Outcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new InvalidOperationException("The approval queue is closed.");
        // The approval goes ahead even if the caller stops waiting: it is a decision, not a read.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next)) batch.Add(next);
            try
            {
                await ApproveBatchAsync(batch);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Approving a batch of {Count} grants failed", batch.Count);
                foreach (var p in batch) p.Done.TrySetException(e);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task ApproveBatchAsync(List<Pending> batch)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        await using var connection = await db.OpenConnectionAsync(CancellationToken.None);

        // The same application twice in one batch: the first goes in the batch, the rest alone afterwards.
        var seen = new HashSet<Guid>();
        var together = batch.Where(p => seen.Add(p.GrantId)).ToList();
        var alone = batch.Except(together).ToList();

        if (together.Count > 1)
        {
            try
            {
                Dictionary<Guid, GrantReader.Row> approved;
                await using (var transaction = await connection.BeginTransactionAsync())
                {
                    await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(BatchSql, Parameters(together, today), transaction)))
                    {
                        approved = (await results.ReadAsync<GrantReader.Row>()).ToDictionary(r => r.Id);
                        await results.ReadAsync<long>();
                    }

                    await QueueNoticesAsync(connection, transaction, approved.Values);
                    await transaction.CommitAsync();
                }

                foreach (var p in together)
                {
                    if (approved.TryGetValue(p.GrantId, out var row))
                    {
                        p.Done.TrySetResult(new ApproveGrant.Outcome.Approved(GrantReader.Map(row, today, workingDays, options.Value.PaymentDueWorkingDays)));
                    }
                    else
                    {
                        alone.Add(p); // not approved: it gets its own answer (not found, not submitted, no budget)
                    }
                }
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.CheckViolation or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected)
            {
                alone.AddRange(together); // nothing of the batch was kept
            }
        }
        else
        {
            alone.AddRange(together);
        }

        foreach (var p in alone)
        {
            try
            {
                p.Done.TrySetResult(await ApproveOneAsync(connection, p, today));
            }
            catch (Exception e)
            {
                p.Done.TrySetException(e);
            }
        }
    }

    private async Task<ApproveGrant.Outcome> ApproveOneAsync(NpgsqlConnection connection, Pending pending, DateOnly today)
    {
        GrantReader.Row? approved = null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The batch statement with one application. One round trip: the approval, the pot and the
                // view of it come back together; reading past the first result surfaces the pot's error.
                await using var transaction = await connection.BeginTransactionAsync();
                await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(BatchSql, Parameters([pending], today), transaction)))
                {
                    approved = await results.ReadSingleOrDefaultAsync<GrantReader.Row>();
                    await results.ReadAsync<long>();
                }

                await QueueNoticesAsync(connection, transaction, approved is null ? [] : [approved]);
                await transaction.CommitAsync();
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == OneGrantAYear.FirstInYearIndex && attempt < 3)
            {
                // Another approval of this carer's year (another instance, or a merge) was committed first:
                // look again, and this one is later in the year.
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation && e.ConstraintName == OneGrantAYear.NeedsReasonConstraint)
            {
                return new ApproveGrant.Outcome.SecondThisYear();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation && e.ConstraintName == "grant_pot_check")
            {
                return new ApproveGrant.Outcome.PotTooSmall();
            }
        }

        if (approved is null)
        {
            var found = await connection.QuerySingleOrDefaultAsync<(string Status, bool HasPot, int Version)?>(new CommandDefinition(StatusSql,
                new { pending.GrantId, Year = FinancialYear.Of(today) }));
            return found switch
            {
                null => new ApproveGrant.Outcome.NotFound(),
                { Version: var version } when version != pending.ExpectedVersion => new ApproveGrant.Outcome.Stale(),
                { Status: "submitted", HasPot: false } => new ApproveGrant.Outcome.PotTooSmall(), // no budget set for that year yet
                var (status, _, _) => new ApproveGrant.Outcome.NotSubmitted(Vocabulary.Parse<GrantStatus>(status)),
            };
        }

        return new ApproveGrant.Outcome.Approved(GrantReader.Map(approved, today, workingDays, options.Value.PaymentDueWorkingDays));
    }

    /// <summary>Each approved carer is told, in the approval's transaction (decision 0037).</summary>
    private static async Task QueueNoticesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<GrantReader.Row> approved)
    {
        foreach (var row in approved)
        {
            await CarerNotices.QueueAsync(connection, transaction, row.CarerId, NoticeKind.GrantApproved, $"grant:{row.Id}",
                new NoticeValues { AmountPence = row.AmountPence }, CancellationToken.None);
        }
    }

    // Why an approval was not made: not found, changed since the officer read it, no longer submitted, or no budget set for the year of approval.
    private const string StatusSql = """
        SELECT g.status, EXISTS (SELECT 1 FROM grant_pot p WHERE p.financial_year = @Year AND p.pot = g.pot) AS has_pot, g.version
        FROM grant_application g WHERE g.id = @GrantId AND g.source = 'platform'
        """;

    private static object Parameters(IReadOnlyList<Pending> approvals, DateOnly today) => new
    {
        Ids = approvals.Select(p => p.GrantId).ToArray(),
        Versions = approvals.Select(p => p.ExpectedVersion).ToArray(),
        Subjects = approvals.Select(p => p.Caller.Subject).ToArray(),
        Roles = approvals.Select(p => p.Caller.Role).ToArray(),
        Reasons = approvals.Select(p => p.OverrideReason).ToArray(),
        Today = today,
        Year = FinancialYear.Of(today),
    };

    // Two statements sent together, which PostgreSQL runs as one implicit transaction: all or nothing.
    // The first approves each application still submitted whose pot exists for the year of approval
    // (@Year: a grant is charged to the pot of the year in which it is approved, not the one in which
    // the carer applied), with its own officer and reason in the audit and its partners' events, and
    // reads the views back (its row lock and status check make a second approval of the same grant a
    // no-op). The second adds the sum this transaction approved (the rows whose xmin is our transaction
    // id) to each pot, and comes last on purpose: the pot row is where concurrent approvals queue, so it
    // is locked only for that UPDATE and the commit. The pot's CHECK (grant_pot_check) is the guard; one
    // grant a year is OneGrantAYear: a grant approved when the carer already has one that year is later
    // in the year and needs a reason. Two of one carer's grants in one batch count as approved in turn,
    // those without a reason first. Pots are never deleted, so a pot that exists for the first statement
    // still exists for the second.
    private const string BatchSql = $"""
        WITH input AS (
            SELECT * FROM unnest(@Ids::uuid[], @Versions::int[], @Subjects::text[], @Roles::text[], @Reasons::text[]) WITH ORDINALITY AS i(id, version, subject, role, reason, n)
        ),
        ranked AS (
            SELECT i.*, row_number() OVER (PARTITION BY g.carer_id ORDER BY i.reason IS NULL DESC, i.n) AS nth
            FROM input i JOIN grant_application g ON g.id = i.id AND g.status = 'submitted' AND g.version = i.version
        ),
        approved AS (
            UPDATE grant_application g SET status = 'approved', financial_year = @Year, decided_at = now(), decided_by = i.subject, approved_on = @Today,
                override_reason = i.reason, later_in_year = i.nth > 1 OR {OneGrantAYear.IsLaterSql}, version = g.version + 1
            FROM ranked i
            WHERE g.id = i.id AND g.status = 'submitted' AND g.version = i.version
              AND EXISTS (SELECT 1 FROM grant_pot p WHERE p.financial_year = @Year AND p.pot = g.pot)
            RETURNING g.id, g.carer_id, g.financial_year, g.pot, g.purpose, g.amount_pence, g.helps_with, g.status, g.submitted_at,
                      g.approved_on, g.decline_reason, g.override_reason, g.paid_on, g.payment_reference, g.version, g.assessment_id,
                      i.subject, i.role
        ),
        events AS (
            INSERT INTO outbox_message (event_type, partner, carer_id, payload)
            SELECT 'grant.approved', CASE k.purpose WHEN 'shareWithCarersCentral' THEN 'CarersCentral' ELSE 'Chums' END, k.carer_id,
                   jsonb_build_object('carerId', k.carer_id, 'grantId', a.id)
            FROM consent k JOIN approved a ON a.carer_id = k.carer_id
            WHERE k.purpose IN ('shareWithCarersCentral', 'shareWithChums') AND k.withdrawn_at IS NULL
        ),
        audit AS (
            {AuditLog.Into}
            SELECT a.subject, a.role, NULL, 'ApproveGrant', 'grantApplication', a.id::text, 'success', a.override_reason, a.carer_id, NULL FROM approved a
        )
        SELECT g.id, g.carer_id, c.given_name || ' ' || c.family_name AS carer_name, g.financial_year, g.pot, g.purpose, g.amount_pence,
               g.helps_with, g.status, g.submitted_at, g.approved_on, g.decline_reason, g.override_reason, g.paid_on, g.payment_reference,
               g.version, a.eligible AS assessment_eligible, a.completed_at AS assessment_decided_at
        FROM approved g JOIN carer c ON c.id = g.carer_id JOIN assessment a ON a.id = g.assessment_id;

        UPDATE grant_pot p SET committed_pence = p.committed_pence + s.total, updated_at = now()
        FROM (
            SELECT financial_year, pot, sum(amount_pence) AS total FROM grant_application
            WHERE id = ANY(@Ids) AND xmin = pg_current_xact_id_if_assigned()::xid
            GROUP BY financial_year, pot
        ) s
        WHERE p.financial_year = s.financial_year AND p.pot = s.pot
        RETURNING p.committed_pence;
        """;
}
