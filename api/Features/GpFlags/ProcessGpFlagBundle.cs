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
            var results = new (FlagInput? Flag, FlagError? Error)[slices.Count];
            // Parsing and checking 10,000 resources is CPU work with no shared state: use every core.
            Parallel.For(0, slices.Count, new ParallelOptions { CancellationToken = cancellationToken },
                i => results[i] = CheckEntry(command.Body, slices[i], command.Caller.OdsCode!, today));
            var checkedEntries = results.ToList();
            var parsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);

            var result = envelope.Type == "transaction"
                ? await Transaction(command.Caller, checkedEntries, cancellationToken)
                : await Batch(command.Caller, checkedEntries, cancellationToken);
            // Counts and times only: never anything about the people in the Bundle.
            logger.LogInformation("FHIR {Type} Bundle of {Entries} entries: read and checked in {CheckedMs:F0} ms, stored in {StoredMs:F0} ms",
                envelope.Type, slices.Count, parsed.TotalMilliseconds, (System.Diagnostics.Stopwatch.GetElapsedTime(started) - parsed).TotalMilliseconds);
            return result;
        }

        private static (FlagInput?, FlagError?) CheckEntry(ReadOnlyMemory<byte> body, BundleEntrySlice entry, string odsCode, DateOnly today)
        {
            if (!entry.HasResource)
            {
                return (null, new FlagError(400, OperationOutcome.IssueType.Required, "The entry has no resource."));
            }

            if (entry.Method is not (null or "POST"))
            {
                return (null, new FlagError(400, OperationOutcome.IssueType.NotSupported, "Only POST (create) is supported in a Bundle here."));
            }

            var (parsed, parseError) = GpFlagRules.Parse(body.Span.Slice(entry.Start, entry.Length));
            return parseError is not null
                ? (null, new FlagError(400, OperationOutcome.IssueType.Structure, parseError))
                : GpFlagRules.Check(parsed, odsCode, today);
        }

        private async Task<IResult> Transaction(Caller caller, List<(FlagInput? Flag, FlagError? Error)> entries, CancellationToken cancellationToken)
        {
            var failures = entries.Select((e, i) => (e.Error, Index: i)).Where(x => x.Error is not null).ToList();
            if (failures.Count > 0)
            {
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
                var status = failures.All(f => f.Error!.Status == 403) ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
                return FhirResults.Resource(outcome, status);
            }

            var stored = await Store(caller, entries.Select(e => e.Flag!).ToList(), cancellationToken);
            return new BundleResponse("transaction-response", entries, stored);
        }

        private async Task<IResult> Batch(Caller caller, List<(FlagInput? Flag, FlagError? Error)> entries, CancellationToken cancellationToken)
        {
            var good = entries.Where(e => e.Flag is not null).Select(e => e.Flag!).ToList();
            var stored = await Store(caller, good, cancellationToken);
            return new BundleResponse("batch-response", entries, stored);
        }

        private async Task<IReadOnlyList<StoredFlag>> Store(Caller caller, List<FlagInput> flags, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var stored = await store.ApplyAsync(connection, transaction, flags, "fhir", caller, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return stored;
        }

    }

    /// <summary>
    /// The batch or transaction response: a Bundle with one entry per request entry, in order. Its
    /// envelope is written straight to the response (10,000 entries of status and location are no
    /// work for a JSON writer, but 20,000 objects for the FHIR object model); each OperationOutcome
    /// inside it is written by Firely. The tests read every answer back with Firely's parser.
    /// </summary>
    private sealed class BundleResponse(string type, List<(FlagInput? Flag, FlagError? Error)> entries, IReadOnlyList<StoredFlag> stored) : IResult
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
                var next = 0;
                foreach (var (_, error) in entries)
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
                        var flag = stored[next++];
                        writer.WriteString("status", flag.Created ? "201 Created" : "200 OK");
                        writer.WriteString("location", $"Flag/{flag.Id.ToString(CultureInfo.InvariantCulture)}");
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

    public static async Task<IResult> Endpoint(HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await FhirRequest.ReadAsync(request, cancellationToken) is { } body
            ? await mediator.Send(new Command(Caller.From(user), body), cancellationToken)
            : FhirRequest.UnsupportedMediaType();
}
