using Carers.Api.Infrastructure.Auth;
using Microsoft.Extensions.Options;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.Retention;

/// <summary>
/// The daily retention run at Retention:DailyRunAt, Europe/London (decision 0027). A run stopped by a restart leaves every
/// record either anonymised or untouched (one transaction each); the next run marks it interrupted and carries on with the
/// approved records left. A database fault is logged by type and waits for the next day (or a run asked for by staff).
/// </summary>
public sealed class RetentionJob(RetentionRunner runner, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionJob> logger)
    : BackgroundService
{
    /// <summary>Who the scheduled run is in the audit and the run log.</summary>
    public static readonly Caller Scheduler = new("retention-job", "system", null, null);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNextRun(clock.GetUtcNow(), options.Value.RunAt), clock, stoppingToken);
                await runner.RunAsync(Scheduler, RetentionRunMode.Live, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Until the next run; an exception escaping a BackgroundService would stop the whole host.
                BackgroundWork.LogPause(logger, "Retention job", e);
            }
        }
    }

    /// <summary>The time until the next <paramref name="runAt"/> in Europe/London after <paramref name="now"/>.</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now, TimeOnly runAt)
    {
        var local = TimeZoneInfo.ConvertTime(now, RetentionRunner.London);
        var next = local.Date + runAt.ToTimeSpan();
        if (next <= local.DateTime) next = next.AddDays(1);
        var nextUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(next, DateTimeKind.Unspecified), RetentionRunner.London);
        var wait = nextUtc - now.UtcDateTime;
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
    }
}
