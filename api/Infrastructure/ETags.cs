namespace Carers.Api.Infrastructure;

/// <summary>Marks an operation that answers with an ETag (documented in the contract).</summary>
public sealed class ReturnsETagMetadata;

/// <summary>Marks an operation that needs If-Match (documented in the contract).</summary>
public sealed class RequiresIfMatchMetadata;

/// <summary>Optimistic concurrency (SPEC §8): a record's version travels as a strong ETag.</summary>
public static class ETags
{
    public static TBuilder ReturnsETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReturnsETagMetadata());

    public static TBuilder RequiresIfMatch<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiresIfMatchMetadata(), new ReturnsETagMetadata());

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

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);
}
