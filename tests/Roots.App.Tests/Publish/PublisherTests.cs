using Roots.App.Publish;
using Roots.App.UseCases;

namespace Roots.App.Tests.Publish;

/// <summary><see cref="Publisher"/>, in process: the site, written incrementally, its pages' texts read ahead from the store.</summary>
public sealed class PublisherTests : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Publish_Again_WithNothingChanged_WritesNothing()
    {
        await _folder.Library.Files.AddPathsAsync([_folder.Write("tea.md", "# Oolong\n\ncold brew oolong")], AddOptions.None);
        var options = new PublishOptions { OutputDirectory = Path.Combine(_folder.Root, "site") };

        var first = await _folder.Library.Site.PublishAsync(options);
        var second = await _folder.Library.Site.PublishAsync(options);

        Assert.True(first.IsSuccess, first.Error);
        Assert.True(first.Value.Written > 0);
        Assert.Equal((1, 0, 0), (first.Value.Items, second.Value.Rendered, second.Value.Written));
        Assert.True(_folder.Library.Site.CheckSite(options).Ok);
    }

    [Fact]
    public async Task Publish_IntoAnEmptyFolder_WithCachedFacts_ReadsEachPagesTextFromTheStore()
    {
        await _folder.Library.Files.AddPathsAsync([_folder.Write("tea.md", "# Oolong\n\nfloralnotes of a cold brew oolong")], AddOptions.None);
        string site = Path.Combine(_folder.Root, "site");
        Assert.True((await _folder.Library.Site.PublishAsync(new PublishOptions { OutputDirectory = site })).IsSuccess);
        string again = Path.Combine(_folder.Root, "again");

        // The facts cache now knows the item, so its text is left unread until its page is rendered.
        var published = await _folder.Library.Site.PublishAsync(new PublishOptions { OutputDirectory = again });

        Assert.True(published.IsSuccess, published.Error);
        Assert.Contains(published.Value.Timings, t => t.Stage == "texts");
        // the item's own page carries its text, read ahead for the render
        Assert.Contains("floralnotes", File.ReadAllText(Path.Combine(again, "en", "items", "1", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void PublishesIntoLibrary_TellsTheDefaultFolderFromOneOutside()
    {
        Assert.True(_folder.Library.Site.PublishesIntoLibrary(null));
        Assert.False(_folder.Library.Site.PublishesIntoLibrary(Path.Combine(_folder.Root, "elsewhere")));
    }
}
