using Roots.Publish.Site.Check;

namespace Roots.App.Publish;

/// <summary>What a publish did.</summary>
/// <param name="OutputDirectory">Where the site is.</param>
/// <param name="BaseUrl">The base URL it was published for.</param>
/// <param name="Languages">The page languages.</param>
/// <param name="Items">Items published.</param>
/// <param name="Works">Works (items grouped with their translations).</param>
/// <param name="Files">Files in the site.</param>
/// <param name="Rendered">Files rendered because their inputs changed.</param>
/// <param name="Written">Files written because their bytes changed.</param>
/// <param name="Removed">Files of the last publish removed (pages of deleted or deselected items).</param>
/// <param name="WrittenPaths">The files written, sorted.</param>
public sealed record PublishReport(
    string OutputDirectory,
    string BaseUrl,
    IReadOnlyList<string> Languages,
    int Items,
    int Works,
    int Files,
    int Rendered,
    int Written,
    int Removed,
    IReadOnlyList<string> WrittenPaths)
{
    /// <summary>The result of <c>--check</c>, when it was asked for.</summary>
    public SiteCheckReport? Check { get; init; }

    /// <summary>How long each stage took, in order.</summary>
    public IReadOnlyList<PublishTiming> Timings { get; init; } = [];

    /// <summary>
    /// The published items that give no date of their own (front matter, meta tags, a dateline, the
    /// feed): their pages and citation records carry none rather than a guessed one.
    /// </summary>
    public IReadOnlyList<UndatedItem> Undated { get; init; } = [];
}
