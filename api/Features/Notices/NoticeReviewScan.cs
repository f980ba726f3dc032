using Carers.Api.Infrastructure;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Notices;

/// <summary>
/// The notices no request makes: a support plan's review, or an emergency plan's, coming up within
/// <see cref="NoticeOptions.DaysBeforeReview"/> days. Once a day (and at start, so a missed day is caught up); the source
/// key holds the due date, so a plan is told of once per review date however often the scan runs, on however many instances.
/// </summary>
public sealed class NoticeReviewScan(NpgsqlDataSource db, IOptions<NoticeOptions> options, TimeProvider clock, ILogger<NoticeReviewScan> logger)
    : BackgroundService
{
    public const string Worker = "Notice review scan";

    // Current plans only (the latest of the carer's), of records still open; reviews already past are staff's to chase.
    private const string DueSql = """
        SELECT p.carer_id, p.assessment_id AS id, p.next_review_on AS due_on, 'reviewDue' AS kind
        FROM support_plan p JOIN carer c ON c.id = p.carer_id
        WHERE p.next_review_on BETWEEN @Today AND @Until AND c.closed_at IS NULL AND c.merged_into IS NULL AND c.anonymised_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM support_plan later WHERE later.carer_id = p.carer_id AND (later.created_at, later.id) > (p.created_at, p.id))
        UNION ALL
        SELECT e.carer_id, e.id, e.next_review_on, 'emergencyPlanReviewDue'
        FROM emergency_plan e JOIN carer c ON c.id = e.carer_id JOIN caring_relationship r ON r.id = e.relationship_id
        WHERE e.next_review_on BETWEEN @Today AND @Until AND r.ended_on IS NULL AND c.closed_at IS NULL AND c.merged_into IS NULL AND c.anonymised_at IS NULL
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScanEnabled) return;
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), london).Date), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                BackgroundWork.LogPause(logger, Worker, e);
            }

            var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), london);
            var next = now.Date.Add(options.Value.DailyScanAt.ToTimeSpan());
            if (next <= now.DateTime) next = next.AddDays(1);
            await Task.Delay(next - now.DateTime, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Queues every review notice due by <paramref name="today"/>; returns how many were new. Each in its own transaction.</summary>
    public async Task<int> ScanAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var due = (await connection.QueryAsync<Due>(new CommandDefinition(DueSql,
            new { Today = today, Until = today.AddDays(options.Value.DaysBeforeReview) }, cancellationToken: cancellationToken))).ToList();
        var queued = 0;
        foreach (var item in due)
        {
            var kind = item.Kind == "reviewDue" ? NoticeKind.ReviewDue : NoticeKind.EmergencyPlanReviewDue;
            var source = kind == NoticeKind.ReviewDue ? $"supportPlan:{item.Id}:review:{item.DueOn:yyyy-MM-dd}" : $"emergencyPlan:{item.Id}:review:{item.DueOn:yyyy-MM-dd}";
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (await CarerNotices.QueueAsync(connection, transaction, item.CarerId, kind, source, new NoticeValues { Date = item.DueOn }, cancellationToken)) queued++;
            await transaction.CommitAsync(cancellationToken);
        }

        return queued;
    }

    private sealed record Due
    {
        public Guid CarerId { get; init; }
        public Guid Id { get; init; }
        public DateOnly DueOn { get; init; }
        public string Kind { get; init; } = "";
    }
}
