using Roots.App.UseCases;

namespace Roots.App.Tests.Organise;

/// <summary><see cref="Roots.App.Organise.Tagger"/> and <see cref="Roots.App.Organise.TagVocabulary"/>, in process: the user's tags, renames and bulk edits.</summary>
public sealed class TaggerTests : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task MergeTags_IntoANewName_RenamesTheTagOnEveryItem()
    {
        var ids = await AddAsync(("a.md", "# A\n\nfirst"), ("b.md", "# B\n\nsecond"));
        foreach (long id in ids)
        {
            Assert.True((await _folder.Library.Tags.TagAsync(Id(id), ["draft"], [])).IsSuccess);
        }

        var merged = await _folder.Library.Vocabulary.MergeTagsAsync("Draft", "review");

        Assert.True(merged.IsSuccess, merged.Error);
        Assert.Equal(new TagMergeReport("draft", "review", 2), merged.Value);
        var counts = await _folder.Library.Vocabulary.TagCountsAsync();
        Assert.DoesNotContain(counts, c => c.Tag == "draft");
        Assert.Equal(2, Assert.Single(counts, c => c.Tag == "review").Items);
        var (tags, _) = await _folder.Library.Tags.TagDetailsAsync(ids[0]);
        Assert.Equal(["review"], tags.Select(t => t.Name));
    }

    [Fact]
    public async Task MergeTags_OfATagIntoItself_IsRefused()
    {
        var merged = await _folder.Library.Vocabulary.MergeTagsAsync("tea", " Tea ");

        Assert.False(merged.IsSuccess);
        Assert.Contains("same tag", merged.Error);
    }

    [Fact]
    public async Task Tag_AddsUserTags_RemovesOthers_AndTheSecondRunChangesNothing()
    {
        long id = (await AddAsync(("tea.md", "# Tea\n\noolong"))).Single();
        await _folder.Library.Tags.TagAsync(Id(id), ["tea", "green"], []);

        var first = await _folder.Library.Tags.TagAsync(Id(id), ["oolong"], ["green"], category: "notes");
        var second = await _folder.Library.Tags.TagAsync(Id(id), ["oolong"], ["green"], category: "notes");

        Assert.True(first.IsSuccess, first.Error);
        Assert.Equal(["oolong"], first.Value.Added);
        Assert.Equal(["green"], first.Value.Removed);
        Assert.Equal(["oolong", "tea"], first.Value.Tags.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal("notes", first.Value.Category?.Name);
        Assert.Empty(second.Value.Added);
        Assert.Empty(second.Value.Removed);
    }

    [Fact]
    public async Task Tag_OfAnUnknownItem_OrATagBothAddedAndRemoved_FailsWithAReason()
    {
        long id = (await AddAsync(("tea.md", "# Tea\n\noolong"))).Single();

        var unknown = await _folder.Library.Tags.TagAsync("999", ["tea"], []);
        var both = await _folder.Library.Tags.TagAsync(Id(id), ["tea"], ["Tea"]);

        Assert.Contains("no item '999'", unknown.Error);
        Assert.Contains("both added and removed", both.Error);
    }

    [Fact]
    public async Task BulkTag_WithOneUnknownId_ChangesNothing()
    {
        long id = (await AddAsync(("tea.md", "# Tea\n\noolong"))).Single();

        var bulk = await _folder.Library.Tags.BulkTagAsync([Id(id), "999"], ["tea"], []);

        Assert.False(bulk.IsSuccess);
        Assert.Empty((await _folder.Library.Tags.TagDetailsAsync(id)).Tags);
    }

    private async Task<List<long>> AddAsync(params (string Name, string Text)[] files)
    {
        var report = await _folder.Library.Files.AddPathsAsync([.. files.Select(f => _folder.Write(f.Name, f.Text))], AddOptions.None);
        return [.. report.ItemIds.Order()];
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
