using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Webhooks;

public sealed class OutboxOptions
{
    public const string Section = "Carers:Outbox";

    public bool Enabled { get; init; } = true;
    public int PollMilliseconds { get; init; } = 1000;
    public int BatchSize { get; init; } = 20;
    /// <summary>First wait after a failed delivery; doubles with each attempt, with jitter, up to MaxBackoffSeconds.</summary>
    public double FirstBackoffSeconds { get; init; } = 5;
    public double MaxBackoffSeconds { get; init; } = 3600;
    /// <summary>Development and tests only: let webhooks go to loopback and private addresses.</summary>
    public bool AllowPrivateAddresses { get; init; }
}

/// <summary>
/// Delivers outbox events to partners' webhooks (SPEC §8). Each instance claims a batch with
/// FOR UPDATE SKIP LOCKED, so several instances side by side never send one event twice at
/// once; the claim is held until the attempt is recorded, so a crash mid-delivery rolls back and
/// the event is sent again later. Delivery is at least once; every event carries its id for the
/// partner to dedupe on. Undelivered events wait with exponential backoff and jitter, for ever.
/// </summary>
public sealed class WebhookDispatcher(
    NpgsqlDataSource db, IHttpClientFactory httpClients, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    public const string HttpClientName = "webhooks";
    public const string SignatureHeader = "X-Carers-Signature";
    public const string TimestampHeader = "X-Carers-Timestamp";
    public const string EventIdHeader = "X-Carers-Event-Id";
    public const string EventTypeHeader = "X-Carers-Event-Type";

    private const string ClaimSql = """
        SELECT o.id, o.event_type, o.partner, o.payload::text AS payload, o.occurred_at, o.attempts, s.url, s.secret
        FROM outbox_message o LEFT JOIN webhook_subscription s ON s.partner = o.partner
        WHERE o.delivered_at IS NULL AND o.next_attempt_at <= now()
        ORDER BY o.next_attempt_at, o.occurred_at
        LIMIT @BatchSize
        FOR UPDATE OF o SKIP LOCKED
        """;

    private const string DeliveredSql = """
        UPDATE outbox_message SET delivered_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = @Id;
        INSERT INTO webhook_delivery (event_id, partner, status_code, outcome, duration_ms) VALUES (@Id, @Partner, @StatusCode, 'delivered', @DurationMs);
        """;

    private const string FailedSql = """
        UPDATE outbox_message SET attempts = attempts + 1, last_error = @Error, next_attempt_at = now() + make_interval(secs => @WaitSeconds) WHERE id = @Id;
        INSERT INTO webhook_delivery (event_id, partner, status_code, outcome, error, duration_ms) VALUES (@Id, @Partner, @StatusCode, @Outcome, @Error, @DurationMs);
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            int handled;
            try
            {
                handled = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Webhook dispatch paused: {ExceptionType}", e.GetType().Name);
                handled = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (handled == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Claims and attempts one batch; returns how many events it attempted.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var events = (await connection.QueryAsync<Pending>(new CommandDefinition(ClaimSql, new { options.Value.BatchSize }, transaction, cancellationToken: cancellationToken))).ToList();
        foreach (var pending in events)
        {
            var attempt = await SendAsync(pending, cancellationToken);
            if (attempt.Delivered)
            {
                await connection.ExecuteAsync(new CommandDefinition(DeliveredSql,
                    new { pending.Id, pending.Partner, attempt.StatusCode, attempt.DurationMs }, transaction, cancellationToken: cancellationToken));
            }
            else
            {
                await connection.ExecuteAsync(new CommandDefinition(FailedSql, new
                {
                    pending.Id,
                    pending.Partner,
                    attempt.StatusCode,
                    Outcome = pending.Url is null ? "noSubscription" : "failed",
                    attempt.Error,
                    attempt.DurationMs,
                    WaitSeconds = Backoff(pending.Attempts + 1),
                }, transaction, cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return events.Count;
    }

    /// <summary>Exponential backoff with full jitter: a random wait up to first × 2^(attempt-1), capped.</summary>
    private double Backoff(int attempt)
    {
        var ceiling = Math.Min(options.Value.MaxBackoffSeconds, options.Value.FirstBackoffSeconds * Math.Pow(2, Math.Min(attempt - 1, 30)));
        return Math.Max(options.Value.FirstBackoffSeconds / 2, Random.Shared.NextDouble() * ceiling);
    }

    private async Task<Attempt> SendAsync(Pending pending, CancellationToken cancellationToken)
    {
        if (pending.Url is null || pending.Secret is null)
        {
            return new Attempt(false, null, "The partner has no webhook address yet.", 0);
        }

        var body = JsonSerializer.Serialize(new
        {
            id = pending.Id,
            type = pending.EventType,
            occurredAt = new DateTimeOffset(pending.OccurredAt, TimeSpan.Zero),
            partner = pending.Partner,
            data = JsonDocument.Parse(pending.Payload).RootElement,
        });
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, pending.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(EventIdHeader, pending.Id.ToString());
        request.Headers.Add(EventTypeHeader, pending.EventType);
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, "sha256=" + Sign(pending.Secret, timestamp, body));

        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var ok = response.IsSuccessStatusCode;
            return new Attempt(ok, (int)response.StatusCode, ok ? null : $"The partner answered {(int)response.StatusCode}.", (int)watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException
            or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            return new Attempt(false, null, $"No answer: {e.GetType().Name}.", (int)watch.ElapsedMilliseconds);
        }
    }

    /// <summary>HMAC-SHA256 over "timestamp.body", hex: the partner recomputes it with the secret it was given.</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    /// <summary>
    /// Outside Development, webhooks may only reach public addresses: checked when the connection
    /// is made, after DNS, so a name that later resolves to 127.0.0.1 or 10.x is refused too.
    /// </summary>
    public static async ValueTask<Stream> ConnectPublicOnly(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = addresses.Where(a => allowPrivate || !WebhookAddress.IsPrivate(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException("The webhook address resolves only to private or loopback addresses.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed record Pending
    {
        public Guid Id { get; init; }
        public string EventType { get; init; } = "";
        public string Partner { get; init; } = "";
        public string Payload { get; init; } = "{}";
        public DateTime OccurredAt { get; init; }
        public int Attempts { get; init; }
        public string? Url { get; init; }
        public string? Secret { get; init; }
    }

    private sealed record Attempt(bool Delivered, int? StatusCode, string? Error, int DurationMs);
}

/// <summary>What a webhook address may be.</summary>
public static class WebhookAddress
{
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127)
            || b[0] == 0 || b[0] >= 224;
    }

    /// <summary>HTTPS to a public host; in Development and tests, also http to loopback.</summary>
    public static bool IsAcceptable(string? value, bool allowPrivate)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0 || uri.Fragment.Length > 0) return false;
        if (allowPrivate) return uri.Scheme is "https" or "http";
        if (uri.Scheme != "https") return false;
        if (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return false;
        return !(IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IsPrivate(ip));
    }
}
