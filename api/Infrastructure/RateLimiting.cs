using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;

namespace Carers.Api.Infrastructure;

public sealed class RateLimitOptions
{
    public const string Section = "Carers:RateLimit";

    /// <summary>Requests a caller may make in one window; a caller is a token subject, or an address when anonymous.</summary>
    public int PermitLimit { get; init; } = 600;

    public int WindowSeconds { get; init; } = 60;
}

/// <summary>
/// A fixed window per caller, announced on every answer with X-RateLimit-Limit and
/// X-RateLimit-Remaining (the GitHub convention) so a partner's system can
/// pace itself; over the limit answers 429 problem details with Retry-After.
/// </summary>
public static class RateLimiting
{
    public const string LimitHeader = "X-RateLimit-Limit";
    public const string RemainingHeader = "X-RateLimit-Remaining";

    public static WebApplication UseCarersRateLimiting(this WebApplication app)
    {
        var options = app.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            PartitionKey(context),
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.PermitLimit,
                Window = TimeSpan.FromSeconds(options.WindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

        app.Use(async (context, next) =>
        {
            // Health probes come from the platform itself and must never be throttled.
            if (context.Request.Path.StartsWithSegments("/health"))
            {
                await next(context);
                return;
            }

            using var lease = limiter.AttemptAcquire(context);
            var remaining = limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
            context.Response.Headers[LimitHeader] = options.PermitLimit.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers[RemainingHeader] = remaining.ToString(CultureInfo.InvariantCulture);
            if (lease.IsAcquired)
            {
                await next(context);
                return;
            }

            context.Response.Headers.RetryAfter = options.WindowSeconds.ToString(CultureInfo.InvariantCulture);
            await ProblemsSetup.WriteProblemAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests.",
                $"Wait {options.WindowSeconds} seconds before trying again.");
        });
        return app;
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(CarersClaims.Subject) is { } subject
            ? "sub:" + subject
            : "ip:" + context.Connection.RemoteIpAddress;
}
