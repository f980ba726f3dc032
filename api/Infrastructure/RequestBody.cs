using System.Buffers;

namespace Carers.Api.Infrastructure;

/// <summary>
/// The whole request body in memory, read from the connection once. The Idempotency-Key
/// middleware hashes it and the FHIR endpoints parse it. A 10,000-flag Bundle is several
/// megabytes: copied through growing buffers, each copy was a fresh large-object allocation to
/// zero, fault in and collect, and every few megabytes of those set off a full (gen 2) garbage
/// collection. So a large body goes into an array borrowed from the shared pool, given back when
/// the request is over (after the handler and the response, which nothing outlives).
/// </summary>
public static class RequestBody
{
    // Below this, a plain array is cheaper than the pool's bookkeeping and never reaches the large-object heap.
    private const int PoolFrom = 64 * 1024;

    public static async Task<ReadOnlyMemory<byte>> ReadAllAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<ReadBody>() is { } read) return read.Bytes;

        byte[] array;
        int length;
        // The declared length is already within the size limit (UseRequestBodyLimit answers 413
        // before anything reads), so it is safe to size the array from it; Kestrel makes sure the
        // client sends exactly that many bytes.
        if (request.ContentLength is { } declared)
        {
            length = checked((int)declared);
            array = length >= PoolFrom ? ArrayPool<byte>.Shared.Rent(length) : new byte[length];
            if (length >= PoolFrom) request.HttpContext.Response.RegisterForDispose(new GiveBack(array));
            await request.Body.ReadExactlyAsync(array.AsMemory(0, length), cancellationToken);
        }
        else
        {
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy, cancellationToken);
            array = copy.ToArray();
            length = array.Length;
        }

        var body = array.AsMemory(0, length);
        request.HttpContext.Features.Set(new ReadBody(body));
        // Whatever reads the body after this (model binding, a StreamReader) reads the same bytes.
        request.Body = new MemoryStream(array, 0, length, writable: false);
        return body;
    }

    private sealed record ReadBody(ReadOnlyMemory<byte> Bytes);

    private sealed class GiveBack(byte[] array) : IDisposable
    {
        public void Dispose() => ArrayPool<byte>.Shared.Return(array);
    }
}
