using System.Diagnostics;
using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary>
/// The archive alone brings a library back: sidecars beside originals, <c>roots rebuild</c> after the
/// database is gone, <c>roots verify --repair</c> after it lost items, temporary files of killed
/// writers, and a damaged original repaired by collecting its source again.
/// </summary>
public sealed class ArchiveRecoveryTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Rebuild_AfterTheDatabaseIsDeleted_BringsBackEveryItemWithSourceTitleTagsTimesAndVersions()
    {
        // given a library of the seed essay, a Markdown note that changed once, a typed note, an
        // imported record, and tags given when collecting and afterwards
        await _lib.Roots("init");
        foreach (string seed in SeedEssays())
        {
            File.Copy(seed, Path.Combine(_lib.Inputs, Path.GetFileName(seed)));
        }

        string note = _lib.Write("notes/oolong.md", "# Oolong\n\ncold brew oolong, first try");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs, "--tag", "mine")).ExitCode);
        File.WriteAllText(note, "# Oolong\n\ncold brew oolong, second try: twelve hours");
        File.SetLastWriteTimeUtc(note, DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(0, (await _lib.Roots("add", note)).ExitCode);
        Assert.Equal(0, (await _lib.RootsWithStdin("夜里读书，想起词元与稀缺。", "add", "-", "--title", "读书笔记")).ExitCode);
        string records = _lib.Write("records.jsonl", "{\"id\": \"r-7\", \"title\": \"Imported record\", \"text\": \"a record about archives\", \"tags\": [\"import\"]}\n");
        Assert.Equal(0, (await _lib.Roots("import", records)).ExitCode);
        Assert.Equal(0, (await _lib.Roots("tag", "1", "+scarcity")).ExitCode);
        var before = await ItemsAsync();
        var foundBefore = await SourcesFoundAsync("稀缺");

        // when the database is lost and the library rebuilt from its archive
        await LoseDatabaseAsync();
        var rebuild = await _lib.Roots("rebuild", "--json");

        // then every item is back with its source, title, language, kind, user tags, collection time and versions
        Assert.True(rebuild.ExitCode == 0, rebuild.Stdout + rebuild.Stderr);
        var after = await ItemsAsync();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (source, item) in before)
        {
            Assert.Equal(item, after[source]);
        }

        Assert.Contains(foundBefore, source => source.EndsWith("stdin", StringComparison.Ordinal) || source.StartsWith("note:", StringComparison.Ordinal));
        Assert.Equal(foundBefore, await SourcesFoundAsync("稀缺"));
        Assert.Equal(0, (await _lib.Roots("verify")).ExitCode);
    }

    [Fact]
    public async Task Rebuild_OfALibraryThatHoldsItems_IsRefused()
    {
        await _lib.Roots("init");
        _lib.Write("a.md", "# A\n\nkept");
        await _lib.Roots("add", _lib.Inputs);

        var rebuild = await _lib.Roots("rebuild");

        Assert.Equal(2, rebuild.ExitCode);
        Assert.Contains("holds 1 items", rebuild.Stderr, StringComparison.Ordinal);
        Assert.Contains("roots verify --repair", rebuild.Stderr, StringComparison.Ordinal);
    }

    [SqliteOnlyFact]
    public async Task Verify_NoticesItemsTheDatabaseLost_AndRepairBringsThemBack()
    {
        // given a library whose database file goes back to an older state (as a truncated or
        // garbled roots.db-wal does: the commits after its damage are gone, the archive keeps them)
        await _lib.Roots("init");
        _lib.Write("first/a.md", "# First\n\nkept before the snapshot");
        await _lib.Roots("add", Path.Combine(_lib.Inputs, "first"));
        string db = Path.Combine(_lib.Library, "roots.db");
        string snapshot = Path.Combine(_lib.Root, "roots.db.snapshot");
        File.Copy(db, snapshot);
        for (int i = 0; i < 40; i++)
        {
            _lib.Write($"later/{i:00}.md", $"# Later {i}\n\nkept after the snapshot, number {i}, 后来保存的笔记");
        }

        Assert.Equal(0, (await _lib.Roots("add", Path.Combine(_lib.Inputs, "later"), "--tag", "later")).ExitCode);
        File.Copy(snapshot, db, overwrite: true);
        foreach (string log in new[] { db + "-wal", db + "-shm" }.Where(File.Exists))
        {
            File.Delete(log);
        }

        // when verify runs, it says what was lost and how to bring it back
        var verify = await _lib.Roots("verify", "--json");
        Assert.Equal(1, verify.ExitCode);
        var report = JsonDocument.Parse(verify.Stdout).RootElement;
        Assert.False(report.GetProperty("sound").GetBoolean());
        Assert.Equal(40, report.GetProperty("unreferencedOriginals").GetInt64());
        Assert.Equal(40, report.GetProperty("restorableOriginals").GetInt64());
        Assert.Contains(report.GetProperty("problems").EnumerateArray(), p => p.GetString()!.Contains("roots verify --repair", StringComparison.Ordinal));

        // and verify --repair collects them again, with their tags, and the library is sound
        var repair = await _lib.Roots("verify", "--repair", "--json");
        Assert.True(repair.ExitCode == 0, repair.Stdout + repair.Stderr);
        Assert.Equal(40, JsonDocument.Parse(repair.Stdout).RootElement.GetProperty("repair").GetProperty("itemsRestored").GetInt32());
        var items = await _lib.Json("list", "--all", "--json");
        Assert.Equal(41, items.GetArrayLength());
        Assert.Equal(40, items.EnumerateArray().Count(i => i.GetProperty("tags").EnumerateArray().Any(t => t.GetString() == "later")));
        Assert.Equal(40, (await _lib.Json("search", "后来保存的笔记", "--limit", "100", "--json")).GetArrayLength());
    }

    [SqliteOnlyFact]
    public async Task Verify_AfterATruncatedWriteAheadLog_CountsTheLostItems_AndRepairBringsBackEveryOne()
    {
        // given an add killed while its committed batches are still only in roots.db-wal
        await _lib.Roots("init");
        const int Count = 1200;
        for (int i = 0; i < Count; i++)
        {
            _lib.Write($"bulk/{i / 100:00}/{i:0000}.md", $"# Note {i}\n\nnote {i} about tea and 中文检索 {i * 7919 % 1000}.");
        }

        using (var process = RootsProcess.Start(["add", _lib.Inputs, "--library", _lib.Library]))
        {
            var stopwatch = Stopwatch.StartNew();
            while (!process.HasExited && StoreUnderTest.CountItems(_lib.Library) < 300 && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(10);
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        string wal = Path.Combine(_lib.Library, "roots.db-wal");
        long keptBefore = StoreUnderTest.CountItems(_lib.Library);
        Assert.True(File.Exists(wal) && new FileInfo(wal).Length > 4096, "the killed add left no write-ahead log to damage");

        // when the log is cut in half (a torn copy, a bad sector)
        using (var log = new FileStream(wal, FileMode.Open, FileAccess.Write))
        {
            log.SetLength(log.Length / 2);
        }

        File.Delete(Path.Combine(_lib.Library, "roots.db-shm"));
        long keptAfter = StoreUnderTest.CountItems(_lib.Library);
        int archived = Directory.EnumerateFiles(Path.Combine(_lib.Library, "archive"), "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f).Length == 64);
        Assert.True(keptAfter < keptBefore, $"cutting the log lost nothing ({keptBefore} items before, {keptAfter} after)");

        // then verify is not sound and counts every archived original no version holds. They are counted against the
        // versions as a writer opening the damaged database sees them: the kill can also leave a checkpoint half done,
        // so the items and versions of the torn database need not agree with the count read before.
        // An original archived just before the kill may not have its sidecar yet: it is restorable by its bytes alone,
        // so "restorable" (with a sidecar naming the source) counts the unreferenced originals whose sidecar was written.
        var verify = JsonDocument.Parse((await _lib.Roots("verify", "--json")).Stdout).RootElement;
        var referenced = StoreUnderTest.Rows(_lib.Library, "SELECT DISTINCT sha256 FROM versions").ToHashSet(StringComparer.Ordinal);
        var unreferenced = Directory.EnumerateFiles(Path.Combine(_lib.Library, "archive"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).Length == 64 && !referenced.Contains(Path.GetFileName(f))).ToList();
        Assert.False(verify.GetProperty("sound").GetBoolean());
        // every original a version refers to is in the archive (only the originals no version holds were lost track of)
        Assert.All(referenced, sha => Assert.True(File.Exists(Path.Combine(_lib.Library, "archive", sha[..2], sha)), sha));
        Assert.Equal(archived - referenced.Count, unreferenced.Count);
        Assert.Equal(unreferenced.Count, verify.GetProperty("unreferencedOriginals").GetInt64());
        int withoutSidecar = unreferenced.Count(f => !File.Exists(f + ".meta.json"));
        Assert.Equal(unreferenced.Count - withoutSidecar, verify.GetProperty("restorableOriginals").GetInt64());

        // and verify --repair brings every one back; a re-run of the add then finds nothing new to keep twice
        var repair = await _lib.Roots("verify", "--repair", "--json");
        Assert.True(repair.ExitCode == 0, repair.Stdout + repair.Stderr);
        // with or without a sidecar, every unreferenced original is collected again
        Assert.Equal(unreferenced.Count, JsonDocument.Parse(repair.Stdout).RootElement.GetProperty("repair").GetProperty("itemsRestored").GetInt32());
        Assert.Equal(archived, (await _lib.Json("list", "--all", "--json")).GetArrayLength());
        // An original archived just before the kill, whose sidecar was not written yet, comes back as archive:<sha>
        // (its bytes name no source), so the re-run reports its file as a duplicate of that item: one per such original.
        // Known gap: the sidecar is written after the original; writing it first would close this window.
        var rerun = await _lib.Json("add", _lib.Inputs, "--json");
        Assert.Equal(withoutSidecar, rerun.GetProperty("duplicates").GetArrayLength());
        Assert.Equal(Count, (await _lib.Json("list", "--all", "--json")).GetArrayLength());
    }

    [Fact]
    public async Task TemporaryFilesOfAKilledWriter_AreReportedByVerify_AndRemovedByTheNextAdd()
    {
        // given an archive holding the temporary file of a writer that no longer runs
        await _lib.Roots("init");
        _lib.Write("a.md", "# A\n\nfirst");
        await _lib.Roots("add", _lib.Inputs);
        string shard = Directory.EnumerateDirectories(Path.Combine(_lib.Library, "archive")).First();
        int deadPid = DeadProcessId();
        string stale = Path.Combine(shard, $".{new string('a', 64)}.{deadPid}.1.tmp");
        File.WriteAllBytes(stale, new byte[4096]);
        string live = Path.Combine(shard, $".{new string('b', 64)}.{Environment.ProcessId}.1.tmp");
        File.WriteAllBytes(live, new byte[16]);

        // then verify reports it
        var verify = await _lib.Roots("verify", "--json");
        Assert.Equal(1, verify.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(verify.Stdout).RootElement.GetProperty("staleTemporaryFiles").GetInt64());

        // and the next collection removes it, leaving a running writer's file alone
        _lib.Write("b.md", "# B\n\nsecond");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        File.Delete(live);
        Assert.Equal(0, (await _lib.Roots("verify")).ExitCode);
    }

    [Fact]
    public async Task KilledAdds_LeaveNoTemporaryFilesOnceTheNextAddRan()
    {
        await _lib.Roots("init");
        for (int i = 0; i < 400; i++)
        {
            _lib.Write($"bulk/{i:000}.md", $"# Bulk {i}\n\n{string.Concat(Enumerable.Repeat($"line {i} of a larger note. ", 400))}");
        }

        string archive = Path.Combine(_lib.Library, "archive");
        for (int kill = 0; kill < 3; kill++)
        {
            // killed once it has archived more than before: mid-write, whatever the machine's speed
            int before = Originals(archive);
            using var process = RootsProcess.Start(["add", _lib.Inputs, "--library", _lib.Library]);
            var stopwatch = Stopwatch.StartNew();
            while (!process.HasExited && Originals(archive) <= before + 20 && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(5);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }

        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_lib.Library, "archive"), ".*.tmp", SearchOption.AllDirectories));
        Assert.Equal(0, (await _lib.Roots("verify")).ExitCode);
        Assert.Equal(400, (await _lib.Json("list", "--all", "--json")).GetArrayLength());
    }

    [Fact]
    public async Task ReAddingASource_RestoresItsDamagedOriginal_SameSizeOrNot()
    {
        // given an item whose archived original had a byte changed (same size)
        await _lib.Roots("init");
        string source = _lib.Write("a.md", "# One\n\nthe original words");
        await _lib.Roots("add", _lib.Inputs);
        string original = (await _lib.Json("show", "1", "--json")).GetProperty("original").GetString()!;
        MakeWritable(original);
        byte[] bytes = File.ReadAllBytes(original);
        bytes[^1] ^= 0x20;
        File.WriteAllBytes(original, bytes);
        Assert.Equal(1, (await _lib.Roots("verify")).ExitCode);

        // when a copy of the source is added (same bytes: a duplicate, but its bytes are the original's)
        string copy = Path.Combine(_lib.Root, "copy.md");
        File.Copy(source, copy);
        var added = await _lib.Json("add", copy, "--json");

        // then the original is whole again
        Assert.Single(added.GetProperty("duplicates").EnumerateArray());
        Assert.Equal(0, (await _lib.Roots("verify")).ExitCode);

        // and when it is damaged again, add --refresh of the unchanged source (skipped by size and time otherwise) repairs it too
        MakeWritable(original);
        File.WriteAllBytes(original, bytes);
        Assert.Equal(1, (await _lib.Roots("verify")).ExitCode);
        Assert.Equal(0, (await _lib.Roots("add", source, "--refresh")).ExitCode);
        Assert.Equal(0, (await _lib.Roots("verify")).ExitCode);

        // and so does verify --repair, from the source file that still holds the bytes
        MakeWritable(original);
        File.WriteAllBytes(original, bytes);
        var repair = await _lib.Roots("verify", "--repair", "--json");
        Assert.True(repair.ExitCode == 0, repair.Stdout + repair.Stderr);
        Assert.Equal(1, JsonDocument.Parse(repair.Stdout).RootElement.GetProperty("repair").GetProperty("originalsRecovered").GetInt32());
    }

    [Fact]
    public async Task Sidecars_FollowTheUsersTags_AndVerifyRepairWritesMissingOnes()
    {
        await _lib.Roots("init");
        _lib.Write("a.md", "# A\n\nsome words");
        await _lib.Roots("add", _lib.Inputs, "--tag", "given");
        string original = (await _lib.Json("show", "1", "--json")).GetProperty("original").GetString()!;
        string sidecar = original + ".meta.json";
        Assert.Contains("\"given\"", File.ReadAllText(sidecar), StringComparison.Ordinal);

        await _lib.Roots("tag", "1", "+茶", "-given");
        string text = File.ReadAllText(sidecar);
        Assert.Contains("\"茶\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"given\"", text, StringComparison.Ordinal);

        File.Delete(sidecar);
        var verify = await _lib.Json("verify", "--json");
        Assert.Equal(1, verify.GetProperty("missingSidecars").GetInt64());
        Assert.True(verify.GetProperty("sound").GetBoolean());
        var repair = await _lib.Json("verify", "--repair", "--json");
        Assert.Equal(1, repair.GetProperty("repair").GetProperty("sidecarsWritten").GetInt32());
        Assert.Contains("\"茶\"", File.ReadAllText(sidecar), StringComparison.Ordinal);
    }

    /// <summary>The sources of the items a search finds, sorted (ids change on a rebuild, sources do not).</summary>
    private async Task<List<string>> SourcesFoundAsync(string query)
    {
        var sources = (await _lib.Json("list", "--all", "--json")).EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetInt64(), i => i.GetProperty("source").GetString()!);
        return [.. (await _lib.Json("search", query, "--limit", "100", "--json")).EnumerateArray().Select(r => sources[r.GetProperty("id").GetInt64()]).Order(StringComparer.Ordinal)];
    }

    /// <summary>Each item by source: what a rebuild must bring back (ids may differ).</summary>
    private async Task<Dictionary<string, string>> ItemsAsync()
    {
        var items = await _lib.Json("list", "--all", "--json");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items.EnumerateArray())
        {
            string tags = string.Join(",", item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Order(StringComparer.Ordinal));
            result[item.GetProperty("source").GetString()!] = string.Join(" | ",
                item.GetProperty("title").GetString(), item.GetProperty("lang").GetString(), item.GetProperty("kind").GetString(), tags,
                item.GetProperty("version").GetInt32(), item.GetProperty("created").GetString()![..16]);
        }

        return result;
    }

    private async Task LoseDatabaseAsync()
    {
        if (StoreUnderTest.IsPostgres)
        {
            StoreUnderTest.Drop(_lib.Library);
            await Task.CompletedTask;
            return;
        }

        foreach (string file in Directory.EnumerateFiles(_lib.Library, "roots.db*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The two essays Roots was designed from (../shared/seeds beside the checkout); where the
    /// checkout has no shared folder, the bilingual articles of the quickstart sample.
    /// </summary>
    private static IEnumerable<string> SeedEssays()
    {
        var above = new List<DirectoryInfo>();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            above.Add(dir);
        }

        var seeds = above.Select(d => Path.Combine(d.FullName, "shared", "seeds")).FirstOrDefault(d => Directory.Exists(d) && Directory.EnumerateFiles(d).Any());
        var samples = above.Select(d => Path.Combine(d.FullName, "samples", "quickstart", "articles")).FirstOrDefault(Directory.Exists);
        return Directory.EnumerateFiles(seeds ?? samples ?? throw new DirectoryNotFoundException("neither ../shared/seeds nor samples/quickstart/articles found"));
    }

    private static int Originals(string archive) =>
        Directory.Exists(archive) ? Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f).Length == 64) : 0;

    private static void MakeWritable(string path)
    {
        File.SetAttributes(path, FileAttributes.Normal);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
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
