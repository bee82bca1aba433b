using System.Text.Json;
using System.Xml.Linq;

namespace Roots.Cli.Tests;

/// <summary>Embeddings, semantic and hybrid search, related items, mentions and the link graph, end to end.</summary>
public sealed class ConnectTests : IDisposable
{
    private static readonly Dictionary<string, string> Inline = new() { ["ROOTS_EMBED"] = "inline" };
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    private async Task<JsonElement> JsonWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var outcome = await _lib.RootsWithEnvironment(environment, args);
        Assert.True(outcome.ExitCode == 0, $"roots {string.Join(' ', args)} exited {outcome.ExitCode}: {outcome.Stderr}");
        return JsonDocument.Parse(outcome.Stdout).RootElement.Clone();
    }

    private async Task AddSmallLibraryAsync()
    {
        await _lib.Roots("init");
        _lib.Write("garage.md", "# Automobile repair\n\nThe mechanic replaced the brake pads and changed the engine oil of the vehicle.");
        _lib.Write("tea.md", "# Oolong\n\nOolong tea is partly oxidised and rolled into balls.");
        _lib.Write("archive.md", "# Web archives\n\nNational libraries harvest websites so that pages survive for future readers.");
        _lib.Write("bread.md", "# Sourdough\n\nA sourdough starter needs flour, water and patience.");
        _lib.Write("zh.md", "# 网页存档\n\n国家图书馆定期保存网站，让后人还能读到今天的网页。");
        var added = await _lib.RootsWithEnvironment(Inline, "add", _lib.Inputs);
        Assert.Equal(0, added.ExitCode);
    }

    private static List<string?> Titles(JsonElement results) =>
        results.EnumerateArray().Select(r => r.GetProperty("title").GetString()).ToList();

    [Fact]
    public async Task Search_Semantic_FindsMeaningWithoutSharedWords()
    {
        await AddSmallLibraryAsync();

        var lexical = await _lib.Json("search", "car maintenance", "--mode", "lexical", "--json");
        var semantic = await _lib.Json("search", "car maintenance", "--mode", "semantic", "--json", "--limit", "2");

        Assert.Empty(lexical.EnumerateArray());
        Assert.Equal("Automobile repair", Titles(semantic)[0]);
    }

    [Fact]
    public async Task Search_Hybrid_IsTheDefaultOnceVectorsExist_AndHonoursFilters()
    {
        await AddSmallLibraryAsync();

        var hybrid = await _lib.Json("search", "preserving websites", "--json", "--limit", "3");
        var englishOnly = await _lib.Json("search", "websites", "--json", "--lang", "en");

        Assert.Equal("Web archives", Titles(hybrid)[0]);
        Assert.Equal(["Web archives"], Titles(englishOnly));
    }

    [Fact]
    public async Task Search_NonsenseQuery_FindsNothing_InTheDefaultMode()
    {
        // Honest ranking: vectors always have a nearest neighbour, but one below the model's floor
        // (embeddings.min_similarity) is no match; with no word matching either, there is no result.
        await AddSmallLibraryAsync();

        var nonsense = await _lib.Json("search", "xyzzyqq", "--json");
        var semantic = await _lib.Json("search", "xyzzyqq blorft", "--mode", "semantic", "--json");
        var real = await _lib.Json("search", "motor car maintenance", "--json");

        Assert.Empty(nonsense.EnumerateArray());
        Assert.Empty(semantic.EnumerateArray());
        Assert.Equal("Automobile repair", Titles(real)[0]);
    }

    [Fact]
    public async Task Search_SemanticWithoutVectors_FallsBackToLexical()
    {
        await _lib.Roots("init");
        _lib.Write("tea.md", "# Oolong\n\nOolong tea is partly oxidised.");
        await _lib.Roots("add", _lib.Inputs); // ROOTS_EMBED=off: no vectors

        var results = await _lib.Json("search", "oolong", "--mode", "semantic", "--json");

        Assert.Equal(["Oolong"], Titles(results));
    }

    [Fact]
    public async Task Embed_GivesVectorsToWhatIsPending_ThenHasNothingToDo()
    {
        await _lib.Roots("init");
        _lib.Write("a.md", "# One\n\nFirst note about rivers.");
        _lib.Write("b.md", "# Two\n\nSecond note about mountains.");
        await _lib.Roots("add", _lib.Inputs);

        var first = await _lib.Json("embed", "--json");
        var second = await _lib.Json("embed", "--json");

        Assert.Equal(2, first.GetProperty("items").GetInt32());
        Assert.Equal(0, first.GetProperty("pending").GetInt32());
        Assert.Equal("all-MiniLM-L6-v2", first.GetProperty("model").GetString());
        Assert.Equal(0, second.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task Reindex_WithVectors_EmbedsEveryItemAgain()
    {
        await _lib.Roots("init");
        _lib.Write("a.md", "# One\n\nFirst note about rivers.");
        await _lib.RootsWithEnvironment(Inline, "add", _lib.Inputs);

        var outcome = await _lib.Roots("reindex", "--vectors");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("embedded 1 items", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_InBackgroundMode_StartsAnEmbedderThatCatchesUp()
    {
        await _lib.Roots("init");
        _lib.Write("a.md", "# Rivers\n\nRivers carry water to the sea.");
        var added = await _lib.RootsWithEnvironment(new Dictionary<string, string> { ["ROOTS_EMBED"] = "background" }, "add", _lib.Inputs);
        Assert.Contains("in the background", added.Stderr, StringComparison.Ordinal);

        // The detached `roots embed` holds embed.lock while it works; when the vectors exist, semantic search uses them.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        JsonElement report;
        do
        {
            await Task.Delay(500);
            var outcome = await _lib.Roots("embed", "--json");
            report = outcome.ExitCode == 0 ? JsonDocument.Parse(outcome.Stdout).RootElement.Clone() : default;
        }
        while ((report.ValueKind != JsonValueKind.Object || report.GetProperty("items").GetInt32() != 0) && DateTime.UtcNow < deadline);

        Assert.Equal(0, report.GetProperty("items").GetInt32()); // the background job had embedded it already
        Assert.Equal(0, report.GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Related_ListsOtherItemsWithWhatFoundThem()
    {
        await AddSmallLibraryAsync();
        var list = await _lib.Json("list", "--json");
        string archiveId = list.EnumerateArray().First(i => i.GetProperty("title").GetString() == "Web archives").GetProperty("id").GetRawText();

        var related = await _lib.Json("related", archiveId, "--json", "--limit", "4");

        var titles = Titles(related);
        Assert.DoesNotContain("Web archives", titles);
        Assert.InRange(titles.Count, 3, 4); // the Chinese item has no English-model vector to be found by
        Assert.All(related.EnumerateArray(), r => Assert.Contains(r.GetProperty("via").GetString(), new[] { "words", "meaning", "words+meaning", "translated words" }));
    }

    [Fact]
    public async Task Related_UnknownItem_IsAOneLineError()
    {
        await _lib.Roots("init");

        var outcome = await _lib.Roots("related", "999");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no item '999'", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentions_ByTitleAndUrl_BecomeLinksAndBacklinks_InEveryGraphFormat()
    {
        await _lib.Roots("init");
        string jsonl = string.Join('\n',
            """{"_id": "target", "title": "Preserving the Web for Future Readers", "text": "An essay on archives.", "url": "https://example.org/essays/preserving"}""",
            """{"_id": "cites-title", "title": "Notes", "text": "I re-read Preserving the Web for Future Readers last night."}""");
        await _lib.Roots("import", _lib.Write("a.jsonl", jsonl));
        // Added later: its mention must still be found (outgoing, by URL), and so must older items' mentions of new titles.
        await _lib.Roots("import", _lib.Write("b.jsonl",
            """{"_id": "cites-url", "title": "Links", "text": "See https://example.org/essays/preserving for the essay."}""" + "\n" +
            """{"_id": "late-target", "title": "A Later Essay on Archives", "text": "Written after."}""" + "\n"));
        await _lib.Roots("import", _lib.Write("c.jsonl",
            """{"_id": "mentions-late", "title": "Reading list", "text": "Next: a later essay on archives."}""" + "\n"));

        var graph = JsonDocument.Parse((await _lib.Roots("graph", "--format", "json")).Stdout).RootElement;
        var ids = graph.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("externalId").GetString()!, n => n.GetProperty("id").GetInt64());
        var links = graph.GetProperty("links").EnumerateArray()
            .Select(l => (l.GetProperty("source").GetInt64(), l.GetProperty("kind").GetString(), l.GetProperty("target").GetInt64(), l.GetProperty("evidence").GetString()))
            .ToList();

        Assert.Contains((ids["cites-title"], "mentions", ids["target"], "title:preserving the web for future readers"), links);
        Assert.Contains((ids["cites-url"], "mentions", ids["target"], "url:https://example.org/essays/preserving"), links);
        Assert.Contains((ids["mentions-late"], "mentions", ids["late-target"], "title:a later essay on archives"), links);
        Assert.Equal(3, links.Count);

        var graphml = XDocument.Parse((await _lib.Roots("graph", "--format", "graphml")).Stdout);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(3, graphml.Descendants(ns + "edge").Count());
        string dot = (await _lib.Roots("graph", "--format", "dot")).Stdout;
        Assert.StartsWith("digraph roots {", dot, StringComparison.Ordinal);
        Assert.Equal(3, dot.Split('\n').Count(l => l.Contains("->", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Mentions_OfADoiThatIsAnItemsOwnByFrontMatter_LinkInBothOrders()
    {
        // given an essay whose own DOI is in its front matter, a note added later that cites it,
        // and a note added earlier that cites a second essay added after it
        await _lib.Roots("init");
        _lib.Write("first/essay.md", "---\ntitle: Metering calls\ndoi: 10.5281/zenodo.20600001\n---\n\nEvery call is metered.\n");
        _lib.Write("first/early-note.md", "# Early note\n\nThe second essay will be https://doi.org/10.5281/zenodo.20600002 when it is out.\n");
        Assert.Equal(0, (await _lib.Roots("add", Path.Combine(_lib.Inputs, "first"))).ExitCode);
        _lib.Write("second/late-note.md", "# Late note\n\nAs argued in doi:10.5281/zenodo.20600001, budgets matter; see also 10.1561/1500000019.\n");
        _lib.Write("second/second-essay.md", "---\ntitle: Budgets\ndoi: https://doi.org/10.5281/zenodo.20600002\n---\n\nBudgets make costs visible.\n");
        Assert.Equal(0, (await _lib.Roots("add", Path.Combine(_lib.Inputs, "second"))).ExitCode);

        // when the graph is read
        var graph = JsonDocument.Parse((await _lib.Roots("graph", "--format", "json")).Stdout).RootElement;
        var ids = graph.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("title").GetString()!, n => n.GetProperty("id").GetInt64());
        var links = graph.GetProperty("links").EnumerateArray()
            .Select(l => (l.GetProperty("source").GetInt64(), l.GetProperty("target").GetInt64(), l.GetProperty("evidence").GetString()))
            .ToList();

        // then the new note mentions the older essay (outgoing), and the older note the new essay (incoming), by DOI; the DOI nobody owns links nothing
        Assert.Contains((ids["Late note"], ids["Metering calls"], "doi:10.5281/zenodo.20600001"), links);
        Assert.Contains((ids["Early note"], ids["Budgets"], "doi:10.5281/zenodo.20600002"), links);
        Assert.Equal(2, links.Count);
    }

    [Fact]
    public async Task Add_NearDuplicateChineseFiles_AreLinkedWhenKept()
    {
        // given two copies of a Chinese essay, one with a sentence changed, and an unrelated note, added at once
        await _lib.Roots("init");
        string essay = string.Concat(Enumerable.Repeat("词元正在成为人工智能时代的核心计量单位，但词元本身不是最终价值。系统构建能力才是真正的稀缺资产。", 6));
        _lib.Write("essay.md", "# 词元之后\n\n" + essay + "\n");
        _lib.Write("essay-copy.md", "# 词元之后（转载）\n\n" + essay + "转载时加了一句话。\n");
        _lib.Write("tea.md", "# 喝茶记\n\n好的铁观音香气很高，有兰花一样的清香，喝完以后喉咙里会慢慢泛起回甘。\n");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);

        // when the graph is read, without running roots dupes
        var graph = JsonDocument.Parse((await _lib.Roots("graph", "--format", "json")).Stdout).RootElement;
        var near = graph.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("kind").GetString() == "near-duplicate").ToList();

        // then the two copies are linked both ways by their SimHash, and the note is not
        Assert.Equal(2, near.Count);
        Assert.All(near, l => Assert.StartsWith("simhash distance", l.GetProperty("evidence").GetString(), StringComparison.Ordinal));
        var dupes = await _lib.Json("dupes", "--json");
        Assert.Equal(2, Assert.Single(dupes.EnumerateArray()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Graph_TitlesWithQuotesAndNewlines_CannotBreakDot()
    {
        await _lib.Roots("init");
        await _lib.Roots("import", _lib.Write("q.jsonl",
            """{"_id": "q", "title": "He said \"stop\" \\ then } left", "text": "x"}""" + "\n"));

        string dot = (await _lib.Roots("graph", "--format", "dot", "--all")).Stdout;

        Assert.Contains("label=\"He said \\\"stop\\\" \\\\ then } left\"", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_UnknownFormat_IsAUsageError()
    {
        await _lib.Roots("init");

        var outcome = await _lib.Roots("graph", "--format", "svg");

        Assert.Equal(2, outcome.ExitCode);
    }
}
