using Roots.App;
using Roots.App.Configuration;

namespace Roots.Cli.Tests;

/// <summary><c>watch:</c> in roots.yaml: the folders roots serve collects from on its own, one round at a time.</summary>
public sealed class WatchFolderTests : IDisposable
{
    private readonly TempLibrary _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ScanRound_AddsNewFilesWithTheFolderTags_SkipsUnchanged_AndReportsAMissingFolder()
    {
        using var library = Library.Init(_temp.Library).Value.Library;
        File.AppendAllText(Path.Combine(_temp.Library, LibraryConfigFile.FileName),
            $"\nwatch:\n  - {{ path: {_temp.Inputs}, tags: [inbox] }}\n  - {{ path: not-there }}\n");
        _temp.Write("a.md", "# Tea gardens\n\nOolong grows on the hills of Fujian.");

        using var reopened = Library.Open(_temp.Library).Value;
        Assert.Equal(Path.Combine(_temp.Library, "not-there"), reopened.Watched.WatchFolders[1].Folder);

        var first = await reopened.Watched.ScanWatchFoldersAsync();
        Assert.Equal(1, first.Added);
        var failure = Assert.Single(first.Failures);
        Assert.Equal("watch folder not found", failure.Reason);
        var item = (await reopened.Read.ListAsync(new Roots.Core.Ports.ItemFilter(Limit: 10))).Single();
        Assert.Contains("inbox", (await reopened.Tags.TagDetailsAsync(item.Id)).Tags.Select(t => t.Name));

        var again = await reopened.Watched.ScanWatchFoldersAsync();
        Assert.Equal((0, 1), (again.Added, again.Unchanged));

        _temp.Write("b.md", "# Archives\n\nWeb archives keep pages that vanish.");
        Assert.Equal(1, (await reopened.Watched.ScanWatchFoldersAsync()).Added);
    }

    [Fact]
    public void Config_AWatchFolderWithoutAPath_IsRefused()
    {
        Directory.CreateDirectory(_temp.Library);
        File.WriteAllText(Path.Combine(_temp.Library, LibraryConfigFile.FileName), "watch:\n  - { tags: [x] }\n");

        var loaded = LibraryConfigFile.Load(_temp.Library);

        Assert.False(loaded.IsSuccess);
        Assert.Contains("watch: each folder needs a path", loaded.Error, StringComparison.Ordinal);
    }
}
