using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Carers.Api.Features.Notices;

public static class NoticesSetup
{
    /// <summary>
    /// The Notify HttpClient under Polly: a retry only where it cannot send a message twice (a read, a refused connection,
    /// Notify's 429, which it did not act on), a circuit breaker, and a timeout a call; the dispatcher's own backoff
    /// waits out anything longer. The dispatcher and the daily review scan run in the background.
    /// </summary>
    public static IServiceCollection AddNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NoticeOptions>(configuration.GetSection(NoticeOptions.Section));
        services.Configure<NotifyOptions>(configuration.GetSection(NotifyOptions.Section));
        var timeout = TimeSpan.FromSeconds(configuration.GetValue($"{NoticeOptions.Section}:{nameof(NoticeOptions.NotifyTimeoutSeconds)}", 10.0));
        services.AddHttpClient(NoticeDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddResilienceHandler("notify", pipeline =>
            {
                pipeline.AddTimeout(timeout * 3 + TimeSpan.FromSeconds(2));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(300),
                    ShouldHandle = args => ValueTask.FromResult(SafeToRetry(args.Outcome, args.Context.GetRequestMessage())),
                });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    FailureRatio = 0.9,
                    MinimumThroughput = 10,
                    BreakDuration = TimeSpan.FromSeconds(15),
                });
                pipeline.AddTimeout(timeout);
            });
        services.AddSingleton<NoticeDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NoticeDispatcher>());
        services.AddSingleton<NoticeReviewScan>();
        services.AddHostedService(sp => sp.GetRequiredService<NoticeReviewScan>());
        return services;
    }

    /// <summary>
    /// A read is retried on any transient fault. A send only when Notify cannot have acted on it: it refused the connection,
    /// or answered 429. A send that timed out or met a 5xx may have been recorded: the dispatcher looks it up before sending again.
    /// </summary>
    public static bool SafeToRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (request?.Method == HttpMethod.Get) return HttpClientResiliencePredicates.IsTransient(outcome);
        if (outcome.Result is { } response) return (int)response.StatusCode == 429;
        return outcome.Exception is HttpRequestException { InnerException: System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused } };
    }
}
