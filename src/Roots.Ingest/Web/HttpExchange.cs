namespace Roots.Ingest.Web;

/// <summary>
/// One request and the response it got, as sent and received: what a WARC request/response
/// record pair stores. Redirect hops and error responses are exchanges too.
/// </summary>
public sealed class HttpExchange
{
    /// <summary>The URL requested.</summary>
    public required Uri Url { get; init; }

    /// <summary>When the request was sent (UTC).</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>The request method, <c>GET</c>.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>The request headers sent, in order (<c>Host</c> first).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; }

    /// <summary>The HTTP version of the response, e.g. <c>1.1</c>.</summary>
    public required Version HttpVersion { get; init; }

    /// <summary>The status code.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The reason phrase, e.g. <c>OK</c>.</summary>
    public string ReasonPhrase { get; init; } = string.Empty;

    /// <summary>
    /// The response and content headers, in order. <c>Transfer-Encoding</c> is left out because
    /// the body below is stored de-chunked (the WARC payload is the entity after transfer decoding).
    /// </summary>
    public required IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders { get; init; }

    /// <summary>The body as transmitted (still gzip or brotli when the server compressed it).</summary>
    public ReadOnlyMemory<byte> RawBody { get; init; }

    /// <summary>The body after content decoding (equal to <see cref="RawBody"/> when not compressed).</summary>
    public ReadOnlyMemory<byte> Body { get; init; }
}
