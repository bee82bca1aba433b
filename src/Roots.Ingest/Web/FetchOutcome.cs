namespace Roots.Ingest.Web;

/// <summary>How a fetch ended.</summary>
public enum FetchOutcome
{
    /// <summary>A 2xx response; the body is in <see cref="FetchResult.Body"/>.</summary>
    Fetched,

    /// <summary>A 304 answer to a conditional request: the caller's copy is current.</summary>
    NotModified,

    /// <summary>The server answered with an error status (4xx, 5xx) after any retries.</summary>
    HttpError,

    /// <summary>The guard refused the URL or an address it resolved to; nothing was sent.</summary>
    Refused,

    /// <summary>No usable answer: timeout, connection or TLS failure, a cap exceeded, too many redirects.</summary>
    Failed,
}
