using Microsoft.AspNetCore.Http.Features;
using Carers.Api.Features.GpFlags;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace Carers.Api.Infrastructure.Problems;

public static class ProblemsSetup
{
    /// <summary>
    /// RFC 9457 problem details on every 4xx and 5xx (SPEC §8): the exception handlers below
    /// for bad requests and bugs, and status code pages for anything that would leave with an
    /// empty body (401, 403, 404, 405...). No stack trace or SQL ever reaches a response.
    /// </summary>
    public static IServiceCollection AddCarersProblems(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.Remove("exception");
            // Every problem names its type (docs/problems.md): by status unless the operation chose a more specific one.
            if (ProblemTypes.IsDefault(context.ProblemDetails.Type))
            {
                context.ProblemDetails.Type = ProblemTypes.ForStatus(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode,
                    context.ProblemDetails is HttpValidationProblemDetails { Errors.Count: > 0 });
            }

            // traceId: the W3C trace (the caller's when it sent traceparent); requestId: X-Request-ID (Correlation).
            context.ProblemDetails.Extensions["traceId"] = Correlation.TraceId(context.HttpContext);
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        // Binding failures (malformed JSON, wrong types, unknown enum values) throw, so that
        // BadRequestExceptionHandler can say which field was wrong instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseCarersProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => context.HttpContext.Response.ContentLength is null && FhirResults.IsFhirRequest(context.HttpContext)
            ? WriteProblemAsync(context.HttpContext, context.HttpContext.Response.StatusCode, ReasonPhrases.GetReasonPhrase(context.HttpContext.Response.StatusCode)).AsTask()
            : DefaultStatusCodePage(context));
        return app;
    }

    private static Task DefaultStatusCodePage(StatusCodeContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = new ProblemDetails { Status = context.HttpContext.Response.StatusCode, Title = ReasonPhrases.GetReasonPhrase(context.HttpContext.Response.StatusCode) },
        }).AsTask();

    /// <summary>Problem details on the JSON API; an OperationOutcome on /fhir (SPEC §8).</summary>
    public static ValueTask WriteProblemAsync(HttpContext context, int status, string title, string? detail = null, IDictionary<string, string[]>? errors = null,
        string? type = null)
    {
        if (FhirResults.IsFhirRequest(context))
        {
            var diagnostics = detail is null ? title : $"{title} {detail}";
            if (errors is not null) diagnostics += " " + string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
            return new ValueTask(FhirResults.Error(status, FhirResults.IssueFor(status), diagnostics).ExecuteAsync(context));
        }

        var problem = errors is null
            ? new ProblemDetails { Status = status, Title = title, Detail = detail, Type = type }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail, Type = type };
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        });
    }
}

public static class RequestLimits
{
    public const long DefaultMaxBodyBytes = 1_048_576;
    public const long DefaultMaxFhirBodyBytes = 16_777_216;
    public const long DefaultMaxImportBodyBytes = 67_108_864;

    /// <summary>
    /// Refuses an oversized body before anything reads it. Kestrel enforces the same limit for
    /// bodies without a Content-Length (chunked); this answers those with problem details too.
    /// </summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        var jsonLimit = app.Configuration.GetValue("Carers:MaxRequestBodyBytes", DefaultMaxBodyBytes);
        // A Bundle of 10,000 flags or a practice's extract is several megabytes; the rest of the API never needs that.
        var fhirLimit = app.Configuration.GetValue("Carers:MaxFhirBodyBytes", DefaultMaxFhirBodyBytes);
        // A council's historic file (decision 0020) is tens of megabytes.
        var importLimit = app.Configuration.GetValue("HistoricImport:MaxFileBytes", DefaultMaxImportBodyBytes);
        app.Use(async (context, next) =>
        {
            var limit = context.Request.Path.StartsWithSegments("/api/historic-imports") ? importLimit
                : FhirResults.IsFhirRequest(context) || context.Request.Path.StartsWithSegments("/api/gp-extracts") ? fhirLimit : jsonLimit;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            if (context.Request.ContentLength > limit)
            {
                await ProblemsSetup.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
                    $"Send at most {limit} bytes.");
                return;
            }

            await next(context);
        });
        return app;
    }
}
