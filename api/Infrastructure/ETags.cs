namespace Carers.Api.Infrastructure;

/// <summary>Optimistic concurrency (SPEC §8): a record's version travels as a strong ETag.</summary>
public static class ETags
{
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
