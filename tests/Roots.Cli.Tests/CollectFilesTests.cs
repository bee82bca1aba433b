using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary>
/// <c>roots add</c>, <c>add --queue</c> + <c>worker</c> and <c>watch</c> over folders holding what
/// real folders hold: names in GBK (a zip from Chinese Windows), a fifo, a device, the library itself.
/// </summary>
public sealed class CollectFilesTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose()
    {
        // .NET cannot delete what it cannot name: rm can.
        RawNames.Shell(_lib.Root, "rm -rf inputs");
        _lib.Dispose();
    }

    [Fact]
    public async Task Add_FolderWithAGbkNamedFile_CollectsItUnderItsChineseName_AndTheRest()
    {
        // given a folder unpacked from a zip made on Chinese Windows
        await _lib.Roots("init");
        WriteGbkFolder();

        // when
        var added = await _lib.Roots("add", _lib.Inputs, "--json");

        // then everything is kept, the GBK file under a readable name
        Assert.True(added.ExitCode == 0, added.Stderr);
        Assert.Equal(3, JsonDocument.Parse(added.Stdout).RootElement.GetProperty("added").GetInt32());
        Assert.Contains(Path.Combine(_lib.Inputs, "中文.md"), Sources(await _lib.Json("list", "--json")));

        // and adding again reads nothing twice
        var again = await _lib.Json("add", _lib.Inputs, "--json");
        Assert.Equal((0, 3), (again.GetProperty("added").GetInt32(), again.GetProperty("unchanged").GetInt32()));
    }

    [Fact]
    public async Task Add_AShellGlobInAGbkFolder_CollectsEveryFile()
    {
        // given `roots add *.md` typed in the folder: the shell passes the GBK name's raw bytes
        await _lib.Roots("init");
        WriteGbkFolder();

        RawNames.Shell(_lib.Inputs, $"ROOTS_EMBED=off NO_COLOR=1 dotnet '{RootsProcess.Dll}' add *.md --library '{_lib.Library}' > added.json 2> added.err --json || true");

        // then all three are kept, the GBK one under its readable name
        string report = File.ReadAllText(Path.Combine(_lib.Inputs, "added.json"));
        Assert.Equal(3, JsonDocument.Parse(report).RootElement.GetProperty("added").GetInt32());
        Assert.Contains(Path.Combine(_lib.Inputs, "中文.md"), Sources(await _lib.Json("list", "--json")));
    }

    [Fact]
    public async Task QueueThenWorker_FolderWithAGbkNamedFile_CollectsEverything()
    {
        await _lib.Roots("init");
        WriteGbkFolder();

        var queued = await _lib.Json("add", "--queue", _lib.Inputs, "--json");
        var worked = await _lib.Roots("worker", "--until-empty", "--json");

        Assert.Equal(3, queued.GetProperty("queued").GetInt32());
        Assert.True(worked.ExitCode == 0, worked.Stderr + worked.Stdout);
        Assert.Equal(3, JsonDocument.Parse(worked.Stdout).RootElement.GetProperty("added").GetInt32());
        Assert.Contains(Path.Combine(_lib.Inputs, "中文.md"), Sources(await _lib.Json("list", "--json")));
    }

    [Fact]
    public async Task Watch_FolderWithAGbkNamedFile_CollectsEverything()
    {
        await _lib.Roots("init");
        WriteGbkFolder();

        // when roots watch makes its first round (it prints one summary line per round that did something)
        using var watch = RootsProcess.Start(["watch", _lib.Inputs, "--library", _lib.Library]);
        var lines = new List<string>();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            string? line;
            while ((line = await watch.StandardError.ReadLineAsync(timeout.Token)) is not null)
            {
                lines.Add(line);
                if (line.Contains(" added", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        watch.Kill(entireProcessTree: true);
        await watch.WaitForExitAsync();

        // then it kept all three and goes on watching
        Assert.Contains("3 added, 0 updated, 0 duplicates, 0 failed", lines.LastOrDefault() ?? "", StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_lib.Inputs, "中文.md"), Sources(await _lib.Json("list", "--json")));
    }

    [Fact]
    public async Task Add_FolderWithAFifo_SkipsItWithItsKind_AndKeepsTheRest()
    {
        // given a named pipe no one writes to: reading it would wait forever
        await _lib.Roots("init");
        _lib.Write("a.md", "# Tea\n\nOolong grows on the hills of Fujian.");
        RawNames.Fifo(Path.Combine(_lib.Inputs, "pipe.md"));

        var added = await _lib.Roots("add", _lib.Inputs);

        Assert.True(added.ExitCode == 0, added.Stderr);
        Assert.Contains($"skipped {Path.Combine(_lib.Inputs, "pipe.md")}: not a regular file: fifo", added.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 added", added.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ADevice_IsRefusedAsNotARegularFile()
    {
        await _lib.Roots("init");

        var added = await _lib.Roots("add", "/dev/zero");

        Assert.Equal(1, added.ExitCode);
        Assert.Contains("failed /dev/zero: not a regular file: character device", added.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_TheLibraryFolderOrAFolderAboveIt_CollectsNoneOfTheLibrarysOwnFiles()
    {
        // given a library with something kept (so roots.db, archive/ hold data) and notes beside it
        await _lib.Roots("init");
        _lib.Write("a.md", "# Tea\n\nOolong grows on the hills of Fujian.");
        await _lib.Roots("add", _lib.Inputs);

        // when the library folder itself is added (roots add . inside it)
        var inside = await _lib.Roots("add", _lib.Library);

        // then nothing is collected and one line says why
        Assert.True(inside.ExitCode == 0, inside.Stderr);
        Assert.Contains($"skipped {_lib.Library}: a Roots library folder", inside.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 added", inside.Stderr, StringComparison.Ordinal);

        // and a folder above it collects the notes only
        var above = await _lib.Json("add", _lib.Root, "--json");
        Assert.Equal(_lib.Library, Assert.Single(above.GetProperty("skipped").EnumerateArray()).GetProperty("input").GetString());
        Assert.Equal((0, 1), (above.GetProperty("added").GetInt32(), above.GetProperty("unchanged").GetInt32()));
        Assert.Equal([Path.Combine(_lib.Inputs, "a.md")], Sources(await _lib.Json("list", "--json")));
    }

    [Fact]
    public async Task Add_Utf16NoteWithoutByteOrderMark_IsCollectedAsText()
    {
        // given a note PowerShell wrote (Out-File -Encoding Unicode without a BOM)
        await _lib.Roots("init");
        _lib.Write("note.txt", System.Text.Encoding.Unicode.GetBytes("乌龙茶\r\n\r\nOolong grows on the hills of Fujian.\r\n"));

        var added = await _lib.Roots("add", _lib.Inputs);

        Assert.True(added.ExitCode == 0, added.Stderr);
        var item = Assert.Single((await _lib.Json("list", "--json")).EnumerateArray());
        Assert.Equal("乌龙茶", item.GetProperty("title").GetString());
    }

    private void WriteGbkFolder()
    {
        _lib.Write("a.md", "# Tea\n\nOolong grows on the hills of Fujian.");
        RawNames.Write(_lib.Inputs, RawNames.GbkChineseMd, "# 中文笔记\n\n乌龙茶产于福建的山上。");
        _lib.Write("z.md", "# Archives\n\nWeb archives keep pages that vanish.");
    }

    private static List<string> Sources(JsonElement list) => [.. list.EnumerateArray().Select(item => item.GetProperty("source").GetString()!)];
}
