using System.Text;
using Roots.Publish.Site.Output;

namespace Roots.Publish.Tests.Site.Output;

/// <summary>
/// A file written through <see cref="AtomicFile"/> is either its old or its new complete self: a
/// writer that fails half-way (or a process killed there) leaves the old bytes and no temporary file.
/// </summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("roots-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void WriteAllBytes_ReplacesTheFile_AndLeavesNoTemporary()
    {
        // given a page with old content
        string path = Path.Combine(_dir, "index.html");
        File.WriteAllText(path, "<html>old</html>");

        // when it is written again
        AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes("<html>new</html>"));

        // then it holds the new bytes, and nothing else is in the folder
        Assert.Equal("<html>new</html>", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    [Fact]
    public void Write_WriterThrowsMidway_KeepsTheOldContent_AndRemovesTheTemporary()
    {
        // given a page with old content
        string path = Path.Combine(_dir, "index.html");
        File.WriteAllText(path, "<html>old</html>");

        // when the writer fails half-way through the new content
        var failure = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("<html>new, but only the first ha"));
            stream.Flush();
            Assert.Single(Directory.GetFiles(_dir), f => AtomicFile.IsTemporary(Path.GetFileName(f)));
            throw new IOException("disk full");
        }));

        // then the old page is whole and no temporary file is left
        Assert.Equal("disk full", failure.Message);
        Assert.Equal("<html>old</html>", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    [Fact]
    public void Write_NewFileWriterThrows_CreatesNothing()
    {
        string path = Path.Combine(_dir, "feed.xml");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("<?xml"u8);
            throw new InvalidOperationException("render failed");
        }));

        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Write_TemporaryName_StartsWithADotAndEndsWithTmp_InTheSameFolder()
    {
        string path = Path.Combine(_dir, "en", "sitemap.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string? seen = null;

        AtomicFile.Write(path, stream =>
        {
            seen = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
            stream.Write("<urlset/>"u8);
        });

        Assert.NotNull(seen);
        Assert.Equal(Path.GetDirectoryName(path), Path.GetDirectoryName(seen));
        Assert.StartsWith(".", Path.GetFileName(seen), StringComparison.Ordinal);
        Assert.EndsWith(".tmp", seen, StringComparison.Ordinal);
        Assert.True(AtomicFile.IsTemporary(Path.GetFileName(seen)));
        Assert.False(File.Exists(seen));
    }

    [Fact]
    public void Write_AVeryLongName_StillGetsATemporaryTheFileSystemAccepts()
    {
        string name = new string('a', 250) + ".html";
        string path = Path.Combine(_dir, name);

        AtomicFile.WriteAllBytes(path, "<html></html>"u8.ToArray());

        Assert.Equal("<html></html>", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    [Fact]
    public void RemoveStale_DeletesOnlyDotTmpFiles_InEveryFolder()
    {
        // given stale temporaries at two depths, and files that merely look alike
        string[] stale = [".index.html.k3j2h1.tmp", Path.Combine("en", "items", "7", ".index.html.x.tmp")];
        string[] kept = ["index.html", "notes.tmp", ".roots-site.json", Path.Combine("en", ".tmp-not-ours"), Path.Combine("en", "items", "7", "index.html")];
        foreach (string file in stale.Concat(kept))
        {
            string path = Path.Combine(_dir, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }

        // when stale temporaries are removed
        int removed = AtomicFile.RemoveStale(_dir);

        // then exactly those are gone
        Assert.Equal(2, removed);
        Assert.All(stale, f => Assert.False(File.Exists(Path.Combine(_dir, f)), f));
        Assert.All(kept, f => Assert.True(File.Exists(Path.Combine(_dir, f)), f));
    }

    [Fact]
    public void RemoveStale_MissingFolder_RemovesNothing() =>
        Assert.Equal(0, AtomicFile.RemoveStale(Path.Combine(_dir, "absent")));
}
