using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Carers.Api.Features.Webhooks;

public static class WebhooksSetup
{
    /// <summary>
    /// The webhook HttpClient: Polly guards every call (a few quick retries with exponential
    /// backoff and jitter, a circuit breaker per partner host, timeouts), and connections may
    /// only reach public addresses outside Development.
    /// </summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.SecretOverlapHours is > 0 and <= 24 * 30, $"{OutboxOptions.Section}:SecretOverlapHours must be more than 0 and at most 720 (30 days).")
            .ValidateOnStart();
        services.AddSingleton<WebhookSecrets>();
        services.AddWebhookEventsContract();
        var allowPrivate = configuration.GetValue<bool>($"{OutboxOptions.Section}:AllowPrivateAddresses");
        services.AddHttpClient(WebhookDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                ConnectCallback = (context, ct) => WebhookDispatcher.ConnectPublicOnly(context, allowPrivate, ct),
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler("webhook", pipeline =>
            {
                pipeline.AddTimeout(TimeSpan.FromSeconds(30));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(200),
                });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    FailureRatio = 0.9,
                    MinimumThroughput = 10,
                    BreakDuration = TimeSpan.FromSeconds(15),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
