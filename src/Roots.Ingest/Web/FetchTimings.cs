namespace Roots.Ingest.Web;

/// <summary>Where the time of one fetch went.</summary>
/// <param name="Started">When the fetch began (UTC, from the fetcher's <see cref="TimeProvider"/>).</param>
/// <param name="Total">From start to the last byte, redirects and retry waits included.</param>
/// <param name="LastAttempt">The final attempt alone: request sent to body read.</param>
public readonly record struct FetchTimings(DateTimeOffset Started, TimeSpan Total, TimeSpan LastAttempt);
