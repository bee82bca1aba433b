using System.Text.Json;
using Roots.TestKit;

namespace Roots.Cli.Tests;

/// <summary>roots doctor, ask, summarize and costs as a user runs them, against a loopback OpenAI-compatible server.</summary>
public sealed class ModelsCommandTests : IAsyncLifetime
{
    private const string PlantedKey = "sk-planted-FAKE-1234567890";

    private readonly TempLibrary _lib = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.Text = "Oolong can be cold-brewed overnight [1].";
        _server.PromptTokens = 200;
        _server.CompletionTokens = 40;
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        _lib.Write("tea.md", "# Cold brew oolong\n\nOolong tea can be cold-brewed overnight in the fridge; it tastes sweeter and less bitter.\n");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _lib.Dispose();
    }

    private void Configure(string providers, bool budgets = true) =>
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"),
            "\n" + providers + (budgets ? "budgets:\n  daily: { amount: 1.00, currency: USD }\n  monthly: { amount: 20.00, currency: USD }\n" : ""));

    private string FakeProvider => $"providers:\n  - name: fake\n    kind: openai-compatible\n    base_url: {_server.BaseUrl}\n    key_env: FAKE_API_KEY\n    models: [deepseek-chat]\n";

    private Task<RootsProcess.Outcome> WithKey(params string[] args) =>
        _lib.RootsWithEnvironment(new Dictionary<string, string> { ["FAKE_API_KEY"] = PlantedKey }, args);

    [Fact]
    public async Task Doctor_GoogleKindWithDeepSeekUrl_ExitsOneWithTheFinding()
    {
        Configure("providers:\n  - name: gemini\n    kind: google\n    base_url: https://api.deepseek.com/v1\n    key_env: GEMINI_API_KEY\n    models: [gemini-2.5-flash]\n");

        var outcome = await _lib.Roots("doctor", "--offline", "--json");

        Assert.Equal(1, outcome.ExitCode);
        var findings = JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("kind-host-mismatch", findings);
        Assert.Contains("missing-key", findings);
    }

    [Fact]
    public async Task Doctor_HealthyProvider_ExitsZero_AndNeverPrintsTheKey()
    {
        Configure(FakeProvider);

        var outcome = await WithKey("doctor");

        Assert.True(outcome.ExitCode == 0, outcome.Stdout + outcome.Stderr);
        Assert.DoesNotContain(PlantedKey, outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_ModelWithoutPrice_IsFlagged_UntilRootsYamlPricesIt()
    {
        Configure(FakeProvider.Replace("models: [deepseek-chat]", "models: [house-model-7b]", StringComparison.Ordinal));

        var before = await WithKey("doctor", "--offline", "--json");
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), "prices:\n  - { model: house-model-7b, input: 0.10, output: 0.20, currency: USD }\n");
        var after = await WithKey("doctor", "--offline", "--json");

        static List<string?> Codes(RootsProcess.Outcome o) =>
            JsonDocument.Parse(o.Stdout).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("no-price", Codes(before));
        Assert.DoesNotContain("no-price", Codes(after));
    }

    [Fact]
    public async Task Prices_WithABadCurrency_AreAOneLineError()
    {
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), "\nprices:\n  - { model: m, input: 1, output: 2, currency: dollars }\n");

        var outcome = await _lib.Roots("list");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("three-letter code", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_KeyWrittenIntoTheFile_ExitsOne()
    {
        Configure(FakeProvider.Replace("    key_env: FAKE_API_KEY\n", $"    key_env: FAKE_API_KEY\n    api_key: {PlantedKey}\n", StringComparison.Ordinal));

        var outcome = await WithKey("doctor", "--offline");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("looks like an API key", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedKey, outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithoutProvider_PrintsPassagesAndSaysAModelIsNeeded()
    {
        var outcome = await _lib.Roots("ask", "cold brew oolong");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("[1] item 1: Cold brew oolong", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("fridge", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("a model is needed for an answer", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithProvider_ShowsTheEstimate_AndWithoutATerminalNeedsYes()
    {
        Configure(FakeProvider);

        var refused = await WithKey("ask", "cold brew oolong");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("estimate: 1 calls to deepseek-chat", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("", refused.Stdout);
        Assert.Equal(0, _server.Completions);

        var answered = await WithKey("ask", "cold brew oolong", "--yes");

        Assert.True(answered.ExitCode == 0, answered.Stderr);
        Assert.Contains("estimate: 1 calls to deepseek-chat", answered.Stderr, StringComparison.Ordinal);
        Assert.Contains("Oolong can be cold-brewed overnight [1].", answered.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, _server.Completions);
    }

    [Fact]
    public async Task Ask_WithProvider_NothingMatches_AsksNothingAndSpendsNothing()
    {
        Configure(FakeProvider);

        var outcome = await WithKey("ask", "zzzqqq xylophone");

        Assert.Equal(0, outcome.ExitCode);
        Assert.DoesNotContain("estimate:", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _server.Completions);
    }

    [Fact]
    public async Task Publish_AfterSummarize_TheModelSummaryIsTheAbstract()
    {
        // given an item published once (its extractive summary cached), then summarised by a model
        Configure(FakeProvider);
        string site = Path.Combine(_lib.Root, "site");
        await _lib.Json("publish", "--out", site, "--json");
        Assert.Equal(0, (await WithKey("summarize", "1", "--yes")).ExitCode);

        // when it is published and exported again
        var published = await _lib.Json("publish", "--out", site, "--json");
        var bibtex = await _lib.Roots("export", "1", "--format", "bibtex");
        var all = await _lib.Roots("export", "--all", "--format", "bibtex");

        // then the page and both exports carry the model's summary, as roots show does
        Assert.True(published.GetProperty("written").GetInt32() > 0);
        string page = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(site, "en", "items"), "index.html", SearchOption.AllDirectories).Single());
        Assert.Contains("Oolong can be cold-brewed overnight [1].", page, StringComparison.Ordinal);
        Assert.Contains("abstract = {Oolong can be cold-brewed overnight [1].}", bibtex.Stdout, StringComparison.Ordinal);
        Assert.Contains("abstract = {Oolong can be cold-brewed overnight [1].}", all.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_ViaTheFakeServer_IsCachedAndShowsInCosts()
    {
        Configure(FakeProvider);

        var refused = await WithKey("summarize", "1");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--yes", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _server.Completions);

        var first = await WithKey("summarize", "1", "--yes");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("estimate: 1 calls to deepseek-chat", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("model:deepseek-chat", first.Stdout, StringComparison.Ordinal);

        var second = await WithKey("summarize", "1", "--yes", "--json");
        Assert.True(JsonDocument.Parse(second.Stdout).RootElement.GetProperty("summaries")[0].GetProperty("cached").GetBoolean());
        Assert.Equal(1, _server.Completions);

        // roots show now gives the model's summary, with its provenance
        var shown = await _lib.Json("show", "1", "--json");
        Assert.Equal("model:deepseek-chat", shown.GetProperty("summary").GetProperty("by").GetString());

        var ask = await WithKey("ask", "cold brew oolong", "--yes");
        Assert.Contains("[1]", ask.Stdout, StringComparison.Ordinal);

        var costs = await _lib.Json("costs", "--by", "operation", "--json");
        var lines = costs.EnumerateArray().ToDictionary(l => l.GetProperty("key").GetString()!, l => l);
        Assert.Equal(200, lines["summarize"].GetProperty("inputTokens").GetInt64());
        Assert.Equal(40, lines["summarize"].GetProperty("outputTokens").GetInt64());
        Assert.True(lines["summarize"].GetProperty("cost").GetDecimal() > 0m);
        Assert.Equal(1, lines["ask"].GetProperty("calls").GetInt32());

        var csv = await _lib.Roots("costs", "--csv");
        Assert.StartsWith("model,calls,", csv.Stdout, StringComparison.Ordinal);
        Assert.Contains("deepseek-chat,2,0,400,80,", csv.Stdout, StringComparison.Ordinal);

        var status = await WithKey("status", "--json");
        Assert.Equal(2, JsonDocument.Parse(status.Stdout).RootElement[0].GetProperty("calls").GetInt32());
        foreach (string file in Directory.EnumerateFiles(_lib.Library, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(PlantedKey, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
