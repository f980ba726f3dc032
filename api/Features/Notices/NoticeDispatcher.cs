using System.Text.RegularExpressions;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using Microsoft.Extensions.Options;
using Notify.Client;
using Notify.Exceptions;
using Npgsql;

namespace Carers.Api.Features.Notices;

/// <summary>GOV.UK Notify: where it is, the API key (from the vault), and the generic templates our wording goes into.</summary>
public sealed class NotifyOptions
{
    public const string Section = "Notify";

    public string BaseUrl { get; init; } = "https://api.notifications.service.gov.uk/";
    public string ApiKey { get; init; } = "";
    public NotifyTemplates Templates { get; init; } = new();
}

/// <summary>
/// The ids of four templates in the council's Notify service, each holding only our placeholders: email "((subject))"
/// and "((body))"; text message "((body))"; letter and large-print letter "((subject))" as the heading and "((body))".
/// </summary>
public sealed class NotifyTemplates
{
    public string Email { get; init; } = "";
    public string Sms { get; init; } = "";
    public string Letter { get; init; } = "";
    public string LargePrintLetter { get; init; } = "";
}

public sealed class NoticeOptions
{
    public const string Section = "Notices";

    public bool DispatcherEnabled { get; init; } = true;
    public int PollMilliseconds { get; init; } = 2000;
    public int BatchSize { get; init; } = 20;
    /// <summary>Must exceed one call with its retries (three attempts of NotifyTimeoutSeconds each).</summary>
    public int LeaseSeconds { get; init; } = 120;
    public double FirstBackoffSeconds { get; init; } = 30;
    public double MaxBackoffSeconds { get; init; } = 3600;
    /// <summary>How long one call to Notify may take before its answer is treated as lost.</summary>
    public double NotifyTimeoutSeconds { get; init; } = 10;
    public bool ScanEnabled { get; init; } = true;
    /// <summary>When the daily scan for reviews due runs, Europe/London local time.</summary>
    public TimeOnly DailyScanAt { get; init; } = new(7, 0);
    /// <summary>How many days before a support plan's review, or an emergency plan's, the carer is told.</summary>
    public int DaysBeforeReview { get; init; } = 28;
}

/// <summary>
/// Sends queued notices through GOV.UK Notify with its official client (decision 0037), as the webhook dispatcher sends
/// partners' events: each instance claims a batch with a lease (committed at once, so no transaction is open across a
/// call), and records each outcome in a short transaction of its own. Every notice goes with its id as Notify's
/// reference. A notice tried before (its last answer lost, or its instance stopped mid-call) is first looked up by that
/// reference, and only sent if Notify has no notification with it: a lost answer never makes a second message. Faults
/// wait with exponential backoff for ever (an outage delays, never loses); a notice Notify refuses for good (400: an
/// address or number it will not take) is 'failed' with the reason staff see, and recorded as a background failure.
/// </summary>
public sealed partial class NoticeDispatcher(
    NpgsqlDataSource db, IHttpClientFactory httpClients, IOptions<NoticeOptions> options, IOptions<NotifyOptions> notify, TimeProvider clock,
    ILogger<NoticeDispatcher> logger) : BackgroundService
{
    public const string Worker = "Notice dispatch";
    public const string HttpClientName = "notify";

    // attempts counts calls begun: a claimed notice with attempts > 1 may already be at Notify.
    private const string ClaimSql = """
        UPDATE carer_notice SET claimed_by = @Instance, lease_until = now() + make_interval(secs => @LeaseSeconds), attempts = attempts + 1
        WHERE id IN (SELECT id FROM carer_notice
                     WHERE status = 'queued' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
                     ORDER BY next_attempt_at, created_at
                     LIMIT @BatchSize
                     FOR UPDATE SKIP LOCKED)
        RETURNING id, channel, format, recipient, address_lines, subject, body, attempts
        """;

    // Recorded whoever holds the lease now: Notify did accept it.
    private const string SentSql = """
        UPDATE carer_notice SET status = 'sent', notify_id = @NotifyId, sent_at = now(), last_error = NULL, claimed_by = NULL, lease_until = NULL
        WHERE id = @Id AND status = 'queued'
        """;

    private const string RetrySql = """
        UPDATE carer_notice SET last_error = @Error, next_attempt_at = now() + make_interval(secs => @WaitSeconds), claimed_by = NULL, lease_until = NULL
        WHERE id = @Id AND status = 'queued' AND claimed_by = @Instance
        """;

    private const string FailedSql = """
        UPDATE carer_notice SET status = 'failed', failure_reason = @Reason, last_error = @Error, claimed_by = NULL, lease_until = NULL
        WHERE id = @Id AND status = 'queued' AND claimed_by = @Instance
        """;

    private const string RenewSql = """
        UPDATE carer_notice SET lease_until = now() + make_interval(secs => @LeaseSeconds)
        WHERE id = ANY(@Ids) AND claimed_by = @Instance AND status = 'queued'
        """;

    private const string ReleaseSql = """
        UPDATE carer_notice SET claimed_by = NULL, lease_until = NULL WHERE id = ANY(@Ids) AND claimed_by = @Instance AND status = 'queued'
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatcherEnabled) return;
        await PollingLoop.RunAsync(async ct => await DispatchBatchAsync(ct) > 0, TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock, logger,
            Worker, stoppingToken);
    }

    /// <summary>Claims and attempts one batch; returns how many notices it attempted.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        List<Pending> notices;
        await using (var connection = await db.OpenConnectionAsync(cancellationToken))
        {
            notices = (await connection.QueryAsync<Pending>(new CommandDefinition(ClaimSql,
                new { BackgroundWork.Instance, settings.LeaseSeconds, settings.BatchSize }, cancellationToken: cancellationToken))).ToList();
        }

        if (notices.Count == 0) return 0;
        using var client = CreateClient();
        for (var i = 0; i < notices.Count; i++)
        {
            var pending = notices[i];
            var rest = notices.Skip(i + 1).Select(n => n.Id).ToArray();
            try
            {
                var attempt = await AttemptAsync(client, pending, cancellationToken);
                await RecordAsync(pending, attempt, rest, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: hand back what was not recorded. The one in flight is looked up by reference when next tried.
                await BackgroundWork.ReleaseLeasesAsync(db, ReleaseSql, notices.Skip(i).Select(n => n.Id).ToArray(), logger, Worker);
                throw;
            }
        }

        return notices.Count;
    }

    private Client CreateClient()
    {
        var settings = notify.Value;
        var wrapper = new HttpClientWrapper(httpClients.CreateClient(HttpClientName));
        var client = new NotificationClient(wrapper, settings.ApiKey);
        // The client's constructor points at Notify's production address; ours may be the local Notify server.
        wrapper.BaseAddress = new Uri(settings.BaseUrl.EndsWith('/') ? settings.BaseUrl : settings.BaseUrl + "/");
        return new Client(client, wrapper);
    }

    private sealed record Client(NotificationClient Notify, HttpClientWrapper Wrapper) : IDisposable
    {
        public void Dispose() => Wrapper.Dispose();
    }

    private async Task<Attempt> AttemptAsync(Client client, Pending pending, CancellationToken cancellationToken)
    {
        var reference = pending.Id.ToString();
        try
        {
            if (pending.Attempts > 1)
            {
                var earlier = await client.Notify.GetNotificationsAsync(reference: reference);
                if (earlier?.notifications is { Count: > 0 } found) return Attempt.Sent(found[0].id);
            }

            var id = await SendAsync(client.Notify, pending, reference);
            return Attempt.Sent(id);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var fault = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
            if (fault is NotifyClientException notifyError && StatusOf(notifyError) is { } status)
            {
                // 400: Notify will never take this one (a number or address it refuses). 401/403 are our key, 429 and 5xx
                // its load or outage: those wait and go again.
                if (status == 400) return Attempt.Refused(status);
                return Attempt.Retry($"GOV.UK Notify answered {status}.");
            }

            if (fault is HttpRequestException or TaskCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                or Polly.CircuitBreaker.BrokenCircuitException)
            {
                return Attempt.Retry($"No answer from GOV.UK Notify: {fault.GetType().Name}.");
            }

            // Anything else is ours: recorded by the one helper, and the notice waits to go again.
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var reason = await BackgroundWork.RecordFailureAsync(connection, null, logger, Worker, pending.Id.ToString(), fault);
            return Attempt.Retry($"Not sent: {reason}.");
        }
    }

    private async Task<string> SendAsync(NotificationClient client, Pending pending, string reference)
    {
        var templates = notify.Value.Templates;
        switch (Vocabulary.Parse<NoticeChannel>(pending.Channel))
        {
            case NoticeChannel.Email:
                return (await client.SendEmailAsync(pending.Recipient, templates.Email,
                    new Dictionary<string, dynamic> { ["subject"] = pending.Subject, ["body"] = pending.Body }, reference)).id;
            case NoticeChannel.Sms:
                return (await client.SendSmsAsync(pending.Recipient, templates.Sms,
                    new Dictionary<string, dynamic> { ["body"] = $"{pending.Subject}\n\n{pending.Body}" }, reference)).id;
            default:
                var personalisation = new Dictionary<string, dynamic> { ["subject"] = pending.Subject, ["body"] = pending.Body };
                for (var line = 0; line < pending.AddressLines!.Length; line++) personalisation[$"address_line_{line + 1}"] = pending.AddressLines[line];
                var largePrint = pending.Format is "largePrint" or "largePrintEasyRead";
                return (await client.SendLetterAsync(largePrint ? templates.LargePrintLetter : templates.Letter, personalisation, reference)).id;
        }
    }

    /// <summary>The HTTP status the client reports, from the message it documents ("Status code 400. ..."): the client gives it no other way.</summary>
    private static int? StatusOf(NotifyClientException error) =>
        StatusPattern().Match(error.Message) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^Status code (\d{3})")]
    private static partial Regex StatusPattern();

    private async Task RecordAsync(Pending pending, Attempt attempt, Guid[] rest, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (attempt.NotifyId is { } notifyId)
        {
            await connection.ExecuteAsync(new CommandDefinition(SentSql, new { pending.Id, NotifyId = Guid.Parse(notifyId) }, transaction,
                cancellationToken: cancellationToken));
        }
        else if (attempt.RefusedWith is { } status)
        {
            var reason = $"GOV.UK Notify refused it ({status}): check the {(pending.Channel == "letter" ? "address" : pending.Channel == "sms" ? "mobile number" : "email address")} on the record.";
            await BackgroundWork.RecordFailureAsync(connection, transaction, logger, Worker, pending.Id.ToString(), null, reason);
            await connection.ExecuteAsync(new CommandDefinition(FailedSql, new { pending.Id, Reason = reason, Error = $"GOV.UK Notify answered {status}.", BackgroundWork.Instance },
                transaction, cancellationToken: cancellationToken));
        }
        else
        {
            logger.LogWarning("{Worker}: notice {NoticeId} waits to go again (attempt {Attempt}): {Error}", Worker, pending.Id, pending.Attempts, attempt.Error);
            await connection.ExecuteAsync(new CommandDefinition(RetrySql, new
            {
                pending.Id, attempt.Error, WaitSeconds = BackgroundWork.Backoff(pending.Attempts, options.Value.FirstBackoffSeconds, options.Value.MaxBackoffSeconds), BackgroundWork.Instance,
            }, transaction, cancellationToken: cancellationToken));
        }

        if (rest.Length > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(RenewSql,
                new { Ids = rest, BackgroundWork.Instance, options.Value.LeaseSeconds }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private sealed record Pending
    {
        public Guid Id { get; init; }
        public string Channel { get; init; } = "";
        public string Format { get; init; } = "";
        public string? Recipient { get; init; }
        public string[]? AddressLines { get; init; }
        public string Subject { get; init; } = "";
        public string Body { get; init; } = "";
        public int Attempts { get; init; }
    }

    private sealed record Attempt(string? NotifyId, int? RefusedWith, string? Error)
    {
        public static Attempt Sent(string notifyId) => new(notifyId, null, null);
        public static Attempt Refused(int status) => new(null, status, null);
        public static Attempt Retry(string error) => new(null, null, error);
    }
}
