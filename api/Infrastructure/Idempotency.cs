using System.Security.Cryptography;
using System.Text.Json;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Infrastructure.Problems;
using Dapper;
using Microsoft.IO;
using Npgsql;

namespace Carers.Api.Infrastructure;

/// <summary>Marks an endpoint whose POSTs accept an Idempotency-Key (partner and GP calls, SPEC §8).</summary>
public sealed class AcceptsIdempotencyKeyMetadata;

/// <summary>
/// Idempotency-Key (SPEC §8): the first request with a key runs and its answer is kept; a
/// replay with the same body gets that answer again and writes nothing; the same key with
/// another body is 422; the same key while the first is still running is 409. Keys belong to
/// the calling client, so two partners can never collide. Server errors (5xx) are not kept, so
/// the client can try again.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    private static readonly string[] KeptHeaders = ["Location", "ETag", "Content-Type"];

    // The answer is kept in pooled blocks while it is written: a GP batch answer is most of a
    // megabyte, and a growing MemoryStream allocated it three times over on the large-object heap.
    private static readonly RecyclableMemoryStreamManager Buffers = new();

    public static TBuilder AcceptsIdempotencyKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AcceptsIdempotencyKeyMetadata());

    public static WebApplication UseIdempotencyKeys(this WebApplication app)
    {
        app.UseWhen(
            context => HttpMethods.IsPost(context.Request.Method)
                && context.Request.Headers.ContainsKey(Header)
                && context.GetEndpoint()?.Metadata.GetMetadata<AcceptsIdempotencyKeyMetadata>() is not null,
            branch => branch.Use(Handle));
        return app;
    }

    private static async Task Handle(HttpContext context, RequestDelegate next)
    {
        var key = context.Request.Headers[Header].ToString();
        if (key.Length is 0 or > 255 || key.Any(c => c < 0x21 || c > 0x7e))
        {
            await ProblemsSetup.WriteProblemAsync(context, StatusCodes.Status400BadRequest, "The Idempotency-Key is not valid.",
                errors: new Dictionary<string, string[]> { [Header] = ["Send 1 to 255 visible ASCII characters, such as a UUID."] });
            return;
        }

        var caller = Caller.From(context.User);
        var client = $"{caller.Role}:{caller.Partner ?? caller.OdsCode ?? "-"}:{caller.Subject}";
        var hash = await RequestHash(context.Request);
        var db = context.RequestServices.GetRequiredService<NpgsqlDataSource>();

        await using (var connection = await db.OpenConnectionAsync(context.RequestAborted))
        {
            var claimed = await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO idempotency_record (client_id, key, request_hash) VALUES (@Client, @Key, @Hash) ON CONFLICT DO NOTHING",
                new { Client = client, Key = key, Hash = hash }, cancellationToken: context.RequestAborted));
            if (claimed == 0)
            {
                var first = await connection.QuerySingleAsync<Stored>(new CommandDefinition(
                    "SELECT request_hash, status_code, response_body, response_headers::text AS response_headers FROM idempotency_record WHERE client_id = @Client AND key = @Key",
                    new { Client = client, Key = key }, cancellationToken: context.RequestAborted));
                await Answer(context, first, hash);
                return;
            }
        }

        var original = context.Response.Body;
        await using var buffer = Buffers.GetStream("Idempotency");
        context.Response.Body = buffer;
        var kept = false;
        try
        {
            await next(context);
            if (context.Response.StatusCode < 500)
            {
                var headers = KeptHeaders.Where(h => context.Response.Headers.ContainsKey(h))
                    .ToDictionary(h => h, h => context.Response.Headers[h].ToString());
                await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
                // Npgsql streams the answer from the buffer (Dapper has no mapping for a Stream parameter).
                buffer.Position = 0;
                await using var keep = new NpgsqlCommand("""
                    UPDATE idempotency_record SET status_code = $1, response_body = $2, response_headers = $3::jsonb, completed_at = now()
                    WHERE client_id = $4 AND key = $5
                    """, connection)
                {
                    Parameters =
                    {
                        new() { Value = context.Response.StatusCode },
                        new() { Value = buffer, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea, Size = (int)buffer.Length },
                        new() { Value = JsonSerializer.Serialize(headers) },
                        new() { Value = client },
                        new() { Value = key },
                    },
                };
                await keep.ExecuteNonQueryAsync(CancellationToken.None);
                kept = true;
            }
        }
        finally
        {
            if (!kept)
            {
                await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
                await connection.ExecuteAsync(new CommandDefinition("DELETE FROM idempotency_record WHERE client_id = @Client AND key = @Key",
                    new { Client = client, Key = key }));
            }

            context.Response.Body = original;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task Answer(HttpContext context, Stored first, byte[] hash)
    {
        if (!first.RequestHash.AsSpan().SequenceEqual(hash))
        {
            await ProblemsSetup.WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was used with another request.",
                "Use a new key for a new request; resend the first request unchanged to get its answer again.", type: ProblemTypes.IdempotencyKeyReused);
            return;
        }

        if (first.StatusCode is null)
        {
            await ProblemsSetup.WriteProblemAsync(context, StatusCodes.Status409Conflict, "The first request with this Idempotency-Key is still being processed.",
                "Try again in a moment to get its answer.", type: ProblemTypes.IdempotencyKeyInProgress);
            return;
        }

        context.Response.StatusCode = first.StatusCode.Value;
        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(first.ResponseHeaders ?? "{}") ?? [])
        {
            context.Response.Headers[name] = value;
        }

        context.Response.Headers[ReplayedHeader] = "true";
        await context.Response.Body.WriteAsync(first.ResponseBody ?? [], context.RequestAborted);
    }

    /// <summary>Method, path, query and body: "the same request" means all four are the same.</summary>
    private static async Task<byte[]> RequestHash(HttpRequest request)
    {
        var body = await RequestBody.ReadAllAsync(request, request.HttpContext.RequestAborted);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        sha.AppendData(body.Span);
        return sha.GetHashAndReset();
    }

    private sealed record Stored
    {
        public byte[] RequestHash { get; init; } = [];
        public int? StatusCode { get; init; }
        public byte[]? ResponseBody { get; init; }
        public string? ResponseHeaders { get; init; }
    }
}
