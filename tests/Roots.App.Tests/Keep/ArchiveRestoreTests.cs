using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Tests.Keep;

/// <summary>The archive alone brings items back (<see cref="Roots.App.Keep.ArchiveRestorer.RestoreFromArchiveAsync"/>), in process.</summary>
public sealed class ArchiveRestoreTests : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Collecting_WritesASidecarBesideEachOriginal_WithSourceTitleAndTags()
    {
        string path = _folder.Write("tea.md", "# Oolong\n\ncold brew oolong");

        var report = await _folder.Library.Files.AddPathsAsync([path], new AddOptions(["tea"]));

        var item = await _folder.Library.Store.GetAsync(Assert.Single(report.ItemIds));
        var version = Assert.Single(await _folder.Library.Store.GetVersionsAsync(item!.Id));
        var sidecar = _folder.Library.Archive.ReadSidecar(version.Sha256);
        Assert.NotNull(sidecar);
        Assert.Equal((path, "Oolong", "tea.md"), (sidecar.Source, sidecar.Title, sidecar.FileName));
        Assert.Equal(["tea"], sidecar.Tags);
    }

    [Fact]
    public async Task SameBytesFromAnotherSource_LeaveTheFirstSourcesSidecar()
    {
        string first = _folder.Write("a/note.md", "# Same\n\nsame words");
        string second = _folder.Write("b/note.md", "# Same\n\nsame words");
        await _folder.Library.Files.AddPathsAsync([first], AddOptions.None);

        var report = await _folder.Library.Files.AddPathsAsync([second], AddOptions.None);

        var duplicate = Assert.Single(report.Duplicates);
        var version = Assert.Single(await _folder.Library.Store.GetVersionsAsync(duplicate.ExistingItemId));
        Assert.Equal(first, _folder.Library.Archive.ReadSidecar(version.Sha256)!.Source);
    }

    [Fact]
    public async Task Restore_AfterTheDatabaseIsLost_KeepsVersionsInOrder_AndTheirTimes()
    {
        string path = _folder.Write("draft.md", "# Draft\n\nfirst words");
        await _folder.Library.Files.AddPathsAsync([path], AddOptions.None);
        File.WriteAllText(path, "# Final\n\nsecond words");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        await _folder.Library.Files.AddPathsAsync([path], AddOptions.None);
        var before = await VersionsAsync(_folder.Library);

        var library = _folder.LoseDatabase();
        Assert.Equal(0, await library.Store.CountAsync());
        var restored = await library.Restorer.RestoreFromArchiveAsync();

        Assert.Equal((1, 1, 0), (restored.Added, restored.Updated, restored.Failures.Count));
        var after = await VersionsAsync(library);
        Assert.Equal(before.Select(v => (v.Number, v.Sha256)), after.Select(v => (v.Number, v.Sha256)));
        Assert.All(before.Zip(after), pair => Assert.Equal(pair.First.CollectedAt, pair.Second.CollectedAt, TimeSpan.FromSeconds(1)));
        Assert.Equal("Final", (await library.Store.ListAsync(new ItemFilter())).Single().Title);
        Assert.True((await library.Upkeep.VerifyAsync()).IsSound);
    }

    [Fact]
    public async Task Verify_CountsOriginalsWithoutAnItem_AndRestoreKeepsThem_WithoutASidecarAsArchiveAddresses()
    {
        var original = await ((IArchive)_folder.Library.Archive).StoreAsync("# Orphan\n\nleft by a killed run"u8.ToArray());

        var verify = await _folder.Library.Upkeep.VerifyAsync();
        Assert.False(verify.IsSound);
        Assert.Equal((1, 0), (verify.UnreferencedOriginals, verify.RestorableOriginals));

        var restored = await _folder.Library.Restorer.RestoreFromArchiveAsync();

        Assert.Equal(1, restored.Added);
        var item = (await _folder.Library.Store.ListAsync(new ItemFilter())).Single();
        Assert.Equal("archive:" + original.Sha256, item.Source);
        Assert.Contains("Orphan", item.Title, StringComparison.Ordinal); // read as plain text: no file name tells it is Markdown
        Assert.True((await _folder.Library.Upkeep.VerifyAsync()).IsSound);
    }

    private static async Task<List<ItemVersion>> VersionsAsync(Library library)
    {
        var versions = new List<ItemVersion>();
        await foreach (var version in library.Store.AllVersionsAsync())
        {
            versions.Add(version);
        }

        return versions;
    }
}
