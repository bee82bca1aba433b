namespace Roots.Ingest.Web;

/// <summary>
/// The result of one attempt at one URL, as a value: the retry strategy decides on
/// <see cref="IsTransient"/>, never on an exception (CONVENTIONS.md §5, Polly's Outcome style).
/// </summary>
internal sealed record HopResult
{
    public required FetchOutcome Outcome { get; init; }

    public HttpExchange? Exchange { get; init; }

    public int? StatusCode => Exchange?.StatusCode;

    /// <summary>Where a 3xx pointed, already resolved against the URL; null when not a redirect.</summary>
    public Uri? Location { get; init; }

    public string? Reason { get; init; }

    public bool IsTransient { get; init; }

    /// <summary>The server's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public TimeSpan Elapsed { get; init; }

    public static HopResult Failed(string reason, bool transient, TimeSpan elapsed) =>
        new() { Outcome = FetchOutcome.Failed, Reason = reason, IsTransient = transient, Elapsed = elapsed };
}
