using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Roots.Web.Hosting;

namespace Roots.Web.Api;

/// <summary>
/// <c>/original/{sha256}</c>: an archived original, byte for byte. It is hostile by assumption (a
/// collected page may carry script), so it gets <c>Content-Security-Policy: sandbox; default-src 'none'</c>
/// (see <see cref="Security.SecurityHeaders"/>) and <c>nosniff</c>, and a type sniffed from its
/// bytes, never one that could make a browser treat it as the app. Only a regular file inside the
/// archive whose bytes hash to the address asked for is served.
/// </summary>
internal static class OriginalEndpoint
{
    public static IEndpointRouteBuilder MapOriginal(this IEndpointRouteBuilder app)
    {
        app.MapGet("/original/{sha256}", async (string sha256, LibraryPool pool, CancellationToken cancellationToken) =>
        {
            if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
            {
                return Problems.NotFound("an original is named by the lower-case hex SHA-256 of its bytes");
            }

            using var lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            // Only a regular file inside the archive is served: a link placed there (to /etc/passwd) is not an original.
            var stream = lease.Library.Archive.TryOpen(sha256);
            if (stream is null)
            {
                return Problems.NotFound($"no original {sha256} in the archive");
            }

            byte[] bytes;
            await using (stream)
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
                bytes = copy.ToArray();
            }

            // Only bytes that are the original named: a hard link or a file copied into archive/ by
            // hand (someone else's file) does not hash to its name, and is not served.
            if (!string.Equals(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), sha256, StringComparison.Ordinal))
            {
                return Problems.NotFound($"the file at original {sha256} does not hash to its name; roots verify says more");
            }

            return TypedResults.File(bytes, MediaTypeOf(bytes));
        });
        return app;
    }

    /// <summary>PDF, HTML (rendered, but sandboxed), UTF-8 text, or bytes to download.</summary>
    internal static string MediaTypeOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (!IsUtf8(head))
        {
            return "application/octet-stream";
        }

        string text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<') && text.Contains("html", StringComparison.OrdinalIgnoreCase)
            ? "text/html; charset=utf-8"
            : "text/plain; charset=utf-8";
    }

    /// <summary>Valid UTF-8, allowing a sequence cut at the end of the sample.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> head)
    {
        var chars = new char[head.Length];
        return System.Text.Unicode.Utf8.ToUtf16(head, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: false)
            is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData;
    }
}
