using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary>
/// <c>roots embed</c> killed after it saved vectors but before it stored the related links they give
/// leaves those items marked in the store (with their vectors, in the same transaction); the next
/// run stores their links even when no item waits for vectors, so the library ends with the related
/// links an uninterrupted run gives (local MiniLM, offline).
/// </summary>
public sealed class EmbedKillTests : IDisposable
{
    private const int Items = 200;

    private static readonly string[] Themes =
    [
        "green tea grown on the misty hills of Fujian and brewed in small clay pots",
        "web archives that keep WARC files of pages a crawler saw",
        "river towns where boats carry goods along the canals",
        "mountain trails for hiking above the tree line in summer",
        "sourdough bread baked with a starter fed every morning",
        "jazz piano improvisation over standard chord changes",
        "solar panels on roofs and batteries that store the power",
        "birds that migrate south in autumn along the coast",
        "chess openings and the plans that follow them",
        "knitting warm wool sweaters by hand in winter",
    ];

    private readonly TempLibrary _lib = new();
    private readonly TempLibrary _twin = new();

    public void Dispose()
    {
        _lib.Dispose();
        _twin.Dispose();
    }

    [Fact]
    public async Task EmbedKilledRightAfterSavingVectors_TheNextRunStoresTheirRelatedLinks()
    {
        // given a library and its twin, with the same items and no vectors
        await ImportAsync(_lib);
        await ImportAsync(_twin);

        // when an embed dies (SIGKILL) right after committing its first batch of vectors
        var crashed = await RootsProcess.RunAsync(["embed", "--library", _lib.Library], environment: new Dictionary<string, string> { ["ROOTS_TEST_CRASH_AT"] = "embed-after-vectors" });
        Assert.True(crashed.ExitCode == 137, $"exit {crashed.ExitCode}: {crashed.Stderr}");
        Assert.True(Embedded(_lib) > 0, "the first batch's vectors were committed");
        Assert.Empty(RelatedLinks(_lib));

        // and the next embed runs to the end, as does the twin's only one
        await EmbedAsync(_lib);
        await EmbedAsync(_twin);

        // then the library has the related links of the uninterrupted twin
        AssertSameRelatedLinks();
    }

    [Fact]
    public async Task EmbedKilledAtRandomMoments_ThenRunToTheEnd_HasTheRelatedLinksOfAnUninterruptedRun()
    {
        // given a library and its twin, with the same items and no vectors
        await ImportAsync(_lib);
        await ImportAsync(_twin);

        // when roots embed is killed a few times, each time once it has saved some vectors, at a random moment after
        var random = new Random(20260602);
        var log = new List<string>();
        for (int round = 1; round <= 5 && Embedded(_lib) < Items; round++)
        {
            long before = Embedded(_lib);
            using var process = RootsProcess.Start(["embed", "--library", _lib.Library]);
            process.StandardInput.Close();
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && Embedded(_lib) == before && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(10);
            }

            int extra = random.Next(0, 400);
            await Task.Delay(extra);
            bool killed = !process.HasExited;
            if (killed)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            log.Add($"round {round}: {(killed ? "killed" : "ended")} {extra} ms after vectors appeared, {Embedded(_lib)} items with vectors");
        }

        // and roots embed then runs to the end, as does the twin's only one
        await EmbedAsync(_lib);
        await EmbedAsync(_twin);

        // then every item has its vectors and the related links of the uninterrupted twin
        Assert.True(Embedded(_lib) == Items, string.Join("; ", log));
        AssertSameRelatedLinks(string.Join("; ", log));
    }

    private void AssertSameRelatedLinks(string context = "")
    {
        var expected = RelatedLinks(_twin);
        var actual = RelatedLinks(_lib);
        Assert.True(expected.Count > Items, $"the twin has only {expected.Count} related links");
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{actual.Count} related links, the twin has {expected.Count}; missing {missing.Count} (e.g. {string.Join(", ", missing.Take(5))}), extra {extra.Count} (e.g. {string.Join(", ", extra.Take(5))}). {context}");
    }

    private static async Task EmbedAsync(TempLibrary library)
    {
        var outcome = await library.Roots("embed", "--json");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(0, JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("pending").GetInt64());
    }

    private static long Embedded(TempLibrary library)
    {
        try
        {
            return long.Parse(StoreUnderTest.Rows(library.Library, "SELECT count(*) FROM embeddings")[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (System.Data.Common.DbException)
        {
            return 0; // busy, or the schema is not there yet
        }
    }

    /// <summary>Every related link as "source → target", by the items' external ids (the twins' ids match, but need not).</summary>
    private static HashSet<string> RelatedLinks(TempLibrary library) => StoreUnderTest.Rows(library.Library,
        """
        SELECT s.external_id, t.external_id FROM links l
        JOIN items s ON s.id = l.source_id JOIN items t ON t.id = l.target_id
        WHERE l.kind = 'related'
        """).Select(r => r.Replace("|", " → ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    private static async Task ImportAsync(TempLibrary library)
    {
        Assert.Equal(0, (await library.Roots("init")).ExitCode);
        var lines = new StringBuilder();
        for (int i = 0; i < Items; i++)
        {
            string theme = Themes[i % Themes.Length];
            string text = $"Note {i} is about {theme}. It was written on day {i * 7 % 31 + 1}, and it adds detail number {i * 7919 % 1000} to the others on {theme.Split(' ')[0]} {theme.Split(' ')[1]}.";
            lines.AppendLine(JsonSerializer.Serialize(new { _id = $"n{i:000}", title = $"Note {i}", text }));
        }

        string file = library.Write("notes.jsonl", lines.ToString());
        var imported = await library.Roots("import", file);
        Assert.True(imported.ExitCode == 0, imported.Stderr);
    }
}
