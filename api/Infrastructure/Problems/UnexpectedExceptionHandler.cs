using Microsoft.AspNetCore.Diagnostics;

namespace Carers.Api.Infrastructure.Problems;

/// <summary>An exception is a bug: log it (no personal data in the message templates) and answer a bare 500 problem.</summary>
public sealed class UnexpectedExceptionHandler(ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        logger.LogError("Unhandled {ExceptionType} on {Method} {Endpoint} (request {RequestId})",
            exception.GetType().Name, context.Request.Method, context.GetEndpoint()?.DisplayName, context.TraceIdentifier);
        await ProblemsSetup.WriteProblemAsync(context, StatusCodes.Status500InternalServerError, "Something went wrong on our side.",
            "The error has been logged. Quote the requestId if you contact us.");
        return true;
    }
}
