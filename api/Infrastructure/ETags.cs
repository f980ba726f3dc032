namespace Carers.Api.Infrastructure;

/// <summary>Marks an operation that answers with an ETag (documented in the contract).</summary>
public sealed class ReturnsETagMetadata;

/// <summary>Marks an operation that needs If-Match (documented in the contract, with its 412 and 428).</summary>
public sealed class RequiresIfMatchMetadata;

/// <summary>Marks a create-or-replace PUT: If-Match is needed once the record exists (documented in the contract, with its 412 and 428).</summary>
public sealed class AcceptsIfMatchMetadata;

/// <summary>Optimistic concurrency (SPEC §8): a record's version travels as a strong ETag.</summary>
public static class ETags
{
    public static TBuilder ReturnsETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReturnsETagMetadata());

    /// <summary>
    /// The operation changes a record the caller has read: If-Match is required. <see cref="IfMatchFilter"/> answers
    /// 428 when it is missing and 412 when it is not one of our ETags, before the handler runs; the handler reads the
    /// version with <see cref="ExpectedVersion"/> and answers <see cref="Stale"/> when the record has moved on.
    /// </summary>
    public static TBuilder RequiresIfMatch<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiresIfMatchMetadata(), new ReturnsETagMetadata()).AddEndpointFilter<TBuilder, IfMatchFilter>();

    /// <summary>
    /// A PUT that creates the record when there is none and replaces it when there is: creating needs no If-Match,
    /// replacing does (the handler answers <see cref="Missing"/> or <see cref="Stale"/> from <see cref="ReadIfMatch"/>).
    /// </summary>
    public static TBuilder AcceptsIfMatch<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AcceptsIfMatchMetadata(), new ReturnsETagMetadata());

    public static string For(int version) => $"\"v{version}\"";

    public abstract record Precondition
    {
        public sealed record Missing : Precondition;
        public sealed record Malformed : Precondition;
        public sealed record Version(int Value) : Precondition;
    }

    public static Precondition ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0) return new Precondition.Missing();
        if (header.StartsWith("W/", StringComparison.Ordinal)) return new Precondition.Malformed();
        if (header.Length > 3 && header[0] == '"' && header[1] == 'v' && header[^1] == '"'
            && int.TryParse(header.AsSpan(2, header.Length - 3), System.Globalization.NumberStyles.None, null, out var version))
        {
            return new Precondition.Version(version);
        }

        return new Precondition.Malformed();
    }

    /// <summary>The version the caller read, on an operation guarded by <see cref="RequiresIfMatch{TBuilder}"/>.</summary>
    public static int ExpectedVersion(this HttpRequest request) => ReadIfMatch(request) is Precondition.Version version
        ? version.Value
        : throw new InvalidOperationException($"{request.Path}: If-Match is read only on operations marked RequiresIfMatch().");

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);

    /// <summary>428: the caller sent no If-Match.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Missing() =>
        TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required to change this record.",
            detail: "Read the record first and send the ETag it came with in an If-Match header.");

    /// <summary>412: the record changed since the caller read it (or the If-Match is not one of ours).</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Stale(string record = "record") =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: $"The {record} has changed since you read it.",
            detail: "Read it again to see the latest version, then make your change.");
}

/// <summary>Guards an operation marked <see cref="ETags.RequiresIfMatch{TBuilder}"/>: no If-Match is 428, one that is not ours 412.</summary>
public sealed class IfMatchFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        ETags.ReadIfMatch(context.HttpContext.Request) switch
        {
            ETags.Precondition.Missing => ETags.Missing(),
            ETags.Precondition.Malformed => ETags.Stale(),
            _ => await next(context),
        };
}
