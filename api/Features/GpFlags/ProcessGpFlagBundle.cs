using System.Text.Json;
using System.Globalization;
using System.Security.Claims;
using Carers.Api.Infrastructure.Auth;
using Hl7.Fhir.Model;
using Mediator;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.GpFlags;

/// <summary>
/// POST /fhir: a Bundle of carer flags. A batch answers entry by entry and stores the good
/// ones; a transaction stores all or nothing, and one bad entry refuses the lot with an
/// OperationOutcome naming every failing entry.
/// </summary>
public static class ProcessGpFlagBundle
{
    public sealed record Command(Caller Caller, ReadOnlyMemory<byte> Body) : ICommand<IResult>;

    public sealed class Handler(NpgsqlDataSource db, GpFlagStore store, TimeProvider clock, IOptions<GpFlagOptions> options, ILogger<Handler> logger)
        : ICommandHandler<Command, IResult>
    {
        public async ValueTask<IResult> Handle(Command command, CancellationToken cancellationToken)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var (envelope, refusal) = FhirBundleEnvelope.Read(command.Body.Span, options.Value.MaxBundleEntries);
            if (refusal is not null) return FhirResults.Error(refusal.Status, refusal.Code, refusal.Diagnostics);

            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var slices = envelope!.Entries;
            var results = new CheckedEntry[slices.Count];
            // Parsing and checking 10,000 resources is CPU work with no shared state: use every core.
            Parallel.For(0, slices.Count, new ParallelOptions { CancellationToken = cancellationToken },
                i => results[i] = CheckEntry(command.Body, slices[i], command.Caller.OdsCode!, today));
            var parsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);

            var result = await Store(envelope.Type == "transaction", command.Caller, results, cancellationToken);
            // Counts and times only: never anything about the people in the Bundle.
            logger.LogInformation("FHIR {Type} Bundle of {Entries} entries: read and checked in {CheckedMs:F0} ms, stored in {StoredMs:F0} ms",
                envelope.Type, slices.Count, parsed.TotalMilliseconds, (System.Diagnostics.Stopwatch.GetElapsedTime(started) - parsed).TotalMilliseconds);
            return result;
        }

        private static CheckedEntry CheckEntry(ReadOnlyMemory<byte> body, BundleEntrySlice entry, string odsCode, DateOnly today)
        {
            if (!entry.HasResource)
            {
                return new(null, new FlagError(400, OperationOutcome.IssueType.Required, "The entry has no resource."), null);
            }

            if (entry.Method is not (null or "POST"))
            {
                return new(null, new FlagError(400, OperationOutcome.IssueType.NotSupported, "Only POST (create) is supported in a Bundle here."), null);
            }

            var (parsed, parseError) = GpFlagRules.Parse(body.Span.Slice(entry.Start, entry.Length));
            if (parseError is not null) return new(null, new FlagError(400, OperationOutcome.IssueType.Structure, parseError), null);
            var (flag, error) = GpFlagRules.Check(parsed, odsCode, today);
            if (error is not null) return new(null, error, null);

            var (condition, conditionError) = ConditionalCreate.Parse(entry.IfNoneExist);
            conditionError ??= condition is null ? null : ConditionalCreate.CheckNames(condition, flag!);
            return conditionError is null ? new(flag, null, condition) : new(null, conditionError, null);
        }

        /// <summary>
        /// Conditions first (one look-up for every entry with ifNoneExist), then the flags still to create, in one
        /// transaction. A batch answers entry by entry and keeps the good ones; a transaction is refused whole, and
        /// writes nothing, when any entry fails at any step.
        /// </summary>
        private async Task<IResult> Store(bool isTransaction, Caller caller, CheckedEntry[] entries, CancellationToken cancellationToken)
        {
            var answers = entries.Select(e => new EntryAnswer(e.Error, 0, false)).ToArray();
            if (isTransaction && answers.Any(a => a.Error is not null)) return TransactionRefused(answers);

            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var conditions = Enumerable.Range(0, entries.Length).Where(i => entries[i].Condition is not null).Select(i => (i, entries[i].Condition!)).ToList();
            var matches = await ConditionalCreate.LookupAsync(connection, transaction, caller.OdsCode!, conditions, cancellationToken);
            foreach (var (i, match) in matches)
            {
                if (match.Count > 1) answers[i] = new EntryAnswer(ConditionalCreate.SeveralMatch(match.Count), 0, false);
                else if (match is { Count: 1, Id: { } existing }) answers[i] = new EntryAnswer(null, existing, false);
            }

            var toStore = Enumerable.Range(0, entries.Length).Where(i => entries[i].Flag is not null && !(matches.TryGetValue(i, out var m) && m.Count > 0)).ToList();
            if (isTransaction && answers.Any(a => a.Error is not null)) return TransactionRefused(answers);

            var stored = await store.ApplyAsync(connection, transaction, toStore.Select(i => entries[i].Flag!).ToList(), "fhir", caller, cancellationToken);
            for (var k = 0; k < toStore.Count; k++)
            {
                var (i, flag) = (toStore[k], stored[k]);
                // Another flag of the practice holds the entry's identifier: the answer an entry with ifNoneExist wants
                // (it lost a race, or repeats an earlier entry of this Bundle); a conflict for one without.
                answers[i] = flag.IdentifierTaken && entries[i].Condition is null
                    ? new EntryAnswer(ConditionalCreate.Duplicate(flag.Id), 0, false)
                    : new EntryAnswer(null, flag.Id, flag.Created);
            }

            if (isTransaction && answers.Any(a => a.Error is not null)) return TransactionRefused(answers);
            await transaction.CommitAsync(cancellationToken);
            return new BundleResponse(isTransaction ? "transaction-response" : "batch-response", answers);
        }

        // A refused transaction: one OperationOutcome naming every failing entry. The status is the one they share
        // (403 when every entry is another practice's, 409 when every one is a duplicate...), else 400.
        private static IResult TransactionRefused(EntryAnswer[] answers)
        {
            var failures = answers.Select((a, i) => (a.Error, Index: i)).Where(x => x.Error is not null).ToList();
            var outcome = new OperationOutcome
            {
                Issue = failures.Select(f => new OperationOutcome.IssueComponent
                {
                    Severity = OperationOutcome.IssueSeverity.Error,
                    Code = f.Error!.Code,
                    Diagnostics = $"Bundle.entry[{f.Index}]: {f.Error.Diagnostics}",
                    Expression = [$"Bundle.entry[{f.Index}]"],
                }).ToList(),
            };
            var statuses = failures.Select(f => f.Error!.Status).Distinct().ToList();
            return FhirResults.Resource(outcome, statuses.Count == 1 ? statuses[0] : StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>One entry once read and checked: the flag, or why it was refused, and its ifNoneExist condition.</summary>
    private sealed record CheckedEntry(FlagInput? Flag, FlagError? Error, ConditionalCreate.IdentifierQuery? Condition);

    /// <summary>One entry's answer: refused, or the flag's id and whether it was new.</summary>
    private sealed record EntryAnswer(FlagError? Error, long Id, bool Created);

    /// <summary>
    /// The batch or transaction response: a Bundle with one entry per request entry, in order. Its
    /// envelope is written straight to the response (10,000 entries of status and location are no
    /// work for a JSON writer, but 20,000 objects for the FHIR object model); each OperationOutcome
    /// inside it is written by Firely. The tests read every answer back with Firely's parser.
    /// </summary>
    private sealed class BundleResponse(string type, EntryAnswer[] answers) : IResult
    {
        public async System.Threading.Tasks.Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = FhirResults.ContentType;
            await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter))
            {
                writer.WriteStartObject();
                writer.WriteString("resourceType", "Bundle");
                writer.WriteString("type", type);
                writer.WriteStartArray("entry");
                foreach (var (error, id, created) in answers)
                {
                    writer.WriteStartObject();
                    writer.WriteStartObject("response");
                    if (error is not null)
                    {
                        writer.WriteString("status", error.Status.ToString(CultureInfo.InvariantCulture));
                        writer.WritePropertyName("outcome");
                        FhirResults.Write(FhirResults.Outcome(error.Code, error.Diagnostics), writer);
                    }
                    else
                    {
                        writer.WriteString("status", created ? "201 Created" : "200 OK");
                        writer.WriteString("location", $"Flag/{id.ToString(CultureInfo.InvariantCulture)}");
                        writer.WriteString("etag", ReadGpFlag.ETag);
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    if (writer.BytesPending > 32 * 1024) await writer.FlushAsync();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            // As in FhirResults: flush the pipe so a middleware holding the body sees all of it.
            await httpContext.Response.BodyWriter.FlushAsync();
        }
    }

    /// <remarks>
    /// A GP system sends many carer flags at once: a FHIR `Bundle` of type `batch` or `transaction` (at most 10,000
    /// entries), each entry a Flag (profile `carer-flag`) with `request.method` `POST`.
    ///
    /// - **batch**: answered entry by entry, in order, in a `batch-response` (200): `201 Created` or `200 OK` (already
    ///   stored) with `location` `Flag/{id}` and `etag` `W/"1"`, or an error status with an OperationOutcome. Good entries
    ///   are stored whatever happens to the others.
    /// - **transaction**: all or nothing. Any refused entry stores nothing and answers one OperationOutcome with an issue per
    ///   failing entry (`expression` `Bundle.entry[i]`), with the status the failures share (403, 409, 412...), else 400.
    /// - **Conditional create** per entry: `request.ifNoneExist` `identifier=&lt;system&gt;|&lt;value&gt;` naming the flag's own
    ///   identifier; when the practice already has that flag the entry answers `200 OK` with its location, so a resent
    ///   Bundle stores nothing twice. Without it, a flag whose identifier the practice already used is `409` (duplicate).
    /// - An `Idempotency-Key` header is also accepted: a replay gets the first answer, byte for byte.
    /// - Refused whole: not a Bundle, another Bundle type, malformed JSON (400); over 10,000 entries (413); not
    ///   `application/fhir+json` (415).
    /// </remarks>
    public static async Task<IResult> Endpoint(HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await FhirRequest.ReadAsync(request, cancellationToken) is { } body
            ? await mediator.Send(new Command(Caller.From(user), body), cancellationToken)
            : FhirRequest.UnsupportedMediaType();
}
