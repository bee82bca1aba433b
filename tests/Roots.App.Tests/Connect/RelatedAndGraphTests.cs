using Roots.App.UseCases;

namespace Roots.App.Tests.Connect;

/// <summary><see cref="Roots.App.Connect.RelatedFinder"/>, <see cref="Roots.App.Connect.LinkGraphReader"/> and <c>roots show</c>, in process.</summary>
public sealed class RelatedAndGraphTests : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Related_WithoutVectors_RanksTheItemSharingItsWords_ByWords()
    {
        await _folder.Library.Files.AddPathsAsync([
            _folder.Write("a.md", "# Oolong tea\n\noolong oolong tea brewing oolong leaves"),
            _folder.Write("b.md", "# More oolong\n\noolong tea leaves brewing again"),
            _folder.Write("c.md", "# Crawlers\n\nWARC files and web archives"),
        ], AddOptions.None);

        var related = await _folder.Library.Related.RelatedAsync("1", 5);
        var none = await _folder.Library.Related.RelatedAsync("999");

        Assert.NotNull(related);
        Assert.Equal("More oolong", related[0].Item.Title);
        Assert.Equal("words", related[0].Via);
        Assert.DoesNotContain(related, r => r.Item.Id == 1);
        Assert.Null(none);
    }

    [Fact]
    public async Task Graph_HoldsTheMentionLink_AndShow_ListsItAsABacklink()
    {
        await _folder.Library.Files.AddPathsAsync([_folder.Write("target.md", "# The Tea Garden Atlas\n\nmaps of tea gardens")], AddOptions.None);
        await _folder.Library.Files.AddPathsAsync([_folder.Write("source.md", "# Notes\n\nas The Tea Garden Atlas shows, gardens matter")], AddOptions.None);

        var graph = await _folder.Library.Graph.GraphAsync();
        var all = await _folder.Library.Graph.GraphAsync(allItems: true);
        var shown = await _folder.Library.Read.ShowAsync("1");

        var link = Assert.Single(graph.Links);
        Assert.Equal((2L, 1L), (link.SourceId, link.TargetId));
        Assert.Equal([1L, 2L], graph.Nodes.Select(n => n.Id).Order());
        Assert.Equal(2, all.Nodes.Count);
        Assert.NotNull(shown);
        Assert.Equal("Notes", Assert.Single(shown.Backlinks).Item.Title);
    }
}
