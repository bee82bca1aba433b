using Roots.App.Publish;
using Roots.Core.Model;
using Roots.Core.Understanding;

namespace Roots.Cli.Tests;

/// <summary>
/// The publish facts cache appends what changed as a segment, rewrites itself when it must, and never
/// hands back an entry it cannot vouch for: a segment cut short, or one appended by another publish
/// since this one read the file.
/// </summary>
public sealed class FactsCacheTests : IDisposable
{
    private static readonly DateTimeOffset s_created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _dir = Directory.CreateTempSubdirectory("roots-facts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Path_ => Path.Combine(_dir, "publish-facts.bin");

    private static Item Item(long id, int version = 1) =>
        new(id, null, "file", "markdown", "Title " + id, "en", [], version, s_created, s_created.AddDays(version));

    private static void Add(FactsCache cache, Item item, string text) =>
        cache.Add(item, "hash-" + item.Id + "-" + item.CurrentVersion, new Dictionary<string, string> { ["author"] = "A" }, null, [], "summary of " + text, KeywordCandidates.Of(text));

    private static string[] Terms(FactsCache cache, Item item)
    {
        var entry = cache.Find(item) ?? throw new InvalidOperationException("no entry for item " + item.Id);
        return [.. entry.Terms.Select(t => cache.Strings[t])];
    }

    private FactsCache Filled(int items)
    {
        var cache = FactsCache.Empty();
        for (int i = 1; i <= items; i++)
        {
            Add(cache, Item(i), $"archive crawler number{i} warc record");
        }

        cache.Save(Path_);
        return FactsCache.Load(Path_);
    }

    [Fact]
    public void OneChange_IsAppended_AndWinsOnLoad()
    {
        // given a saved cache of 20 items
        var loaded = Filled(20);
        Assert.Equal(20, loaded.Count);
        byte[] before = File.ReadAllBytes(Path_);

        // when item 7 gets a new version about other things, and the cache is saved
        Add(loaded, Item(7, version: 2), "tokens metering budget");
        loaded.Retain([.. Enumerable.Range(1, 20).Select(i => Item(i, i == 7 ? 2 : 1))]);
        loaded.Save(Path_);

        // then the file kept its bytes and grew by a segment, and loading it gives the new entry
        byte[] after = File.ReadAllBytes(Path_);
        Assert.True(after.Length > before.Length);
        Assert.Equal(before, after[..before.Length]);
        var again = FactsCache.Load(Path_);
        Assert.Equal(20, again.Count);
        Assert.Null(again.Find(Item(7)));
        Assert.Contains("token", Terms(again, Item(7, version: 2)));
        Assert.Contains("crawler", Terms(again, Item(3)));
    }

    [Fact]
    public void RemovedItems_StayRemovedAfterLoading()
    {
        var loaded = Filled(10);
        loaded.Retain([.. Enumerable.Range(1, 8).Select(i => Item(i))]);
        loaded.Save(Path_);

        var again = FactsCache.Load(Path_);

        Assert.Equal(8, again.Count);
        Assert.Null(again.Find(Item(9)));
        Assert.NotNull(again.Find(Item(8)));
    }

    [Fact]
    public void ASegmentCutShort_IsIgnored_AndTheNextSaveRewritesTheFile()
    {
        // given a cache with an appended segment that was cut short (a publish killed while appending)
        var loaded = Filled(10);
        long whole = new FileInfo(Path_).Length;
        Add(loaded, Item(3, version: 2), "tokens metering budget");
        loaded.Save(Path_);
        using (var stream = new FileStream(Path_, FileMode.Open))
        {
            stream.SetLength(stream.Length - 3);
        }

        // when it is loaded, then the entries before the cut are there and the cut one is not
        var again = FactsCache.Load(Path_);
        Assert.Equal(10, again.Count);
        Assert.NotNull(again.Find(Item(3)));
        Assert.Null(again.Find(Item(3, version: 2)));

        // and saving a change rewrites the file whole, which then loads completely
        Add(again, Item(4, version: 2), "ledger of tokens");
        again.Save(Path_);
        var rewritten = FactsCache.Load(Path_);
        Assert.Contains("ledger", Terms(rewritten, Item(4, version: 2)));
        Assert.True(new FileInfo(Path_).Length < whole + 200, "one segment, not the old file plus more");
    }

    [Fact]
    public void AnotherPublishAppendedSinceLoading_TheFileIsRewrittenNotCorrupted()
    {
        // given two publishes that read the same file
        Filled(10);
        var first = FactsCache.Load(Path_);
        var second = FactsCache.Load(Path_);

        // when each adds a different new term (so each would number a new string the same) and saves
        Add(first, Item(2, version: 2), "zebra");
        first.Save(Path_);
        Add(second, Item(5, version: 2), "yak");
        second.Save(Path_);

        // then what loads is one consistent cache: every entry's strings are its own
        var loaded = FactsCache.Load(Path_);
        Assert.Contains("yak", Terms(loaded, Item(5, version: 2)));
        Assert.DoesNotContain("zebra", Terms(loaded, Item(5, version: 2)));
        Assert.Contains("crawler", Terms(loaded, Item(2)));
    }

    [Fact]
    public void ManyReplacements_RewriteTheFileWhole()
    {
        // given a cache of 300 items whose every entry was then replaced once, one save at a time
        var cache = Filled(300);
        for (int i = 1; i <= 300; i++)
        {
            Add(cache, Item(i, version: 2), $"second version number{i}");
            cache.Save(Path_);
            cache = FactsCache.Load(Path_);
        }

        // then the file was compacted on the way: far smaller than 300 appended segments on the original
        long oneVersion = new FileInfo(Path_).Length;
        var fresh = FactsCache.Empty();
        for (int i = 1; i <= 300; i++)
        {
            Add(fresh, Item(i, version: 2), $"second version number{i}");
        }

        string compact = Path.Combine(_dir, "compact.bin");
        fresh.Save(compact);
        Assert.True(oneVersion < 2 * new FileInfo(compact).Length, $"{oneVersion} bytes against {new FileInfo(compact).Length} compacted");
        Assert.Equal(300, cache.Count);
        Assert.Contains("second", Terms(cache, Item(300, version: 2)));
    }

    [Theory]
    [InlineData("summary of")]
    [InlineData("hash-7-1")]
    public void ADamagedSegment_IsAnEmptyCache(string inside)
    {
        // given a cache whose bytes changed inside a summary or a text hash: still valid UTF-8, same length
        Filled(10);
        byte[] bytes = File.ReadAllBytes(Path_);
        int at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(inside));
        Assert.True(at > 0);
        bytes[at] = (byte)(bytes[at] == (byte)'x' ? 'y' : 'x');
        File.WriteAllBytes(Path_, bytes);

        // then nothing of it is used: the segment's checksum does not match
        Assert.Equal(0, FactsCache.Load(Path_).Count);
    }
}
