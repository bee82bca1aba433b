namespace Roots.Ingest.Feeds;

/// <summary>What a URL list file held: the URLs to collect, and the lines or records skipped with why.</summary>
/// <param name="Format">The format recognised: <c>lines</c>, <c>bookmarks-html</c>, <c>karakeep</c>, <c>json</c> or <c>csv</c>.</param>
/// <param name="Entries">The usable URLs, duplicates removed, in file order.</param>
/// <param name="Skipped">One line per skipped entry, e.g. <c>line 4: not an http(s) URL: ftp://x</c>.</param>
/// <param name="Notes">Entries that are text rather than a URL (Karakeep text bookmarks), to keep as notes.</param>
public sealed record UrlList(string Format, IReadOnlyList<UrlListEntry> Entries, IReadOnlyList<string> Skipped, IReadOnlyList<UrlListNote>? Notes = null)
{
    /// <summary>Notes, never null.</summary>
    public IReadOnlyList<UrlListNote> NoteList => Notes ?? [];
}
