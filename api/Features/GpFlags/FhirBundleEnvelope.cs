using System.Text.Json;
using Hl7.Fhir.Model;

namespace Carers.Api.Features.GpFlags;

/// <summary>
/// One Bundle entry as found in the body: where its resource's JSON lies, its request method if it gave one, and its
/// request.ifNoneExist (conditional create) if it gave one ("" when that is not a string).
/// </summary>
public readonly record struct BundleEntrySlice(int Start, int Length, string? Method, bool HasResource, string? IfNoneExist = null);

/// <summary>
/// Reads the outside of a FHIR Bundle (resourceType, type and where each entry's resource lies)
/// in one forward pass over the body, so that each resource can then be parsed by Firely on its
/// own, in parallel, and refused on its own. The pass still checks the whole body is valid JSON.
/// A JsonDocument did the same job but built an index of every token of a 4.5 MB body first,
/// only for Firely to read the same tokens again.
/// </summary>
public static class FhirBundleEnvelope
{
    public sealed record Envelope(string Type, List<BundleEntrySlice> Entries);

    public static (Envelope? Envelope, FlagError? Refusal) Read(ReadOnlySpan<byte> body, int maxEntries)
    {
        try
        {
            return ReadCore(body, maxEntries);
        }
        catch (JsonException)
        {
            return (null, new FlagError(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Structure, "The body is not valid JSON."));
        }
    }

    private static (Envelope?, FlagError?) ReadCore(ReadOnlySpan<byte> body, int maxEntries)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return NotABundle();
        }

        string? resourceType = null, type = null;
        List<BundleEntrySlice>? entries = null;
        var count = 0;
        var entryIsArray = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("resourceType"u8))
            {
                reader.Read();
                resourceType = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("entry"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    (entries, count) = ReadEntries(ref reader, maxEntries);
                }
                else
                {
                    entryIsArray = false;
                    reader.Skip();
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // Anything after the root object is not JSON: this read throws on it.
        if (reader.Read()) throw new JsonException("Trailing content after the Bundle.");

        if (resourceType != "Bundle") return NotABundle();
        if (type is not ("batch" or "transaction"))
        {
            return (null, new FlagError(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Value, "Bundle.type must be batch or transaction."));
        }

        if (!entryIsArray)
        {
            return (null, new FlagError(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Structure, "Bundle.entry must be an array."));
        }

        if (count > maxEntries)
        {
            return (null, new FlagError(StatusCodes.Status413PayloadTooLarge, OperationOutcome.IssueType.TooCostly,
                $"A Bundle may hold at most {maxEntries} entries; this one has {count}."));
        }

        return (new Envelope(type, entries ?? []), null);
    }

    // Entries past the limit are only counted (and checked as JSON), never kept: a hostile Bundle of
    // millions of empty entries costs a pass over its bytes, not a list of millions.
    private static (List<BundleEntrySlice> Entries, int Count) ReadEntries(ref Utf8JsonReader reader, int maxEntries)
    {
        var entries = new List<BundleEntrySlice>(Math.Min(maxEntries, 1024));
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (++count > maxEntries)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                entries.Add(new BundleEntrySlice(0, 0, null, HasResource: false));
                continue;
            }

            int start = 0, length = 0;
            string? method = null, ifNoneExist = null;
            var hasResource = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("resource"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        length = (int)reader.BytesConsumed - start;
                        hasResource = true;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals("request"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject) (method, ifNoneExist) = ReadRequest(ref reader);
                    else reader.Skip();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            entries.Add(new BundleEntrySlice(start, length, method, hasResource, ifNoneExist));
        }

        return (entries, count);
    }

    // Bundle.entry.request.method and .ifNoneExist: null when there is none, "" when it is not a string.
    private static (string? Method, string? IfNoneExist) ReadRequest(ref Utf8JsonReader reader)
    {
        string? method = null, ifNoneExist = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMethod = reader.ValueTextEquals("method"u8);
            var isCondition = reader.ValueTextEquals("ifNoneExist"u8);
            reader.Read();
            if (isMethod) method = reader.TokenType == JsonTokenType.String ? reader.GetString()! : "";
            if (isCondition) ifNoneExist = reader.TokenType == JsonTokenType.String ? reader.GetString()! : "";
            reader.Skip();
        }

        return (method, ifNoneExist);
    }

    private static (Envelope?, FlagError?) NotABundle() =>
        (null, new FlagError(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Structure, "POST /fhir takes a Bundle."));
}
