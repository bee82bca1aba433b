using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Roots.Cli.Tests;

public sealed class TagAndClassifyTests : IDisposable
{
    private const string Taxonomy = """

        taxonomy:
          min_confidence: MIN
          categories: [research, notes]
          tags:
            - name: ai
              synonyms: ["AI", "人工智能", "artificial intelligence"]
            - name: tea
              synonyms: ["茶"]
            - name: archives
            - name: news
          rules:
            - tag: ai
              keywords: ["neural network", "大模型"]
            - category: research
              regex: "(?i)\\bLLMs?\\b"
        """;

    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    [Fact]
    public async Task Tag_PlusAndMinusWithSynonyms_MapsToCanonicalTagsAndRemembersTheRemoval()
    {
        // given an item imported with a synonym tag
        await InitAsync();
        await ImportAsync(new { _id = "n1", title = "Notes", text = "Plain notes about the week.", tags = new[] { "人工智能", "news" } });

        // when the user adds a synonym of an existing tag and a new one, and removes one with -TAG
        var tagged = await JsonAsync("tag", "n1", "+Artificial Intelligence", "+茶", "+local-first", "-news", "--json");

        // then synonyms became the canonical names, the unknown tag is allowed, the removal is reported
        Assert.Equal(["tea", "local-first"], Strings(tagged.GetProperty("added")));
        Assert.Equal(["news"], Strings(tagged.GetProperty("removed")));
        var show = await JsonAsync("show", "n1", "--json");
        Assert.Equal(["ai:user", "local-first:user", "tea:user"], Tags(show));
        Assert.Equal(["ai", "local-first", "tea"], Strings(show.GetProperty("item").GetProperty("tags")));

        // and tagging again is a no-op; an unknown item fails with one line
        var again = await JsonAsync("tag", "n1", "+AI", "--json");
        Assert.Empty(Strings(again.GetProperty("added")));
        var missing = await RunAsync("tag", "99", "+ai");
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith("roots: error: no item '99'", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_AfterTraining_TagsUnlabelledItemsAndNeverPutsBackARemovedTag()
    {
        // given a library with labelled items and two unlabelled ones
        await InitAsync();
        await ImportLabelledAsync();
        await ImportAsync(
            new { _id = "u-tea", title = "Morning cup", text = "A teapot of green oolong tea leaves, brewed and poured into cups." },
            new { _id = "u-archive", title = "Letters", text = "The national archive catalogues manuscripts and letters as records." });

        // when the classifier is trained and applied
        var trained = await JsonAsync("classify", "train", "--json");
        var classified = await JsonAsync("classify", "--json");

        // then it learned the taxonomy tags and tagged the unlabelled items with a confidence
        Assert.Equal(40, trained.GetProperty("items").GetInt32());
        Assert.True(File.Exists(trained.GetProperty("model").GetString()));
        Assert.True(trained.GetProperty("tagAccuracy").GetDouble() > 0.9);
        Assert.Equal(2, classified.GetProperty("items").GetArrayLength());
        var teaTags = await TagDetailsAsync("u-tea");
        var tea = Assert.Single(teaTags, t => t.GetProperty("name").GetString() == "tea");
        Assert.Equal("classifier", tea.GetProperty("origin").GetString());
        Assert.InRange(tea.GetProperty("confidence").GetDouble(), 0.6, 1.0);
        Assert.Contains(await TagDetailsAsync("u-archive"), t => t.GetProperty("name").GetString() == "archives");
        var text = await RunAsync("show", "u-tea");
        Assert.Matches(@"tea \(classifier [01]\.\d\d\)", text.Stdout);

        // when the user removes the classifier's tag and classify runs again (also after retraining)
        AssertSuccess(await RunAsync("tag", "u-tea", "-tea"));
        await JsonAsync("classify", "train", "--json");
        await JsonAsync("classify", "--json");
        await JsonAsync("classify", "u-tea", "--json");

        // then the removed tag stays removed
        Assert.DoesNotContain(await TagDetailsAsync("u-tea"), t => t.GetProperty("name").GetString() == "tea");
    }

    [Fact]
    public async Task Classify_BelowMinConfidence_ShowsSuggestionsWithoutApplyingThem()
    {
        // given a trained classifier and a threshold nothing reaches
        await InitAsync(minConfidence: "1.0");
        await ImportLabelledAsync();
        await ImportAsync(new { _id = "u-tea", title = "Morning cup", text = "A teapot of green oolong tea leaves, brewed and poured into cups." });
        await JsonAsync("classify", "train", "--json");

        // when classify runs
        var classified = await JsonAsync("classify", "--json");
        var human = await RunAsync("classify", "u-tea");

        // then the suggestion is shown, not applied
        var item = Assert.Single(classified.GetProperty("items").EnumerateArray());
        Assert.Empty(item.GetProperty("applied").EnumerateArray());
        var suggestions = item.GetProperty("suggested").EnumerateArray().Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("name").GetString())).ToList();
        Assert.Equal(("tag", "tea"), suggestions[0]);
        Assert.Contains("suggested, not applied: tea (classifier", human.Stdout, StringComparison.Ordinal);
        Assert.Empty(await TagDetailsAsync("u-tea"));
    }

    [Fact]
    public async Task Add_WithMatchingRules_TagsAndCategorisesAtIngest()
    {
        // given a taxonomy with keyword and regex rules
        await InitAsync();

        // when notes and files are added
        AssertSuccess(await RunAsync(["add", "-"], "# Learning\n\nTraining Neural Networks on small data sets."));
        AssertSuccess(await RunAsync(["add", "-"], "今年大模型发展很快，很多人在讨论。"));
        _lib.Write("papers/llm.md", "---\ntags: [AI, reading]\n---\n# Reading list\n\nThree LLMs compared on long documents.\n");
        AssertSuccess(await RunAsync("add", _lib.Inputs));
        AssertSuccess(await RunAsync(["add", "-"], "A plain note about the garden."));

        // then the rules tagged them, with origin rule, and front-matter synonyms became canonical user tags
        Assert.Equal(["ai:rule"], Tags(await JsonAsync("show", "1", "--json")));
        Assert.Equal(["ai:rule"], Tags(await JsonAsync("show", "2", "--json")));
        var paper = await JsonAsync("show", "3", "--json");
        Assert.Equal(["ai:user", "reading:user"], Tags(paper));
        Assert.Equal("research", paper.GetProperty("category").GetProperty("name").GetString());
        Assert.Equal("rule", paper.GetProperty("category").GetProperty("origin").GetString());
        Assert.Empty(Tags(await JsonAsync("show", "4", "--json")));
        var text = await RunAsync("show", "1");
        Assert.Contains("ai (rule)", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_BadTaxonomy_IsRefusedWithOneLine()
    {
        await InitAsync();
        string config = Path.Combine(_lib.Library, "roots.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("keywords: [\"neural network\", \"大模型\"]", "regex: \"([\"", StringComparison.Ordinal));

        var outcome = await RunAsync("list");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("taxonomy: rule 1 (tag ai): bad regex", outcome.Stderr, StringComparison.Ordinal);
    }

    private async Task InitAsync(string minConfidence = "0.6")
    {
        AssertSuccess(await RunAsync("init"));
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), Taxonomy.Replace("MIN", minConfidence, StringComparison.Ordinal) + "\n");
    }

    /// <summary>Twenty items each about tea and about archives, tagged by the user on import.</summary>
    private async Task ImportLabelledAsync()
    {
        string[] tea = ["green tea", "oolong leaves", "a teapot", "black tea with milk", "matcha powder", "tea cups", "brewing tea", "tea plantations"];
        string[] archive = ["the national archive", "old manuscripts", "archival records", "letters in boxes", "a finding aid", "catalogue entries", "the reading room", "preserved documents"];
        var records = new List<object>();
        for (int i = 0; i < 20; i++)
        {
            records.Add(new { _id = $"t{i}", title = $"Tea note {i}", text = $"About {tea[i % 8]} and {tea[(i + 3) % 8]}: steeped leaves, brewed tea, teapot {i}.", tags = new[] { "茶" } });
            records.Add(new { _id = $"a{i}", title = $"Archive note {i}", text = $"About {archive[i % 8]} and {archive[(i + 3) % 8]}: records, archives, manuscripts {i}.", tags = new[] { "archives" } });
        }

        await ImportAsync([.. records]);
    }

    private async Task ImportAsync(params object[] records)
    {
        string file = _lib.Write($"import-{Guid.NewGuid():N}.jsonl", string.Join('\n', records.Select(r => JsonSerializer.Serialize(r))));
        var outcome = await RunAsync("import", file);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }

    private async Task<List<JsonElement>> TagDetailsAsync(string id) =>
        [.. (await JsonAsync("show", id, "--json")).GetProperty("tags").EnumerateArray()];

    private static List<string> Tags(JsonElement show) =>
        [.. show.GetProperty("tags").EnumerateArray().Select(t => $"{t.GetProperty("name").GetString()}:{t.GetProperty("origin").GetString()}")];

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var outcome = await RunAsync(args);
        Assert.True(outcome.ExitCode == 0, $"roots {string.Join(' ', args)} exited {outcome.ExitCode}: {outcome.Stderr}");
        return JsonDocument.Parse(outcome.Stdout).RootElement.Clone();
    }

    private Task<RootsProcess.Outcome> RunAsync(params string[] args) => RunAsync(args, null);

    private static void AssertSuccess(RootsProcess.Outcome outcome) => Assert.True(outcome.ExitCode == 0, outcome.Stderr);

    /// <summary>Runs roots on this library (RootsProcess turns background embedding off).</summary>
    private Task<RootsProcess.Outcome> RunAsync(string[] args, string? stdin) =>
        RootsProcess.RunAsync([.. args, "--library", _lib.Library], stdin);
}
