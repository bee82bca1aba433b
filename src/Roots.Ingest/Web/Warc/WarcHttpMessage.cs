using System.Text;
using Roots.Core;

namespace Roots.Ingest.Web.Warc;

/// <summary>
/// The HTTP message inside a <c>request</c> or <c>response</c> record: start line, headers and
/// the payload (the body as transmitted, content coding intact). Parsing is a pure function of
/// the block and never throws.
/// </summary>
public sealed record WarcHttpMessage(string StartLine, IReadOnlyList<KeyValuePair<string, string>> Headers, ReadOnlyMemory<byte> Body)
{
    /// <summary>Headers larger than this are not HTTP: 1 MiB.</summary>
    private const int MaxHeaderBytes = 1024 * 1024;

    /// <summary>The status code of a response (from <c>HTTP/1.1 200 OK</c>), or null.</summary>
    public int? StatusCode =>
        StartLine.StartsWith("HTTP/", StringComparison.Ordinal) && StartLine.Split(' ') is [_, var code, ..] && int.TryParse(code, out var n) ? n : null;

    /// <summary>The first value of header <paramref name="name"/>, or null.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Splits <paramref name="block"/> into start line, headers and body.</summary>
    public static Result<WarcHttpMessage> Parse(ReadOnlyMemory<byte> block)
    {
        var span = block.Span;
        var window = span.Length > MaxHeaderBytes ? span[..MaxHeaderBytes] : span;
        var end = window.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = window.IndexOf("\n\n"u8);
            separator = 2;
        }

        if (end < 0)
        {
            return Result<WarcHttpMessage>.Fail("no end of HTTP headers in record block");
        }

        var lines = Encoding.Latin1.GetString(span[..end]).Split('\n');
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return new WarcHttpMessage(lines[0].TrimEnd('\r'), headers, block[(end + separator)..]);
    }

    /// <summary>
    /// The body with its content coding (gzip, deflate, br) undone, capped at
    /// <paramref name="maxBytes"/> (default 50 MB) — how <c>roots reindex</c> gets the bytes the
    /// extractor saw.
    /// </summary>
    public Result<byte[]> DecodedBody(long maxBytes = 50L * 1024 * 1024)
    {
        var codings = (Header("Content-Encoding") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var read = BodyReader.Decode(Body.ToArray(), codings, new Uri("urn:warc"), maxBytes);
        return read.Error is null ? Result<byte[]>.Ok(read.Body) : Result<byte[]>.Fail(read.Error);
    }
}
