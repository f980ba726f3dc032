using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Carers.Api.Infrastructure;

/// <summary>
/// A request id on every request: the caller's X-Request-ID when it is a sane token (a partner's
/// or a proxy's id then runs through our logs too), else a new one. It becomes the request's
/// TraceIdentifier, so the request log, every line logged while serving it and every problem
/// details body (requestId) carry it, and it is echoed on every answer. W3C traceparent is
/// ASP.NET Core's own: the request's Activity continues the caller's trace (traceId).
/// </summary>
public static partial class Correlation
{
    public const string RequestIdHeader = "X-Request-ID";

    /// <summary>Letters, digits and . _ : - up to 128 characters: a UUID, a ULID, a proxy's id; never free text.</summary>
    public const string RequestIdPattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

    public static WebApplication UseCarersCorrelation(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var given = context.Request.Headers[RequestIdHeader];
            context.TraceIdentifier = given.Count == 1 && SaneToken().IsMatch(given[0]!) ? given[0]! : Guid.NewGuid().ToString();
            // On starting, not now: the exception handler clears the headers before it writes its problem.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[RequestIdHeader] = context.TraceIdentifier;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>The W3C trace id of the request (the caller's when it sent traceparent).</summary>
    public static string TraceId(HttpContext context) =>
        Activity.Current?.TraceId.ToHexString() ?? context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpActivityFeature>()?.Activity.TraceId.ToHexString() ?? "";

    [GeneratedRegex(RequestIdPattern)]
    private static partial Regex SaneToken();
}
