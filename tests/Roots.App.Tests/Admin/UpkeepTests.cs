using Roots.App.UseCases;

namespace Roots.App.Tests.Admin;

/// <summary><see cref="Roots.App.Admin.Upkeep"/> and <see cref="Roots.App.Admin.LibraryCopier"/>, in process: verify, repair, reindex, copy.</summary>
public sealed class UpkeepTests : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Verify_FindsADamagedOriginal_AndRepair_ArchivesItAgainFromItsSource()
    {
        string path = _folder.Write("tea.md", "# Tea\n\noolong");
        await _folder.Library.Files.AddPathsAsync([path], AddOptions.None);
        var version = Assert.Single(await _folder.Library.Store.GetVersionsAsync(1));
        string original = _folder.Library.Archive.PathOf(version.Sha256);
        File.SetAttributes(original, FileAttributes.Normal);
        File.WriteAllText(original, "damaged");

        var damaged = await _folder.Library.Upkeep.VerifyAsync();
        var repair = await _folder.Library.Upkeep.RepairAsync();
        var after = await _folder.Library.Upkeep.VerifyAsync();

        Assert.Equal((1L, 1L, 1L), (damaged.Items, damaged.IndexEntries, damaged.VersionsChecked));
        Assert.Contains(damaged.Problems, p => p.StartsWith("item 1 version 1:", StringComparison.Ordinal));
        Assert.Equal(1, repair.OriginalsRecovered);
        Assert.Empty(repair.Unrepairable);
        Assert.True(after.IsSound, string.Join("; ", after.Problems));
    }

    [Fact]
    public async Task Reindex_IndexesEveryItem_AndSearchStillFindsThem()
    {
        await _folder.Library.Files.AddPathsAsync([_folder.Write("a.md", "# Oolong\n\ncold brew"), _folder.Write("b.md", "# Crawlers\n\nWARC files")], AddOptions.None);

        long indexed = await _folder.Library.Upkeep.ReindexAsync();

        Assert.Equal(2, indexed);
        var found = await _folder.Library.Find.SearchAsync("warc", Roots.Core.Ports.ItemFilter.None);
        Assert.Equal("Crawlers", Assert.Single(found).Item.Title);
    }

    [Fact]
    public async Task Copy_IntoAnEmptyLibrary_CopiesEveryTableAndOriginal_AndRefusesAFullOne()
    {
        await _folder.Library.Files.AddPathsAsync([_folder.Write("a.md", "# Oolong\n\ncold brew")], AddOptions.None);
        using var target = new LibraryFolder();

        var copied = await _folder.Library.Copy.CopyToAsync(target.Library.Copy);
        var again = await _folder.Library.Copy.CopyToAsync(target.Library.Copy);

        Assert.True(copied.IsSuccess, copied.Error);
        Assert.True(copied.Value.Match);
        Assert.Equal((1, 1L), (copied.Value.Originals, copied.Value.Indexed));
        Assert.True((await target.Library.Upkeep.VerifyAsync()).IsSound);
        Assert.Contains("is not empty", again.Error);
    }
}
