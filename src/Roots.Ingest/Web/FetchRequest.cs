namespace Roots.Ingest.Web;

/// <summary>
/// One URL to fetch, with the validators of the copy the caller already has (from an earlier
/// <see cref="FetchResult"/>), so that an unchanged page costs a 304 and no body.
/// </summary>
/// <param name="Url">An absolute http or https URL; anything else is refused.</param>
/// <param name="ETag">Sent as <c>If-None-Match</c> on the first hop when present.</param>
/// <param name="LastModified">Sent as <c>If-Modified-Since</c> on the first hop when present.</param>
public sealed record FetchRequest(Uri Url, string? ETag = null, DateTimeOffset? LastModified = null)
{
    /// <summary>A plain GET of <paramref name="url"/>.</summary>
    public static implicit operator FetchRequest(Uri url) => new(url);
}
