namespace Roots.Core.Model;

/// <summary>
/// One thing a person collected: a file, a note, an imported record. Its content lives in
/// versions; the item holds what describes the current one.
/// </summary>
/// <param name="Id">The library's number for the item, stable for its life.</param>
/// <param name="ExternalId">The id it had elsewhere (an import's <c>_id</c>/<c>id</c>), if any.</param>
/// <param name="Source">Where it was collected from: an absolute path, <c>stdin:…</c>, <c>import:FILE#ID</c>.</param>
/// <param name="Kind">What it is: markdown, text, html, pdf, note, record.</param>
/// <param name="Title">The title, from the document or the user; never empty.</param>
/// <param name="Language">The BCP 47 primary language tag (<c>und</c> when unknown).</param>
/// <param name="Tags">Tags, lower case, sorted.</param>
/// <param name="CurrentVersion">The number of the current version (1-based).</param>
/// <param name="CreatedAt">When the item was first collected.</param>
/// <param name="UpdatedAt">When its current version was collected.</param>
/// <param name="Url">A URL the item is known by, if any.</param>
/// <param name="Published">When it was published, if the source said.</param>
public sealed record Item(
    long Id,
    string? ExternalId,
    string Source,
    string Kind,
    string Title,
    string Language,
    IReadOnlyList<string> Tags,
    int CurrentVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Url = null,
    string? Published = null);
