using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Carers.DevNotify;

/// <summary>One notification as Notify would hold it.</summary>
public sealed record Received(
    Guid Id, string? Reference, string Type, string To, string TemplateId, string? Subject, string Body, string[] AddressLines, DateTimeOffset CreatedAt);

/// <summary>The service id and secret of a Notify API key: its last two GUIDs, as the official clients read them.</summary>
public sealed record NotifyKey(string ServiceId, string Secret)
{
    public static NotifyKey Parse(string key)
    {
        if (key.Length < 74) throw new InvalidOperationException("DevNotify:ApiKey is not a Notify API key (name-serviceid-secret).");
        return new NotifyKey(key.Substring(key.Length - 73, 36), key[^36..]);
    }
}

/// <summary>What the local server was sent, newest last, and the faults it is asked to play.</summary>
public sealed class NotifyStore(NotifyKey key)
{
    private readonly ConcurrentQueue<Received> _received = new();

    public NotifyKey Key { get; } = key;

    /// <summary>Every call answered 500, as in an outage.</summary>
    public volatile bool Outage;

    /// <summary>Sends are recorded, then answered this many milliseconds late: the caller's timeout loses the answer.</summary>
    public volatile int AnswerDelayMilliseconds;

    public IReadOnlyList<Received> All => _received.ToArray();

    public void Add(Received received) => _received.Enqueue(received);

    public void Clear() => _received.Clear();

    /// <summary>
    /// Checks the bearer token as Notify does: a JWT signed HS256 with the key's secret, its issuer the service id, issued
    /// within 30 seconds of now. Returns the error Notify would give, or null.
    /// </summary>
    public string? CheckToken(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal)) return "Unauthorized: authentication token must be provided";
        var parts = authorization["Bearer ".Length..].Trim().Split('.');
        if (parts.Length != 3) return "Invalid token: signature, api token not found";
        var expected = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key.Secret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}")));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[2])))
            return "Invalid token: signature, api token not found";
        try
        {
            using var payload = JsonDocument.Parse(FromBase64Url(parts[1]));
            var issuer = payload.RootElement.TryGetProperty("iss", out var iss) ? iss.GetString() : null;
            if (issuer != Key.ServiceId) return "Invalid token: service not found";
            if (!payload.RootElement.TryGetProperty("iat", out var iat) || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - (long)iat.GetDouble()) > 30)
                return "Error: Your system clock must be accurate to within 30 seconds";
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return "Invalid token: signature, api token not found";
        }

        return null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='));
    }
}
