using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary>
/// <c>roots copy</c> between stores. On the default run both libraries are SQLite; on the PostgreSQL pass
/// (StoreUnderTest) the default library is PostgreSQL, so the copy goes SQLite → PostgreSQL → SQLite.
/// </summary>
public sealed class CopyTests : IDisposable
{
    private readonly TempLibrary _lib = new();

    public void Dispose()
    {
        StoreUnderTest.Drop(Target);
        _lib.Dispose();
    }

    private string Target => Path.Combine(_lib.Root, "copy");

    private string Back => Path.Combine(_lib.Root, "back");

    [Fact]
    public async Task Copy_MovesEverything_AndBothSidesHashAlike_ThereAndBack()
    {
        // given a SQLite library with items, versions, tags, a removed tag, links and identifiers
        Assert.Equal(0, (await _lib.Roots("init", "--store", "sqlite")).ExitCode);
        _lib.Write("a.md", "# Tea archives\n\nNotes on tea and archives, citing https://doi.org/10.5281/zenodo.1234567 and Tuya's Night.");
        _lib.Write("b.md", "# Tuya's Night\n\n涂鸦之夜：a second note about tea, with ORCID 0009-0009-5318-3027.");
        _lib.Write("c.md", "# Third\n\nA third note on archives.");
        await _lib.Roots("add", _lib.Inputs);
        _lib.Write("c.md", "# Third\n\nA third note on archives, revised.");
        await _lib.Roots("add", _lib.Inputs);
        await _lib.Roots("tag", "1", "+tea", "+drop");
        await _lib.Roots("tag", "1", "-drop");

        // (ids by file: a loaded machine may keep c.md in an earlier batch than a.md and b.md)
        var ids = (await _lib.Json("list", "--json")).EnumerateArray()
            .ToDictionary(i => Path.GetFileName(i.GetProperty("source").GetString()!), i => i.GetProperty("id").GetInt64());

        // when it is copied into a new library on the default store, and from there into a new SQLite library
        Assert.Equal(0, (await RootsProcess.RunAsync(["init", "--library", Target])).ExitCode);
        var there = await RootsProcess.RunAsync(["copy", "--from", _lib.Library, "--to", Target, "--json"]);
        Assert.Equal(0, (await RootsProcess.RunAsync(["init", "--library", Back, "--store", "sqlite"])).ExitCode);
        var back = await RootsProcess.RunAsync(["copy", "--from", Target, "--to", Back, "--json"]);

        // then every table matches on both sides of both copies
        foreach (var outcome in new[] { there, back })
        {
            Assert.True(outcome.ExitCode == 0, outcome.Stderr + outcome.Stdout);
            var report = JsonDocument.Parse(outcome.Stdout).RootElement;
            Assert.True(report.GetProperty("match").GetBoolean());
            var tables = report.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("table").GetString()!, t => t);
            Assert.Equal(3, tables["items"].GetProperty("toRows").GetInt64());
            Assert.Equal(4, tables["versions"].GetProperty("toRows").GetInt64());
            Assert.Equal(1, tables["removed_tags"].GetProperty("toRows").GetInt64());
            Assert.True(tables["identifiers"].GetProperty("toRows").GetInt64() >= 2);
            Assert.All(tables.Values, t => Assert.Equal(t.GetProperty("fromHash").GetString(), t.GetProperty("toHash").GetString()));
        }

        // and the copies work: search, show with versions and tags, verify against the copied originals
        foreach (string library in new[] { Target, Back })
        {
            var hits = JsonDocument.Parse((await RootsProcess.RunAsync(["search", "涂鸦", "--json", "--library", library])).Stdout).RootElement;
            Assert.Equal(ids["b.md"], hits[0].GetProperty("id").GetInt64());
            var shown = JsonDocument.Parse((await RootsProcess.RunAsync(["show", ids["c.md"].ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--library", library])).Stdout).RootElement;
            Assert.Equal(2, shown.GetProperty("versions").GetArrayLength());
            Assert.Equal(0, (await RootsProcess.RunAsync(["verify", "--library", library])).ExitCode);
            // a new item after the copy gets the next id, not one of the copied ones
            File.WriteAllText(Path.Combine(_lib.Root, "new.md"), "# After the copy\n\nA fourth note.");
            var added = JsonDocument.Parse((await RootsProcess.RunAsync(["add", Path.Combine(_lib.Root, "new.md"), "--json", "--library", library])).Stdout).RootElement;
            Assert.Equal(1, added.GetProperty("added").GetInt32());
            Assert.Equal(4, JsonDocument.Parse((await RootsProcess.RunAsync(["list", "--json", "--library", library])).Stdout).RootElement.GetArrayLength());
        }
    }

    [Fact]
    public async Task Copy_IntoALibraryThatHoldsItems_IsRefused()
    {
        await _lib.Roots("init");
        _lib.Write("a.md", "# One\n\nfirst");
        await _lib.Roots("add", _lib.Inputs);

        var outcome = await RootsProcess.RunAsync(["copy", "--from", _lib.Library, "--to", _lib.Library]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(0, (await RootsProcess.RunAsync(["init", "--library", Target])).ExitCode);
        await RootsProcess.RunAsync(["copy", "--from", _lib.Library, "--to", Target]);
        var again = await RootsProcess.RunAsync(["copy", "--from", _lib.Library, "--to", Target]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("is not empty", again.Stderr, StringComparison.Ordinal);
    }
}
