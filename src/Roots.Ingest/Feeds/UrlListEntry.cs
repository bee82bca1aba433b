namespace Roots.Ingest.Feeds;

/// <summary>One URL to collect, from a list file, with what the list said about it.</summary>
/// <param name="Url">An absolute http or https URL.</param>
/// <param name="Title">The title the bookmark had, if any.</param>
/// <param name="Tags">Tags (bookmark tags, folder names), if any.</param>
public sealed record UrlListEntry(Uri Url, string? Title = null, IReadOnlyList<string>? Tags = null)
{
    /// <summary>Tags, never null.</summary>
    public IReadOnlyList<string> TagList => Tags ?? [];
}
