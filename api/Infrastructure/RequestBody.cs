namespace Carers.Api.Infrastructure;

/// <summary>
/// The whole request body as one array, read from the connection once. The Idempotency-Key
/// middleware hashes it and the FHIR endpoints parse it; a 10,000-flag Bundle is several
/// megabytes, and copying it through growing buffers cost more than hashing it (each copy is a
/// fresh large-object allocation the garbage collector must zero, fault in and later collect).
/// </summary>
public static class RequestBody
{
    public static async Task<byte[]> ReadAllAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<ReadBody>() is { } read) return read.Bytes;

        byte[] bytes;
        // The declared length is already within the size limit (UseRequestBodyLimit answers 413
        // before anything reads), so it is safe to size the array from it; Kestrel makes sure the
        // client sends exactly that many bytes.
        if (request.ContentLength is { } length)
        {
            bytes = GC.AllocateUninitializedArray<byte>(checked((int)length));
            await request.Body.ReadExactlyAsync(bytes, cancellationToken);
        }
        else
        {
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy, cancellationToken);
            bytes = copy.ToArray();
        }

        request.HttpContext.Features.Set(new ReadBody(bytes));
        // Whatever reads the body after this (model binding, a StreamReader) reads the same bytes.
        request.Body = new MemoryStream(bytes, writable: false);
        return bytes;
    }

    private sealed record ReadBody(byte[] Bytes);
}
