using Roots.Publish.Site.Output;

namespace Roots.App.Publish;

/// <summary>
/// What a publish is about to do to the folder, known once the site is planned and before anything is
/// written: how many items it selected, and how many of the existing site's pages it would remove. A
/// selection that matches nothing (<c>tag:fod</c>) would otherwise empty a published site without a word.
/// </summary>
/// <param name="Selection">The selection as asked (<c>all</c>, <c>tag:T</c>, <c>category:C</c>).</param>
/// <param name="Items">The items selected.</param>
/// <param name="ExistingPages">The HTML pages the last publish wrote into the folder (its manifest).</param>
/// <param name="RemovedPages">Those of them this publish no longer plans, and would delete.</param>
/// <param name="OutputDirectory">The folder.</param>
public sealed record PublishPreview(string Selection, int Items, int ExistingPages, int RemovedPages, string OutputDirectory)
{
    /// <summary>True when no item is selected.</summary>
    public bool SelectsNothing => Items == 0;

    /// <summary>True when more than half of the existing site's pages would be deleted.</summary>
    public bool RemovesMost => RemovedPages * 2L > ExistingPages && RemovedPages > 0;

    /// <summary>True when the publish should not go ahead without being confirmed.</summary>
    public bool NeedsConfirmation => SelectsNothing || RemovesMost;

    /// <summary>
    /// Counts the pages of <paramref name="manifest"/> that <paramref name="plan"/> keeps, in one pass over
    /// the plan's paths with a lookup each (no rendering, no file system): the rest would be removed.
    /// </summary>
    public static PublishPreview Of(string selection, int items, SiteManifest manifest, IReadOnlyList<SitePlanEntry> plan, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(plan);
        int existing = manifest.Files.Keys.Count(IsPage);
        int kept = 0;
        if (existing > 0)
        {
            foreach (var entry in plan)
            {
                if (IsPage(entry.Path) && manifest.Files.ContainsKey(entry.Path))
                {
                    kept++;
                }
            }
        }

        return new PublishPreview(selection, items, existing, existing - kept, outputDirectory);
    }

    private static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);
}
