using System.Text;
using Roots.Ingest.Sources;

namespace Roots.Ingest.Tests.Sources;

/// <summary>
/// <see cref="FileSource"/> on a real folder: one odd entry (a GBK name, a file gone after listing,
/// a fifo, a device, a library folder) is one input among others, never the end of the batch.
/// </summary>
public sealed class FileSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roots-files-").FullName;
    private readonly FileSource _source = new();
    private readonly List<(string Path, string Reason)> _failed = [];
    private readonly List<(string Path, string Reason)> _skipped = [];

    // .NET cannot delete what it cannot name: rm can.
    public void Dispose() => RawNames.Shell(Path.GetTempPath(), $"rm -rf '{_folder}'");

    [Fact]
    public void Enumerate_FileNamedInGbk_IsListedUnderItsChineseName_AndReadsItsContent()
    {
        // given a folder as a zip from Chinese Windows unpacks it: one name in GBK among UTF-8 names
        Write("a.md", "# A");
        RawNames.Write(_folder, RawNames.GbkChineseMd, "# 中文笔记");
        Write("z.md", "# Z");

        // when
        var candidates = Enumerate(_folder);

        // then all three are listed, the GBK one by its readable name, and it can be read
        Assert.Equal(["a.md", "z.md", "中文.md"], candidates.Select(c => Path.GetFileName(c.Path)));
        var a = new FileInfo(Path.Combine(_folder, "a.md"));
        Assert.Equal((a.Length, a.LastWriteTimeUtc.Ticks), (candidates[0].Size, candidates[0].Stamp)); // as stored by earlier versions
        Assert.Empty(_failed);
        var read = _source.Read(candidates[2]);
        Assert.True(read.IsSuccess, read.Error);
        Assert.Equal("# 中文笔记", Encoding.UTF8.GetString(read.Value.Content.Span));
        Assert.Equal("中文.md", read.Value.FileName);
        Assert.Equal(Path.Combine(_folder, "中文.md"), read.Value.Source);
    }

    [Fact]
    public void Enumerate_TwoGbkNamesThatUtf8WouldBothShowAsReplacementCharacters_StayTwoFiles()
    {
        // given 中文.md and 论文.md in GBK: .NET shows both as "����.md"
        RawNames.Write(_folder, RawNames.GbkChineseMd, "# 中文");
        RawNames.Write(_folder, @"\xc2\xdb\xce\xc4.md", "# 论文");

        // when
        var candidates = Enumerate(_folder);

        // then
        Assert.Equal(["中文.md", "论文.md"], candidates.Select(c => Path.GetFileName(c.Path)).Order(StringComparer.Ordinal));
        Assert.Equal(["# 中文", "# 论文"], candidates.Select(c => Encoding.UTF8.GetString(_source.Read(c).Value.Content.Span)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Enumerate_FolderNamedInGbk_IsWalked()
    {
        RawNames.CreateFolder(_folder, @"\xd6\xd0\xce\xc4");
        RawNames.Shell(_folder, $"printf '# 内' > \"$(printf '\\xd6\\xd0\\xce\\xc4')/note.md\"");

        var candidate = Assert.Single(Enumerate(_folder));

        Assert.Equal(Path.Combine(_folder, "中文", "note.md"), candidate.Path);
        Assert.Equal("# 内", Encoding.UTF8.GetString(_source.Read(candidate).Value.Content.Span));
    }

    [Fact]
    public void Enumerate_TheShownNameOfAGbkFile_FindsIt()
    {
        // given a GBK-named file, asked for by the name roots shows and stores (as a queued job is)
        RawNames.Write(_folder, RawNames.GbkChineseMd, "# 中文笔记");

        // when
        var candidate = Assert.Single(Enumerate(Path.Combine(_folder, "中文.md")));

        // then
        Assert.Empty(_failed);
        Assert.Equal("# 中文笔记", Encoding.UTF8.GetString(_source.Read(candidate).Value.Content.Span));
    }

    [Fact]
    public void Enumerate_AGbkNameGarbledOnTheCommandLine_FindsIt_UnlessSeveralMatch()
    {
        // given what .NET makes of `roots add *.md` in a GBK folder: each bad byte of argv becomes U+FFFD
        RawNames.Write(_folder, RawNames.GbkChineseMd, "# 中文笔记");
        string garbled = Path.Combine(_folder, "\uFFFD\uFFFD\uFFFD\uFFFD.md");

        // when / then one file matches: it is collected under its readable name
        Assert.Equal(Path.Combine(_folder, "中文.md"), Assert.Single(Enumerate(garbled)).Path);

        // and with a second name that garbles the same (论文.md), the argument is refused with a reason
        RawNames.Write(_folder, @"\xc2\xdb\xce\xc4.md", "# 论文");
        Assert.Empty(Enumerate(garbled));
        Assert.Contains("several files match", Assert.Single(_failed).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_BytesThatAreNeitherUtf8NorGbk_ShowAsEscapes()
    {
        RawNames.Write(_folder, @"bad\xff.md", "# bad");

        var candidate = Assert.Single(Enumerate(_folder));

        Assert.Equal(@"bad\xFF.md", Path.GetFileName(candidate.Path));
        Assert.True(_source.Read(candidate).IsSuccess);
    }

    [Fact]
    public void Enumerate_FileDeletedAfterTheFolderWasListed_IsReportedAsVanished_AndTheOthersAreListed()
    {
        // given three files, and a listing that has started (the folder is listed before the first file is yielded)
        Write("a.md", "# A");
        string b = Write("b.md", "# B");
        Write("c.md", "# C");
        using var listing = _source.Enumerate([_folder], (path, reason) => _failed.Add((path, reason))).GetEnumerator();
        Assert.True(listing.MoveNext());
        var first = listing.Current;

        // when b.md goes before it is reached
        File.Delete(b);
        var rest = new List<FileCandidate>();
        while (listing.MoveNext())
        {
            rest.Add(listing.Current);
        }

        // then it is one failure and the rest are listed
        Assert.Equal("a.md", Path.GetFileName(first.Path));
        Assert.Equal(["c.md"], rest.Select(c => Path.GetFileName(c.Path)));
        Assert.Equal([(b, "vanished while collecting")], _failed);
    }

    [Fact]
    public void Read_FileDeletedAfterItWasListed_FailsAsVanished()
    {
        string a = Write("a.md", "# A");
        var candidate = Assert.Single(Enumerate(_folder));
        File.Delete(a);

        var read = _source.Read(candidate);

        Assert.Equal("vanished while collecting", read.Error);
    }

    [Fact]
    public async Task Enumerate_FifoInAFolder_IsSkippedWithItsKind_AndNeverOpened()
    {
        // given a named pipe with no writer: opening it to read would wait forever
        Write("a.md", "# A");
        RawNames.Fifo(Path.Combine(_folder, "pipe.md"));

        // when (a hang is bounded so that a regression fails instead of stalling the run)
        var candidates = await Task.Run(() => Enumerate(_folder).Select(c => (c, _source.Read(c))).ToList()).WaitAsync(TimeSpan.FromMinutes(1));

        // then
        Assert.Equal(["a.md"], candidates.Select(c => Path.GetFileName(c.c.Path)));
        Assert.Equal([(Path.Combine(_folder, "pipe.md"), "not a regular file: fifo")], _skipped);
        Assert.Empty(_failed);
    }

    [Fact]
    public void Enumerate_DeviceNamedDirectly_FailsAsNotARegularFile()
    {
        var candidates = Enumerate("/dev/zero");

        Assert.Empty(candidates);
        Assert.Equal([("/dev/zero", "not a regular file: character device")], _failed);
    }

    [Fact]
    public async Task Read_FifoSwappedInAfterListing_IsRefusedWithoutWaiting()
    {
        string path = Write("a.md", "# A");
        var candidate = Assert.Single(Enumerate(_folder));
        File.Delete(path);
        RawNames.Fifo(path);

        var read = await Task.Run(() => _source.Read(candidate)).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal("not a regular file: fifo", read.Error);
    }

    [Fact]
    public void Read_FileLongerThanItsReportedSize_IsCappedAtTheLimitWhileReading()
    {
        // given a file that reports 0 bytes but holds more than the limit (as /proc files do, and devices never end)
        var small = new FileSource(maxFileBytes: 64);
        var candidate = Assert.Single(small.Enumerate(["/proc/self/status"], (path, reason) => _failed.Add((path, reason))));
        Assert.Equal(0, candidate.Size);

        // when
        var read = small.Read(candidate);

        // then
        Assert.StartsWith("file too large", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_RootsLibraryFolderInside_IsSkippedOnce_AndTheRestIsListed()
    {
        // given notes beside a library folder (roots.yaml with roots.db, archive/ and site/)
        Write("notes/a.md", "# A");
        Write("library/roots.yaml", "store: sqlite\n");
        Write("library/roots.db", "SQLite format 3");
        Write("library/archive/ab/abcdef", "# archived original");
        Write("library/site/index.html", "<html></html>");

        var candidates = Enumerate(_folder);

        Assert.Equal([Path.Combine(_folder, "notes", "a.md")], candidates.Select(c => c.Path));
        var skipped = Assert.Single(_skipped);
        Assert.Equal(Path.Combine(_folder, "library"), skipped.Path);
        Assert.Contains("Roots library folder", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_TheLibraryFolderItself_IsSkipped()
    {
        Write("roots.yaml", "store: sqlite\n");
        Write("archive/ab/abcdef", "# archived original");

        Assert.Empty(Enumerate(_folder));
        Assert.Equal(_folder, Assert.Single(_skipped).Path);
    }

    [Fact]
    public void Enumerate_RootsYamlWithoutDatabaseOrArchive_IsNotALibrary()
    {
        Write("project/roots.yaml", "name: not a library\n");

        Assert.Equal(["roots.yaml"], Enumerate(_folder).Select(c => Path.GetFileName(c.Path)));
        Assert.Empty(_skipped);
    }

    [Fact]
    public void Enumerate_OwnArchiveOutsideTheLibrary_IsSkipped()
    {
        Write("notes/a.md", "# A");
        Write("shared-archive/ab/abcdef", "# archived original");
        var source = new FileSource(ownFolders: [Path.Combine(_folder, "shared-archive")]);

        var candidates = source.Enumerate([_folder], (path, reason) => _failed.Add((path, reason)), (path, reason) => _skipped.Add((path, reason))).ToList();

        Assert.Equal(["a.md"], candidates.Select(c => Path.GetFileName(c.Path)));
        Assert.Equal(Path.Combine(_folder, "shared-archive"), Assert.Single(_skipped).Path);
    }

    private List<FileCandidate> Enumerate(string path) =>
        [.. _source.Enumerate([path], (p, reason) => _failed.Add((p, reason)), (p, reason) => _skipped.Add((p, reason)))];

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
