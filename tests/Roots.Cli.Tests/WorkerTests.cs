using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary><c>roots add --queue</c> and <c>roots worker</c>: jobs shared by several workers, and a worker killed mid-run.</summary>
public sealed class WorkerTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Queue_ThenWorker_CollectsEverything_AndQueueingAgainQueuesNothing()
    {
        await _lib.Roots("init");
        WriteDocuments(50);
        _lib.Write("bad.pdf", "%PDF-1.7 not really a pdf");

        var queued = await _lib.Json("add", "--queue", _lib.Inputs, Path.Combine(_lib.Inputs, "missing"), "--json");
        Assert.Equal(51, queued.GetProperty("queued").GetInt32());
        Assert.Equal("no such file or folder", Assert.Single(queued.GetProperty("failures").EnumerateArray()).GetProperty("reason").GetString());
        Assert.Equal(0, (await _lib.Json("list", "--json")).GetArrayLength());

        var worked = await _lib.Roots("worker", "--until-empty", "--json");

        Assert.Equal(3, worked.ExitCode); // the broken PDF failed, the rest were kept
        var report = JsonDocument.Parse(worked.Stdout).RootElement;
        Assert.Equal(50, report.GetProperty("added").GetInt32());
        Assert.EndsWith("bad.pdf", Assert.Single(report.GetProperty("failures").EnumerateArray()).GetProperty("input").GetString(), StringComparison.Ordinal);
        var counts = (await _lib.Json("jobs", "--json")).GetProperty("counts");
        Assert.Equal(50, counts.GetProperty("done").GetInt32());
        Assert.Equal(1, counts.GetProperty("dead").GetInt32());

        var again = await _lib.Json("add", "--queue", _lib.Inputs, "--json");
        Assert.Equal(0, again.GetProperty("queued").GetInt32());
        Assert.Equal(51, again.GetProperty("known").GetInt32());
    }

    [Fact]
    public async Task TwoWorkers_ShareOneQueue_WithoutDoingAnyJobTwice()
    {
        const int Count = 600;
        await _lib.Roots("init");
        WriteDocuments(Count);
        await _lib.Roots("add", "--queue", _lib.Inputs);

        var first = _lib.Roots("worker", "--until-empty", "--concurrency", "1", "--json");
        var second = _lib.Roots("worker", "--until-empty", "--concurrency", "1", "--json");
        var outcomes = await Task.WhenAll(first, second);

        Assert.All(outcomes, o => Assert.True(o.ExitCode == 0, o.Stderr));
        int added = outcomes.Sum(o => JsonDocument.Parse(o.Stdout).RootElement.GetProperty("added").GetInt32());
        int unchanged = outcomes.Sum(o => JsonDocument.Parse(o.Stdout).RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(Count, added);
        Assert.Equal(0, unchanged); // no file was read by both
        Assert.Equal(Count, (await _lib.Json("list", "--limit", "100000", "--json")).GetArrayLength());
    }

    [Fact]
    public async Task WorkerKilledMidRun_ItsJobsAreTakenUpAfterTheLease_AndNothingIsLostOrDoubled()
    {
        const int Count = 1500;
        await _lib.Roots("init");
        WriteDocuments(Count);
        await _lib.Roots("add", "--queue", _lib.Inputs);

        // when a worker is killed (SIGKILL) once it has finished some jobs, holding others under its lease
        using (var process = RootsProcess.Start(["worker", "--lease", "2", "--concurrency", "1", "--library", _lib.Library]))
        {
            // The worker prints a progress line on stderr after each chunk it settles: wait for the first.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            string? line;
            while ((line = await process.StandardError.ReadLineAsync(timeout.Token)) is not null && !line.Contains(" jobs: ", StringComparison.Ordinal))
            {
            }

            Assert.True(line is not null, "the worker exited before settling a chunk");
            Assert.True(await DoneAsync() > 0);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        // then another worker takes up the rest, including the dead worker's jobs once their lease ran out
        var rest = await _lib.Roots("worker", "--until-empty", "--lease", "2", "--json");
        Assert.True(rest.ExitCode == 0, rest.Stderr);
        Assert.Equal(Count, (await _lib.Json("list", "--limit", "100000", "--json")).GetArrayLength());
        var counts = (await _lib.Json("jobs", "--json")).GetProperty("counts");
        Assert.Equal(Count, counts.GetProperty("done").GetInt32());
        Assert.Equal(0, (await _lib.Roots("verify")).ExitCode);
    }

    private void WriteDocuments(int count)
    {
        for (int i = 0; i < count; i++)
        {
            _lib.Write($"docs/{i / 100:00}/{i:0000}.md", $"# Worker note {i}\n\nQueued document {i} about tea, archives and 中文检索 {i * 7919 % 1000}.");
        }
    }

    private async Task<int> DoneAsync()
    {
        var counts = (await _lib.Json("jobs", "--json")).GetProperty("counts");
        return counts.TryGetProperty("done", out var done) ? done.GetInt32() : 0;
    }
}
