using Roots.App.Publish;
using Roots.Publish.Site.Output;

namespace Roots.Cli.Tests;

/// <summary>The decision a publish asks about: pages of the existing site it would remove, and an empty selection.</summary>
public sealed class PublishPreviewTests
{
    private static SiteManifest Manifest(params string[] paths) =>
        new() { Files = paths.ToDictionary(p => p, _ => new SiteManifestEntry("k", "s"), StringComparer.Ordinal) };

    private static SitePlanEntry[] Plan(params string[] paths) => [.. paths.Select(p => new SitePlanEntry(p, "k", () => []))];

    [Fact]
    public void Of_CountsOnlyPagesOfTheOldSiteThatThePlanDrops()
    {
        var manifest = Manifest("en/index.html", "en/items/1/index.html", "en/items/2/index.html", "en/items/3/index.html", "sitemap.xml", "feed.xml");

        var preview = PublishPreview.Of("tag:x", 1, manifest, Plan("en/index.html", "en/items/1/index.html", "sitemap.xml", "en/items/9/index.html"), "/site");

        Assert.Equal(4, preview.ExistingPages);
        Assert.Equal(2, preview.RemovedPages);
        Assert.False(preview.RemovesMost);
        Assert.False(preview.NeedsConfirmation);
    }

    [Fact]
    public void Of_RemovingMoreThanHalf_OrSelectingNothing_NeedsConfirmation()
    {
        var manifest = Manifest("en/index.html", "en/items/1/index.html", "en/items/2/index.html");

        var most = PublishPreview.Of("tag:x", 1, manifest, Plan("en/index.html"), "/site");
        var nothing = PublishPreview.Of("tag:fod", 0, Manifest(), Plan("en/index.html"), "/site");
        var firstPublish = PublishPreview.Of("all", 3, Manifest(), Plan("en/index.html"), "/site");

        Assert.True(most.RemovesMost);
        Assert.True(most.NeedsConfirmation);
        Assert.True(nothing.SelectsNothing);
        Assert.True(nothing.NeedsConfirmation);
        Assert.False(firstPublish.NeedsConfirmation);
    }
}
