using System.Buffers;
using System.IO.Compression;

namespace Roots.Ingest.Web;

/// <summary>
/// Reads a response body under the two caps: bytes on the wire (<see cref="FetchPolicy.MaxBodyBytes"/>,
/// counted as they arrive, so an endless body stops at the cap whatever Content-Length says) and
/// bytes after content decoding (<see cref="FetchPolicy.MaxDecompressedBytes"/>, against gzip
/// bombs). Decoding is done here rather than by <see cref="SocketsHttpHandler"/> so that both
/// counts are possible and the WARC record can keep the body exactly as transmitted.
/// </summary>
internal static class BodyReader
{
    private const int BufferSize = 64 * 1024;

    public static async Task<BodyRead> ReadAsync(HttpResponseMessage response, Uri url, FetchPolicy policy, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > policy.MaxBodyBytes)
        {
            return BodyRead.Fail(FetchReasons.BodyCap(url, policy.MaxBodyBytes));
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var raw = await CopyCappedAsync(stream, policy.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            if (raw is null)
            {
                return BodyRead.Fail(FetchReasons.BodyCap(url, policy.MaxBodyBytes));
            }

            return Decode(raw, [.. response.Content.Headers.ContentEncoding], url, policy.MaxDecompressedBytes);
        }
    }

    /// <summary>Undoes the content codings in reverse order of application.</summary>
    internal static BodyRead Decode(byte[] raw, string[] codings, Uri url, long cap)
    {
        var body = raw;
        for (var i = codings.Length - 1; i >= 0; i--)
        {
            var coding = codings[i].Trim().ToLowerInvariant();
            if (coding is "identity" or "")
            {
                continue;
            }

            try
            {
                body = coding switch
                {
                    "gzip" or "x-gzip" => Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), cap),
                    "br" => Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress), cap),
                    "deflate" => InflateDeflate(body, cap),
                    _ => throw new InvalidDataException($"unsupported Content-Encoding '{coding}'"),
                };
            }
            catch (InvalidDataException ex)
            {
                return BodyRead.Fail($"cannot decode the {coding} body from {url}: {ex.Message}");
            }

            if (body is null)
            {
                return BodyRead.Fail(FetchReasons.DecompressedCap(url, cap));
            }
        }

        return new BodyRead(raw, body, null);
    }

    /// <summary>HTTP "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.</summary>
    private static byte[]? InflateDeflate(byte[] body, long cap)
    {
        try
        {
            return Inflate(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress), cap);
        }
        catch (InvalidDataException)
        {
            return Inflate(new DeflateStream(new MemoryStream(body), CompressionMode.Decompress), cap);
        }
    }

    private static byte[]? Inflate(Stream decoder, long cap)
    {
        using (decoder)
        {
            using var output = new MemoryStream();
            var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                int read;
                while ((read = decoder.Read(buffer, 0, buffer.Length)) > 0)
                {
                    if (output.Length + read > cap)
                    {
                        return null;
                    }

                    output.Write(buffer, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            return output.ToArray();
        }
    }

    /// <summary>Copies at most <paramref name="cap"/> bytes; null when the stream holds more.</summary>
    private static async Task<byte[]?> CopyCappedAsync(Stream stream, long cap, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (output.Length + read > cap)
                {
                    return null;
                }

                output.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return output.ToArray();
    }
}

/// <summary>A body read: the bytes as transmitted and decoded, or the reason it was not read.</summary>
internal sealed record BodyRead(byte[] Raw, byte[] Body, string? Error)
{
    public static BodyRead Fail(string error) => new([], [], error);
}
