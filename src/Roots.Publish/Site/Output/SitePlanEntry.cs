namespace Roots.Publish.Site.Output;

/// <summary>One file of a site before it is written.</summary>
/// <param name="Path">The path relative to the site root, with <c>/</c> separators.</param>
/// <param name="InputKey">
/// A hash of everything the file is made from; when it equals last publish's and the file is still
/// there, the file is neither rendered nor written again.
/// </param>
/// <param name="Render">Makes the file's bytes (UTF-8 without BOM for text).</param>
public sealed record SitePlanEntry(string Path, string InputKey, Func<byte[]> Render)
{
    /// <summary>
    /// The slug of the work whose text this file shows (an item page), or null: a caller whose
    /// texts are read on demand (<see cref="Model.SiteVersion.LoadText"/>) reads those of the stale
    /// files' works first, in one pass.
    /// </summary>
    public string? TextOf { get; init; }
}
