namespace Roots.Ingest.Web;

/// <summary>
/// Everything the guarded fetcher may do, with defaults chosen for collecting articles, PDFs
/// and feeds from the open web. Immutable once built; validated by <see cref="Validate"/>
/// when a <see cref="GuardedHttpClient"/> is created.
/// </summary>
public sealed record FetchPolicy
{
    /// <summary>The User-Agent sent with every request; names Roots so that site owners can tell who fetches.</summary>
    public const string DefaultUserAgent = "Roots/0.1 (+https://github.com/roots)";

    /// <summary>The defaults below.</summary>
    public static FetchPolicy Default { get; } = new();

    /// <summary>Private hosts and ranges that may be reached anyway. Default: none.</summary>
    public FetchAllowList Allow { get; init; } = FetchAllowList.Empty;

    /// <summary>Time to open a TCP connection (and TLS). Default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time for one attempt at one URL, headers and whole body. Default 60 s.</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Most bytes read from the wire for one response, counted on the stream. Default 50 MB.</summary>
    public long MaxBodyBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Most bytes a compressed body may expand to (gzip bombs). Default 50 MB.</summary>
    public long MaxDecompressedBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Most bytes of response headers. Default 64 KiB (.NET's own default).</summary>
    public int MaxResponseHeaderBytes { get; init; } = 64 * 1024;

    /// <summary>Redirects followed before giving up. Default 10.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>Retries of a transient failure (timeout, connection reset, 408, 429, 5xx) per URL. Default 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay; doubled each retry, with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between attempts, whatever <c>Retry-After</c> says. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests in flight at once to one host (scheme, host and port). Default 2.</summary>
    public int MaxConcurrentPerHost { get; init; } = 2;

    /// <summary>The User-Agent header. Default <see cref="DefaultUserAgent"/>.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>The Accept header. Default prefers HTML, then XML feeds, then anything.</summary>
    public string Accept { get; init; } =
        "text/html,application/xhtml+xml,application/xml;q=0.9,application/feed+json;q=0.9,*/*;q=0.8";

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a value outside its documented range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Allow);
        ArgumentException.ThrowIfNullOrWhiteSpace(UserAgent);
        Positive(ConnectTimeout, nameof(ConnectTimeout));
        Positive(ResponseTimeout, nameof(ResponseTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBodyBytes, 1, nameof(MaxBodyBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDecompressedBytes, 1, nameof(MaxDecompressedBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxResponseHeaderBytes, 1024, nameof(MaxResponseHeaderBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRedirects, nameof(MaxRedirects));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRedirects, 50, nameof(MaxRedirects));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetries, 10, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentPerHost, 1, nameof(MaxConcurrentPerHost));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero, nameof(RetryBaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryDelay, RetryBaseDelay, nameof(MaxRetryDelay));
    }

    private static void Positive(TimeSpan value, string name) =>
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero, name);
}
