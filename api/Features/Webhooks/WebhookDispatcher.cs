using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Carers.Api.Infrastructure;
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
    /// <summary>
    /// How long a claimed event is this instance's to send: no other instance sends it meanwhile. Renewed for the rest
    /// of a batch after each call, so it must exceed one call with its retries (the webhook client's 30 s timeout).
    /// </summary>
    public int LeaseSeconds { get; init; } = 60;

    /// <summary>
    /// After a manager rotates a partner's secret, how long deliveries are signed with the old secret too (decision 0042),
    /// so the partner can put the new one in place without refusing an event meanwhile.
    /// </summary>
    public double SecretOverlapHours { get; init; } = 24;

    /// <summary>Development and tests only: let webhooks go to loopback and private addresses.</summary>
    public bool AllowPrivateAddresses { get; init; }
}

/// <summary>
/// Delivers outbox events to partners' webhooks (SPEC §8). Each instance claims a batch with a lease
/// (FOR UPDATE SKIP LOCKED, committed at once), so no database transaction is open across an outbound
/// call and no other instance sends an event while its lease lasts; each outcome is recorded in a short
/// transaction of its own. An instance that stops hands its claims back; one that dies leaves them to
/// run out, and the events are sent again then. Delivery is at least once; every event carries its id
/// for the partner to dedupe on. Undelivered events wait with exponential backoff and jitter, for ever.
/// </summary>
public sealed class WebhookDispatcher(
    NpgsqlDataSource db, IHttpClientFactory httpClients, IOptions<OutboxOptions> options, WebhookSecrets secrets, TimeProvider clock,
    ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    public const string Worker = "Webhook dispatch";
    public const string HttpClientName = "webhooks";
    // Standard Webhooks' headers (decision 0042): the event id, when this attempt was signed (Unix seconds) and the signatures.
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    private const string ClaimSql = """
        WITH claimed AS (
            UPDATE outbox_message SET claimed_by = @Instance, lease_until = now() + make_interval(secs => @LeaseSeconds)
            WHERE id IN (SELECT id FROM outbox_message
                         WHERE delivered_at IS NULL AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
                         ORDER BY next_attempt_at, occurred_at
                         LIMIT @BatchSize
                         FOR UPDATE SKIP LOCKED)
            RETURNING id, event_type, partner, payload, occurred_at, attempts, next_attempt_at)
        SELECT c.id, c.event_type, c.partner, c.payload::text AS payload, c.occurred_at, c.attempts, s.url, s.protected_secret,
               s.previous_protected_secret, s.previous_secret_until
        FROM claimed c LEFT JOIN webhook_subscription s ON s.partner = c.partner
        ORDER BY c.next_attempt_at, c.occurred_at
        """;

    // Recorded whoever holds the lease now: the partner did receive it.
    private const string DeliveredSql = """
        UPDATE outbox_message SET delivered_at = now(), attempts = attempts + 1, last_error = NULL, claimed_by = NULL, lease_until = NULL
        WHERE id = @Id AND delivered_at IS NULL;
        INSERT INTO webhook_delivery (event_id, partner, status_code, outcome, duration_ms) VALUES (@Id, @Partner, @StatusCode, 'delivered', @DurationMs);
        """;

    // The next attempt is scheduled only while the lease is still this instance's; another instance's claim is left alone.
    private const string FailedSql = """
        UPDATE outbox_message SET attempts = attempts + 1, last_error = @Error, next_attempt_at = now() + make_interval(secs => @WaitSeconds),
            claimed_by = NULL, lease_until = NULL
        WHERE id = @Id AND delivered_at IS NULL AND claimed_by = @Instance;
        INSERT INTO webhook_delivery (event_id, partner, status_code, outcome, error, duration_ms) VALUES (@Id, @Partner, @StatusCode, @Outcome, @Error, @DurationMs);
        """;

    private const string RenewSql = """
        UPDATE outbox_message SET lease_until = now() + make_interval(secs => @LeaseSeconds)
        WHERE id = ANY(@Ids) AND claimed_by = @Instance AND delivered_at IS NULL
        """;

    private const string ReleaseSql = """
        UPDATE outbox_message SET claimed_by = NULL, lease_until = NULL WHERE id = ANY(@Ids) AND claimed_by = @Instance AND delivered_at IS NULL
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await PollingLoop.RunAsync(async ct => await DispatchBatchAsync(ct) > 0, TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock, logger,
            Worker, stoppingToken);
    }

    /// <summary>Claims and attempts one batch; returns how many events it attempted.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        List<Pending> events;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            events = (await connection.QueryAsync<Pending>(new CommandDefinition(ClaimSql,
                new { BackgroundWork.Instance, settings.LeaseSeconds, settings.BatchSize }, cancellationToken: cancellationToken))).ToList();
        }

        for (var i = 0; i < events.Count; i++)
        {
            var pending = events[i];
            var rest = events.Skip(i + 1).Select(e => e.Id).ToArray();
            try
            {
                var attempt = await AttemptAsync(pending, cancellationToken);
                await RecordAsync(pending, attempt, rest, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: hand back what was not recorded (the event in flight too: at least once) rather than make
                // the other instances wait out the lease.
                await BackgroundWork.ReleaseLeasesAsync(db, ReleaseSql, events.Skip(i).Select(e => e.Id).ToArray(), logger, Worker);
                throw;
            }
        }

        return events.Count;
    }

    /// <summary>One call; a fault of ours (not the partner's) is recorded as a failure by the one helper and retried later.</summary>
    private async Task<Attempt> AttemptAsync(Pending pending, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(pending, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var reason = await BackgroundWork.RecordFailureAsync(connection, null, logger, Worker, pending.Id.ToString(), e);
            return new Attempt(false, null, $"Not sent: {reason}.", 0);
        }
    }

    private async Task RecordAsync(Pending pending, Attempt attempt, Guid[] rest, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
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
                WaitSeconds = BackgroundWork.Backoff(pending.Attempts + 1, options.Value.FirstBackoffSeconds, options.Value.MaxBackoffSeconds),
                BackgroundWork.Instance,
            }, transaction, cancellationToken: cancellationToken));
        }

        if (rest.Length > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(RenewSql,
                new { Ids = rest, BackgroundWork.Instance, options.Value.LeaseSeconds }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<Attempt> SendAsync(Pending pending, CancellationToken cancellationToken)
    {
        if (pending.Url is null || pending.ProtectedSecret is null)
        {
            return new Attempt(false, null, "The partner has no webhook address yet.", 0);
        }

        // The payload is read into its event's type (strictly) and written from it: what is sent is what the contract says.
        var body = PartnerEventCatalogue.Body(pending.Id, pending.EventType, new DateTimeOffset(pending.OccurredAt, TimeSpan.Zero), pending.Partner, pending.Payload);
        var now = clock.GetUtcNow();
        var signing = new List<string> { secrets.Unprotect(pending.ProtectedSecret) };
        if (pending.PreviousProtectedSecret is { } previous && pending.PreviousSecretUntil is { } until && new DateTimeOffset(until, TimeSpan.Zero) > now)
        {
            signing.Add(secrets.Unprotect(previous));
        }

        var eventId = pending.Id.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, pending.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(IdHeader, eventId);
        request.Headers.Add(TimestampHeader, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(SignatureHeader, WebhookSecrets.Signatures(signing, eventId, now, body));

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
        public string? ProtectedSecret { get; init; }
        public string? PreviousProtectedSecret { get; init; }
        public DateTime? PreviousSecretUntil { get; init; }
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
