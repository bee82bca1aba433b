using System.Text;
using Roots.Core.Model;
using Roots.Ingest.Archive;

namespace Roots.Ingest.Tests.Archive;

public sealed class FileArchiveTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("roots-archive-").FullName;

    public void Dispose()
    {
        foreach (string file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Store_OverADamagedOriginalOfTheSameSize_WritesItAgain()
    {
        var archive = new FileArchive(_root);
        byte[] content = Encoding.UTF8.GetBytes("the original words, 原文");
        var stored = await archive.StoreAsync(content);
        string path = archive.PathOf(stored.Sha256);
        byte[] damaged = (byte[])content.Clone();
        damaged[0] ^= 0x01;
        File.SetAttributes(path, FileAttributes.Normal);
        File.WriteAllBytes(path, damaged);
        Assert.NotNull(await archive.CheckAsync(stored.Sha256, content.Length));

        await archive.StoreAsync(content);

        Assert.Null(await archive.CheckAsync(stored.Sha256, content.Length));
        Assert.Equal(content, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Store_OverALinkPlacedAtTheAddress_ReplacesTheLinkNotItsTarget()
    {
        var archive = new FileArchive(_root);
        byte[] content = Encoding.UTF8.GetBytes("linked");
        string sha = FileArchive.HashOf(content);
        string outside = Path.Combine(_root, "outside.txt");
        File.WriteAllBytes(outside, content);
        Directory.CreateDirectory(Path.GetDirectoryName(archive.PathOf(sha))!);
        File.CreateSymbolicLink(archive.PathOf(sha), outside);

        await archive.StoreAsync(content);

        Assert.Null(new FileInfo(archive.PathOf(sha)).LinkTarget);
        Assert.Equal(content, File.ReadAllBytes(outside));
    }

    [Fact]
    public async Task Sidecar_RoundTrips_AndIsReadableJsonWithChineseAsItself()
    {
        var archive = new FileArchive(_root);
        var stored = await archive.StoreAsync(Encoding.UTF8.GetBytes("# 词元之后"));
        var sidecar = new OriginalSidecar
        {
            Source = "/home/wu/essay.md",
            CollectedAt = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero),
            Title = "词元之后",
            Tags = ["ai", "稀缺"],
            MediaType = "text/markdown",
        };

        await archive.WriteSidecarAsync(stored.Sha256, sidecar);
        var read = archive.ReadSidecar(stored.Sha256);

        Assert.NotNull(read);
        Assert.Equal(sidecar.Source, read.Source);
        Assert.Equal(sidecar.CollectedAt, read.CollectedAt);
        Assert.Equal(sidecar.Tags, read.Tags);
        string text = File.ReadAllText(archive.SidecarPathOf(stored.Sha256));
        Assert.Contains("\"title\": \"词元之后\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"kind\"", text, StringComparison.Ordinal);
        Assert.Equal([stored.Sha256], archive.EnumerateAddresses());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"source\": \"/a\", \"collectedAt\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"title\": \"no source\", \"collectedAt\": \"2026-01-01T00:00:00Z\"}")]
    [InlineData("{\"source\": \"/a\", \"collectedAt\": \"not a date\"}")]
    public async Task Sidecar_ThatIsNotOne_ReadsAsNone(string text)
    {
        var archive = new FileArchive(_root);
        var stored = await archive.StoreAsync(Encoding.UTF8.GetBytes("bytes"));
        File.WriteAllText(archive.SidecarPathOf(stored.Sha256), text);

        Assert.Null(archive.ReadSidecar(stored.Sha256));
    }

    [Fact]
    public async Task Sidecar_ThatIsALink_IsNotFollowed()
    {
        var archive = new FileArchive(_root);
        var stored = await archive.StoreAsync(Encoding.UTF8.GetBytes("bytes"));
        string outside = Path.Combine(_root, "elsewhere.json");
        File.WriteAllText(outside, "{\"source\": \"/etc/passwd\", \"collectedAt\": \"2026-01-01T00:00:00Z\"}");
        File.CreateSymbolicLink(archive.SidecarPathOf(stored.Sha256), outside);

        Assert.Null(archive.ReadSidecar(stored.Sha256));
    }

    [Fact]
    public async Task StaleTemporaryFiles_AreThoseOfWritersNoLongerRunning_AndTheFirstWriteRemovesThem()
    {
        var archive = new FileArchive(_root);
        var first = await archive.StoreAsync(Encoding.UTF8.GetBytes("first"));
        string shard = Path.GetDirectoryName(archive.PathOf(first.Sha256))!;
        string stale = Path.Combine(shard, $".{first.Sha256}.{DeadProcessId()}.7.tmp");
        string running = Path.Combine(shard, $".{first.Sha256}.{Environment.ProcessId}.7.tmp");
        string foreign = Path.Combine(_root, "notashard", ".x.1.1.tmp");
        File.WriteAllBytes(stale, new byte[1024]);
        File.WriteAllBytes(running, new byte[8]);
        Directory.CreateDirectory(Path.GetDirectoryName(foreign)!);
        File.WriteAllBytes(foreign, new byte[8]);

        Assert.Equal([stale], archive.FindStaleTemporaryFiles());
        await new FileArchive(_root).StoreAsync(Encoding.UTF8.GetBytes("second"));

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(foreign));
        Assert.Empty(archive.FindStaleTemporaryFiles());
    }

    private static int DeadProcessId()
    {
        for (int pid = 4_000_000; ; pid--)
        {
            if (!Directory.Exists($"/proc/{pid}"))
            {
                return pid;
            }
        }
    }
}
