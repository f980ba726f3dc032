using Microsoft.AspNetCore.Routing;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Carers.Api.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// One JSON object a line on stdout (Serilog's rendered compact format: @t, @m, @l, @tr, @sp and
    /// the properties), for a platform's log collector. No personal data in logs (SPEC §8): request
    /// logs name the route template, never the path or query string (names and NHS numbers travel
    /// there), and nothing logs bodies or tokens. Identity libraries keep PII hidden (their default).
    /// Levels come from the usual <c>Logging:LogLevel</c> section, so existing settings keep working.
    /// </summary>
    public static WebApplicationBuilder AddCarersLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSerilog((services, logger) =>
        {
            ApplyLevels(logger, builder.Configuration.GetSection("Logging:LogLevel"));
            logger
                .Enrich.FromLogContext()
                .Enrich.With(new CorrelationEnricher(services.GetRequiredService<IHttpContextAccessor>()))
                // Sinks and enrichers registered as services (the tests capture the lines this way).
                .ReadFrom.Services(services)
                .WriteTo.Console(new RenderedCompactJsonFormatter());
        }, preserveStaticLogger: true); // each host its own logger (the tests run several at once), none global
        Microsoft.IdentityModel.Logging.IdentityModelEventSource.ShowPII = false;
        Microsoft.IdentityModel.Logging.IdentityModelEventSource.LogCompleteSecurityArtifact = false;
        return builder;
    }

    /// <summary>
    /// One line a request: method, route template, status and elapsed time; the request id and
    /// trace id come with every line (RequestId, @tr).
    /// </summary>
    public static WebApplication UseCarersRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod:l} {RequestRoute:l} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            // The default properties include RequestPath (the raw path): replaced by the route template.
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestRoute", new ScalarValue(RouteOf(context))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            // Probes every few seconds would drown the rest.
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
        return app;
    }

    /// <summary>The endpoint's route template ("/api/carers/{carerId}"), or what kind of answer it was.</summary>
    public static string RouteOf(HttpContext context) => context.GetEndpoint() switch
    {
        RouteEndpoint route => "/" + (route.RoutePattern.RawText ?? "").Trim('/'),
        { } endpoint => endpoint.DisplayName ?? "(endpoint)",
        // Static files (the SPA's assets) and answers given before routing (a 401, a 413, a 429).
        null => "(no endpoint)",
    };

    private static void ApplyLevels(LoggerConfiguration logger, IConfigurationSection levels)
    {
        logger.MinimumLevel.Is(Level(levels["Default"]) ?? LogEventLevel.Information);
        foreach (var entry in levels.GetChildren().Where(e => e.Key != "Default"))
        {
            if (Level(entry.Value) is { } level) logger.MinimumLevel.Override(entry.Key, level);
        }
    }

    private static LogEventLevel? Level(string? name) => name switch
    {
        "Trace" => LogEventLevel.Verbose,
        "Debug" => LogEventLevel.Debug,
        "Information" => LogEventLevel.Information,
        "Warning" => LogEventLevel.Warning,
        "Error" => LogEventLevel.Error,
        // Serilog has no "off": Fatal is the nearest, and nothing here logs at Fatal.
        "Critical" or "None" => LogEventLevel.Fatal,
        _ => null,
    };

    /// <summary>
    /// Every line written during a request carries its request id (X-Request-ID, see Correlation)
    /// and never the raw path that ASP.NET Core's own request scope adds.
    /// </summary>
    private sealed class CorrelationEnricher(IHttpContextAccessor accessor) : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            logEvent.RemovePropertyIfPresent("RequestPath");
            if (accessor.HttpContext is { } context)
            {
                logEvent.AddOrUpdateProperty(propertyFactory.CreateProperty("RequestId", context.TraceIdentifier));
            }
        }
    }
}
