using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Carers.Api.Features.GpFlags;

/// <summary>FHIR answers: resources written by the Firely SDK as application/fhir+json.</summary>
public static class FhirResults
{
    public const string ContentType = "application/fhir+json";

    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);

    public static IResult Resource(Resource resource, int status = StatusCodes.Status200OK, string? location = null, string? eTag = null) =>
        new FhirResult(resource, status, location, eTag);

    public static OperationOutcome Outcome(OperationOutcome.IssueType code, string diagnostics, string? expression = null) => new()
    {
        Issue =
        [
            new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = code,
                Diagnostics = diagnostics,
                Expression = expression is null ? [] : [expression],
            },
        ],
    };

    /// <summary>Writes one resource with Firely into a JSON writer (inside a larger document).</summary>
    public static void Write(Resource resource, System.Text.Json.Utf8JsonWriter writer) => Serializer.Serialize(resource, writer);

    public static IResult Error(int status, OperationOutcome.IssueType code, string diagnostics) => Resource(Outcome(code, diagnostics), status);

    /// <summary>The issue code that fits an HTTP status, for errors written outside the FHIR handlers (401, 403, 413, 429...).</summary>
    public static OperationOutcome.IssueType IssueFor(int status) => status switch
    {
        401 => OperationOutcome.IssueType.Login,
        403 => OperationOutcome.IssueType.Forbidden,
        404 or 405 => OperationOutcome.IssueType.NotSupported,
        409 => OperationOutcome.IssueType.Conflict,
        413 => OperationOutcome.IssueType.TooLong,
        415 => OperationOutcome.IssueType.NotSupported,
        422 => OperationOutcome.IssueType.Processing,
        429 => OperationOutcome.IssueType.Throttled,
        >= 500 => OperationOutcome.IssueType.Exception,
        _ => OperationOutcome.IssueType.Invalid,
    };

    public static bool IsFhirRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/fhir");

    private sealed class FhirResult(Resource resource, int status, string? location, string? eTag) : IResult
    {
        public async System.Threading.Tasks.Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = ContentType;
            if (location is not null) httpContext.Response.Headers.Location = location;
            if (eTag is not null) httpContext.Response.Headers.ETag = eTag;
            if (resource.Meta?.LastUpdated is { } lastUpdated) httpContext.Response.Headers.LastModified = lastUpdated.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            // Straight into the response's buffer: a 10,000-entry batch answer never becomes one string.
            await using var writer = new System.Text.Json.Utf8JsonWriter(httpContext.Response.BodyWriter);
            Serializer.Serialize(resource, writer);
            await writer.FlushAsync();
            // The writer only hands its bytes to the pipe; flushing the pipe is what sends them on. Kestrel
            // would flush at the end anyway, but a middleware that swaps the body for a buffer (the
            // Idempotency-Key one keeps the answer) reads it before then and would keep nothing.
            await httpContext.Response.BodyWriter.FlushAsync();
        }
    }
}
