using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Roots.Ingest.Web.Warc;

/// <summary>
/// Serialises records: the WARC 1.1 header (fields plus a computed Content-Length and
/// WARC-Block-Digest), the block and the closing CRLF CRLF, as one gzip member so that each
/// record can be read on its own from its offset.
/// </summary>
internal static class WarcRecordBuilder
{
    public const string Version = "WARC/1.1";

    public static string NewId() => $"<urn:uuid:{Guid.NewGuid()}>";

    public static string Date(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>One gzip member holding one record.</summary>
    public static byte[] Member(IEnumerable<KeyValuePair<string, string>> fields, ReadOnlySpan<byte> block)
    {
        var header = new StringBuilder(Version).Append("\r\n");
        foreach (var (name, value) in fields)
        {
            header.Append(name).Append(": ").Append(OneLine(value)).Append("\r\n");
        }

        header.Append("WARC-Block-Digest: ").Append(WarcDigest.Sha1(block)).Append("\r\n");
        header.Append("Content-Length: ").Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        using var output = new MemoryStream(block.Length / 2 + 1024);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(header.ToString()));
            gzip.Write(block);
            gzip.Write("\r\n\r\n"u8);
        }

        return output.ToArray();
    }

    /// <summary>The request block: request line and headers, no body (GET).</summary>
    public static byte[] RequestBlock(HttpExchange exchange)
    {
        var text = new StringBuilder()
            .Append(exchange.Method).Append(' ').Append(exchange.Url.PathAndQuery).Append(" HTTP/1.1\r\n");
        AppendHeaders(text, exchange.RequestHeaders);
        return Encoding.Latin1.GetBytes(text.Append("\r\n").ToString());
    }

    /// <summary>The response block: status line, headers, then the body exactly as transmitted.</summary>
    public static byte[] ResponseBlock(HttpExchange exchange)
    {
        var text = new StringBuilder()
            .Append("HTTP/").Append(exchange.HttpVersion.ToString(2)).Append(' ')
            .Append(exchange.StatusCode.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(OneLine(exchange.ReasonPhrase)).Append("\r\n");
        AppendHeaders(text, exchange.ResponseHeaders);
        var head = Encoding.Latin1.GetBytes(text.Append("\r\n").ToString());
        return [.. head, .. exchange.RawBody.Span];
    }

    private static void AppendHeaders(StringBuilder text, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        foreach (var (name, value) in headers)
        {
            text.Append(OneLine(name)).Append(": ").Append(OneLine(value)).Append("\r\n");
        }
    }

    /// <summary>CR and LF inside a value would start a new field: a header-injection hole.</summary>
    private static string OneLine(string value) =>
        value.AsSpan().IndexOfAny('\r', '\n') < 0 ? value : value.Replace('\r', ' ').Replace('\n', ' ');
}
