using Roots.Ingest.Extraction;

namespace Roots.Ingest.Web;

/// <summary>
/// What one fetch produced: the outcome, the final response's headers and body, the redirect
/// chain, every exchange (for the WARC archive) and timings. A failure carries a one-line
/// <see cref="Reason"/> written for a person, e.g.
/// <c>refused http://127.0.0.1/: 127.0.0.1 is a loopback address; allow it with fetch.allow</c>.
/// </summary>
public sealed class FetchResult
{
    /// <summary>How it ended.</summary>
    public required FetchOutcome Outcome { get; init; }

    /// <summary>The URL asked for.</summary>
    public required Uri RequestedUrl { get; init; }

    /// <summary>The URL of the last response after redirects (the requested one when there were none).</summary>
    public required Uri FinalUrl { get; init; }

    /// <summary>The final status code; null when no response arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Why it failed, in one line; null on <see cref="FetchOutcome.Fetched"/> and <see cref="FetchOutcome.NotModified"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// True when trying again later may succeed (timeouts, 429, 5xx, connection failures);
    /// false for 404, 410, TLS errors, refusals and caps. Lets a job queue decide.
    /// </summary>
    public bool IsTransient { get; init; }

    /// <summary>The final response's headers (content headers included), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The final response's Content-Type header as sent, e.g. <c>text/html; charset=gbk</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>The media type without parameters, lower case, e.g. <c>text/html</c>.</summary>
    public string? MediaType => ContentType is null ? null : MediaTypeName.Essence(ContentType).ToString().ToLowerInvariant();

    /// <summary>The charset parameter of <see cref="ContentType"/>, if any (a declaration, not a verdict).</summary>
    public string? Charset => MediaTypeName.Charset(ContentType);

    /// <summary>The final response's body, content-decoded. Empty unless fetched.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The ETag of the final response, for the next conditional request.</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified of the final response, for the next conditional request.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>The redirects followed, in order.</summary>
    public IReadOnlyList<RedirectHop> Redirects { get; init; } = [];

    /// <summary>Every request that got a response (redirects included), in order: what the WARC writer stores.</summary>
    public IReadOnlyList<HttpExchange> Exchanges { get; init; } = [];

    /// <summary>Attempts made, retries included, over all hops.</summary>
    public int Attempts { get; init; }

    /// <summary>Where the time went.</summary>
    public FetchTimings Timings { get; init; }

    /// <summary>True when the outcome is <see cref="FetchOutcome.Fetched"/>.</summary>
    public bool IsSuccess => Outcome == FetchOutcome.Fetched;

    /// <summary>The header's first value by name (case-insensitive), or null.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
