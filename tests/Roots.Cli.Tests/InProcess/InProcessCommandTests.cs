using System.Text.Json;

namespace Roots.Cli.Tests.InProcess;

/// <summary>Commands run in process (<see cref="InProcessRoots"/>): parsing, the use case, and what is printed, without a process per command.</summary>
public sealed class InProcessCommandTests : IDisposable
{
    private readonly InProcessRoots _roots = new();
    private readonly string _root = Directory.CreateTempSubdirectory("roots-inproc-").FullName;

    private string Library => Path.Combine(_root, "library");

    [Fact]
    public async Task AddThenSearch_FindsAChineseNote_AndPrintsJson()
    {
        await InitAsync();
        string notes = Directory.CreateDirectory(Path.Combine(_root, "notes")).FullName;
        await File.WriteAllTextAsync(Path.Combine(notes, "分词.md"), "# 中文分词的歧义\n\n南京市长江大桥是一个经典的分词歧义例子。\n");
        await File.WriteAllTextAsync(Path.Combine(notes, "warc.md"), "# Web archiving\n\nWARC files keep what a crawler fetched.\n");

        var added = await _roots.RunAsync(["add", notes, "--json", "--library", Library]);
        Assert.True(added.ExitCode == 0, added.Errors);
        using (var report = JsonDocument.Parse(added.Output))
        {
            Assert.Equal(2, report.RootElement.GetProperty("added").GetInt32());
        }

        var found = await _roots.RunAsync(["search", "长江大桥", "--json", "--library", Library]);
        Assert.True(found.ExitCode == 0, found.Errors);
        using var hits = JsonDocument.Parse(found.Output);
        var first = Assert.Single(hits.RootElement.EnumerateArray());
        Assert.Equal("中文分词的歧义", first.GetProperty("title").GetString());
    }

    [Fact]
    public async Task NoteFromStdin_IsKept_AndTaggedFromTheCommandLine()
    {
        await InitAsync();

        var noted = await _roots.RunAsync(["add", "-", "--tag", "tea", "--json", "--library", Library], stdin: "# 龙井\n\n明前龙井，清香。\n");
        Assert.True(noted.ExitCode == 0, noted.Errors);

        var listed = await _roots.RunAsync(["list", "--tag", "tea", "--json", "--library", Library]);
        using var items = JsonDocument.Parse(listed.Output);
        Assert.Equal("龙井", Assert.Single(items.RootElement.EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnknownItem_IsOneLineOnStderr_AndAFailingExitCode()
    {
        await InitAsync();

        var shown = await _roots.RunAsync(["show", "999", "--library", Library]);

        Assert.NotEqual(0, shown.ExitCode);
        Assert.Contains("no item", shown.Errors, StringComparison.Ordinal);
        Assert.Single(shown.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("", shown.Output.Trim());
    }

    [Fact]
    public async Task HostsClockAndEnvironment_AreTheEngines_NotTheMachines()
    {
        // A host (here a test) gives the engine its own clock and environment: what is kept is dated by that
        // clock, and ROOTS_LIBRARY is read from that environment, never the process's.
        var clock = new Roots.TestKit.ManualClock(new DateTimeOffset(2031, 5, 6, 23, 30, 0, TimeSpan.Zero));
        var roots = new InProcessRoots(new Dictionary<string, string> { ["ROOTS_LIBRARY"] = Library, ["ROOTS_EMBED"] = "off" }, clock);
        Assert.Equal(0, (await roots.RunAsync(["init"])).ExitCode);

        var noted = await roots.RunAsync(["add", "-", "--json"], stdin: "# 立夏\n\n立夏尝新。\n");
        Assert.True(noted.ExitCode == 0, noted.Errors);
        var shown = await roots.RunAsync(["show", "1", "--json"]);
        Assert.True(shown.ExitCode == 0, shown.Errors);
        using var item = JsonDocument.Parse(shown.Output);
        Assert.Equal(clock.GetUtcNow(), item.RootElement.GetProperty("item").GetProperty("created").GetDateTimeOffset());
        Assert.Equal(clock.GetUtcNow(), item.RootElement.GetProperty("versions")[0].GetProperty("collected").GetDateTimeOffset());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private async Task InitAsync()
    {
        var init = await _roots.RunAsync(["init", "--library", Library]);
        Assert.True(init.ExitCode == 0, init.Errors);
        // Collection here must not start a background embedder process from the test host.
        await File.AppendAllTextAsync(Path.Combine(Library, "roots.yaml"), "\nembeddings:\n  mode: off\n");
    }
}
