using System.Diagnostics;
using System.Text.Json;

namespace Roots.Cli.Tests;

public sealed class VerifyAndRecoveryTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Verify_TamperedOriginal_IsReportedAndExitsOne()
    {
        await _lib.Roots("init");
        _lib.Write("a.md", "# One\n\nfirst");
        _lib.Write("b.md", "# Two\n\nsecond");
        await _lib.Roots("add", _lib.Inputs);
        Assert.Equal(0, (await _lib.Roots("verify")).ExitCode);

        // when an archived original is changed behind Roots' back
        string original = (await _lib.Json("show", "1", "--json")).GetProperty("original").GetString()!;
        File.SetAttributes(original, FileAttributes.Normal);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(original, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.WriteAllText(original, "# One\n\ntampered");

        var outcome = await _lib.Roots("verify", "--json");

        Assert.Equal(1, outcome.ExitCode);
        var report = JsonDocument.Parse(outcome.Stdout).RootElement;
        Assert.False(report.GetProperty("sound").GetBoolean());
        var problem = Assert.Single(report.GetProperty("problems").EnumerateArray()).GetString();
        Assert.StartsWith("item 1 version 1:", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_RebuildsSearch()
    {
        await _lib.Roots("init");
        _lib.Write("a.md", "# 索引\n\n重建索引以后仍然可以搜索到中文内容。");
        await _lib.Roots("add", _lib.Inputs);

        var outcome = await _lib.Roots("reindex");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("reindexed 1 items", outcome.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, (await _lib.Json("search", "中文内容", "--json")).GetArrayLength());
    }

    [Fact]
    public async Task KillDuringAdd_LeavesAVerifiableLibrary_AndARerunFinishesWithoutDuplicates()
    {
        // given a folder of many small documents
        await _lib.Roots("init");
        const int Count = 1500;
        for (int i = 0; i < Count; i++)
        {
            _lib.Write($"bulk/{i / 100:00}/{i:0000}.md", $"# Note {i}\n\nThis is note number {i} about tea, archives and 中文检索 {i * 7919 % 1000}.");
        }

        // when an add is killed (SIGKILL) once it has started keeping items
        using (var process = RootsProcess.Start(["add", _lib.Inputs, "--library", _lib.Library]))
        {
            var stopwatch = Stopwatch.StartNew();
            while (!process.HasExited && CountItems() == 0 && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(20);
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        // then the database and every kept original verify; what the killed run archived but did
        // not keep is counted and explained (a re-run or verify --repair collects it), nothing else
        var verify = await _lib.Roots("verify", "--json");
        var problems = JsonDocument.Parse(verify.Stdout).RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.True(problems.All(p => p.StartsWith("archive:", StringComparison.Ordinal)), verify.Stdout + verify.Stderr);
        Assert.Equal(problems.Count == 0 ? 0 : 1, verify.ExitCode);

        // and re-running finishes the job without duplicating anything
        var rerun = await _lib.Json("add", _lib.Inputs, "--json");
        Assert.Equal(0, rerun.GetProperty("failures").GetArrayLength());
        Assert.Equal(0, rerun.GetProperty("duplicates").GetArrayLength());
        Assert.Equal(Count, rerun.GetProperty("added").GetInt32() + rerun.GetProperty("unchanged").GetInt32());
        Assert.Equal(Count, (await _lib.Json("list", "--limit", "100000", "--json")).GetArrayLength());
        Assert.Equal(0, (await _lib.Roots("verify")).ExitCode);
    }

    [Fact]
    public async Task CtrlC_DuringAdd_KeepsWhatWasDoneAndExits130()
    {
        await _lib.Roots("init");
        const int Count = 5000;
        string body = string.Concat(Enumerable.Repeat("中断以后重新运行同一个命令，已经保存的内容不会重复。", 20));
        for (int i = 0; i < Count; i++)
        {
            _lib.Write($"bulk/{i / 500}/{i:0000}.md", $"# 笔记 {i}\n\n{body}{i}");
        }

        using var process = RootsProcess.Start(["add", _lib.Inputs, "--library", _lib.Library]);
        var stderr = process.StandardError.ReadToEndAsync();
        var stopwatch = Stopwatch.StartNew();
        while (!process.HasExited && CountItems() == 0 && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        bool interrupted = !process.HasExited;
        if (interrupted)
        {
            Assert.Equal(0, Signals.Kill(process.Id, Signals.Interrupt));
        }

        await process.WaitForExitAsync();

        // A shell that starts its children with SIGINT ignored (a non-interactive script running
        // the tests in the background) makes Ctrl-C impossible to deliver; then the add completes.
        if (interrupted && !Signals.InterruptIgnoredByThisProcess())
        {
            Assert.Equal(130, process.ExitCode);
            Assert.Contains("run the same command again", await stderr, StringComparison.Ordinal);
        }

        Assert.Equal(0, (await _lib.Roots("verify")).ExitCode);
        var rerun = await _lib.Json("add", _lib.Inputs, "--json");
        Assert.Equal(Count, rerun.GetProperty("added").GetInt32() + rerun.GetProperty("unchanged").GetInt32());
    }

    private long CountItems() => StoreUnderTest.CountItems(_lib.Library);
}
