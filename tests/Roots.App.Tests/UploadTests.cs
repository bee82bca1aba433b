using Roots.App.Collect;
using Roots.App.UseCases;

namespace Roots.App.Tests;

/// <summary><see cref="Library.AddUploadsAsync"/>: uploads collected like files, their staging folder gone afterwards.</summary>
public sealed class UploadTests : IDisposable
{
    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Uploads_AreCollected_WithSafeNames_AndNothingStaysStaged()
    {
        var uploads = new[]
        {
            new Upload("../../etc/notes.md", (s, t) => s.WriteAsync("# Notes\n\n上传的笔记"u8.ToArray(), t).AsTask()),
            new Upload("notes.md", (s, t) => s.WriteAsync("# Other notes\n\nsame name, other file"u8.ToArray(), t).AsTask()),
        };

        var report = await _folder.Library.Files.AddUploadsAsync(uploads, new AddOptions(["upload"]));

        Assert.Equal((2, 0), (report.Added, report.Failures.Count));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_folder.Directory, Roots.App.Collect.FileCollector.UploadsFolderName)));
        Assert.All(await _folder.Library.Store.ListAsync(new Core.Ports.ItemFilter()), i => Assert.Contains("upload", i.Tags));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\wu\\essay.md", "essay.md")]
    [InlineData("...", "upload")]
    [InlineData("", "upload")]
    public void SafeName_KeepsOnlyTheFilesOwnName(string given, string safe) => Assert.Equal(safe, new Upload(given, (_, _) => Task.CompletedTask).SafeName);
}
