using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace Carers.Api.Infrastructure.Problems;

/// <summary>
/// The database cannot answer just now (restarting, failing over, out of connections, too slow): 503 problem details
/// with Retry-After, never a 500 (decision 0035). Logged by type and SQL state, as a warning: it is not a bug.
/// Whatever the request was writing was in a transaction that did not commit, so nothing is half-written.
/// </summary>
public sealed class DatabaseUnavailableExceptionHandler(ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFaults.IsUnavailable(exception)) return false;

        logger.LogWarning("Database unavailable on {Method} {Endpoint}: {ExceptionType} (SQL state {SqlState}, trace {TraceId})",
            context.Request.Method, context.GetEndpoint()?.DisplayName, exception.GetType().Name, DatabaseFaults.SqlState(exception), context.TraceIdentifier);
        context.Response.Headers.RetryAfter = DatabaseFaults.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await ProblemsSetup.WriteProblemAsync(context, StatusCodes.Status503ServiceUnavailable, "The service is unavailable for a moment.",
            $"The database did not answer. Try again in {DatabaseFaults.RetryAfterSeconds} seconds.");
        return true;
    }
}
