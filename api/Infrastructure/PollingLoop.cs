namespace Carers.Api.Infrastructure;

/// <summary>
/// The loop of a background worker that takes one piece of work at a time from the database: work while there is
/// some, otherwise wait. A fault pauses it (logged by <see cref="BackgroundWork.LogPause"/>) rather than ending it:
/// an exception escaping a BackgroundService would stop the whole host.
/// </summary>
public static class PollingLoop
{
    public static async Task RunAsync(Func<CancellationToken, Task<bool>> next, TimeSpan idle, TimeProvider clock, ILogger logger, string what,
        CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = false;
            try
            {
                worked = await next(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                BackgroundWork.LogPause(logger, what, e);
            }

            if (!worked)
            {
                await Task.Delay(idle, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
