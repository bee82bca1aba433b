using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary>
/// <c>kill -9</c> during <c>roots publish</c> leaves every page of the site folder whole (the old
/// page or the new one, never half of either): each file is written to a temporary file beside it
/// and renamed over it; a later publish clears the temporaries a killed one left.
/// </summary>
public sealed class PublishKillTests : IDisposable
{
    private const int Items = 300;
    private const int Kills = 8;

    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task KillDuringPublish_AtRandomMoments_LeavesOnlyCompletePages()
    {
        // given a library of a few hundred items with pages of some length, published once
        await ImportAsync();
        string site = Path.Combine(_lib.Library, "site");
        var clock = Stopwatch.StartNew();
        var first = await Publish(0);
        var full = clock.Elapsed;
        Assert.True(first.ExitCode == 0, first.Stderr);
        AssertEveryPageComplete(site, "after the first publish");

        // when publishes that rewrite every page (a new base URL each time) are killed at random moments
        var random = new Random(20260601);
        var moments = new List<int>();
        for (int round = 1; round <= Kills; round++)
        {
            int at = (int)(full.TotalMilliseconds * (0.25 + (random.NextDouble() * 0.85)));
            moments.Add(at);
            using var process = RootsProcess.Start(PublishArgs(round));
            process.StandardInput.Close();
            await Task.Delay(at);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();

            // then after each kill, every page in the folder is complete
            AssertEveryPageComplete(site, $"after the kill at {at} ms of round {round} (a full publish took {full.TotalMilliseconds:0} ms)");
        }

        // and a publish run to the end leaves no temporary file behind
        var last = await Publish(Kills + 1);
        Assert.True(last.ExitCode == 0, last.Stderr);
        AssertEveryPageComplete(site, "after the last publish");
        Assert.Empty(Directory.EnumerateFiles(site, ".*.tmp", SearchOption.AllDirectories));
        Assert.True(moments.Count == Kills, string.Join(", ", moments));
    }

    private Task<RootsProcess.Outcome> Publish(int round) => RootsProcess.RunAsync(PublishArgs(round));

    private string[] PublishArgs(int round) =>
        ["publish", "--base-url", $"https://round{round}.example/", "--yes", "--library", _lib.Library];

    private static void AssertEveryPageComplete(string site, string when)
    {
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > Items, $"{when}: only {pages.Count} pages");
        var broken = pages.Where(p => !File.ReadAllText(p).TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
            .Select(p => $"{Path.GetRelativePath(site, p)} ({new FileInfo(p).Length} bytes)").ToList();
        Assert.True(broken.Count == 0, $"{when}: {broken.Count} truncated pages: {string.Join(", ", broken.Take(10))}");
    }

    private async Task ImportAsync()
    {
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        var lines = new StringBuilder();
        for (int i = 0; i < Items; i++)
        {
            string text = string.Join("\n\n", Enumerable.Range(0, 40).Select(p =>
                $"Paragraph {p} of note {i}: archives, tea gardens and river towns, item {i * 7919 % 1000} in a long series of notes."));
            lines.AppendLine(JsonSerializer.Serialize(new { _id = $"n{i}", title = $"Note {i}", text, tags = new[] { $"t{i % 10}" } }));
        }

        string file = _lib.Write("notes.jsonl", lines.ToString());
        var imported = await _lib.Roots("import", file);
        Assert.True(imported.ExitCode == 0, imported.Stderr);
    }
}
