using System.Text.Json;
using System.Text.RegularExpressions;
using Roots.TestKit;

namespace Roots.Cli.Tests;

/// <summary>
/// roots tag --model and roots translate as a user runs them, against a loopback OpenAI-compatible server that
/// answers the tag prompt with taxonomy tags and strays, and the translation prompt with JSON in the asked language.
/// </summary>
public sealed partial class ModelTagAndTranslateTests : IAsyncLifetime
{
    private const string PlantedKey = "sk-planted-FAKE-translate-0987654321";

    private const string Taxonomy = """

        taxonomy:
          tags:
            - name: ai
              synonyms: ["artificial intelligence"]
            - name: tea
            - name: archives
        """;

    private readonly TempLibrary _lib = new();
    private FakeOpenAiServer _server = null!;
    private int _tagCalls;
    private int _translateCalls;
    private readonly List<string[]> _bodyRequests = [];

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.PromptTokens = 150;
        _server.CompletionTokens = 30;
        _server.Answer = body =>
        {
            if (body.Contains("Choose the tags", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _tagCalls);
                // two taxonomy tags (one by synonym) and two the taxonomy does not have
                return "tea, Artificial Intelligence, politics, cooking";
            }

            if (body.Contains("Translate each paragraph", StringComparison.Ordinal))
            {
                using var request = JsonDocument.Parse(body);
                var paragraphs = JsonSerializer.Deserialize<string[]>(request.RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!)!;
                lock (_bodyRequests)
                {
                    _bodyRequests.Add(paragraphs);
                }

                return JsonSerializer.Serialize(paragraphs.Select(p => "[fr] " + p).ToArray());
            }

            Interlocked.Increment(ref _translateCalls);
            string language = LanguageName().Match(body).Groups[1].Value;
            return "```json\n" + JsonSerializer.Serialize(new { title = $"[{language}] title", summary = $"[{language}] summary", keywords = new[] { $"[{language}] tea" } }) + "\n```";
        };
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"), Taxonomy);
        _lib.Write("tea.md", "# Cold brew oolong\n\nOolong tea can be cold-brewed overnight in the fridge; it tastes sweeter and less bitter.\n");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _lib.Dispose();
    }

    [GeneratedRegex(@"into ([A-Za-z]+)")]
    private static partial Regex LanguageName();

    private void Configure(decimal daily = 1.00m) =>
        File.AppendAllText(Path.Combine(_lib.Library, "roots.yaml"),
            $"\nproviders:\n  - name: fake\n    kind: openai-compatible\n    base_url: {_server.BaseUrl}\n    key_env: FAKE_API_KEY\n    models: [deepseek-chat]\n" +
            $"budgets:\n  daily: {{ amount: {daily.ToString(System.Globalization.CultureInfo.InvariantCulture)}, currency: USD }}\n");

    private Task<RootsProcess.Outcome> WithKey(params string[] args) =>
        _lib.RootsWithEnvironment(new Dictionary<string, string> { ["FAKE_API_KEY"] = PlantedKey }, args);

    private async Task<JsonElement> JsonWithKey(params string[] args)
    {
        var outcome = await WithKey(args);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        AssertNoKey(outcome);
        return JsonDocument.Parse(outcome.Stdout).RootElement;
    }

    private static void AssertNoKey(RootsProcess.Outcome outcome) =>
        Assert.DoesNotContain(PlantedKey, outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);

    private void AssertNoKeyInFiles()
    {
        foreach (string file in Directory.EnumerateFiles(_lib.Root, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(PlantedKey, File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    private async Task<List<string>> TagsAsync()
    {
        var show = await _lib.Json("show", "1", "--json");
        return [.. show.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString() + ":" + t.GetProperty("origin").GetString())];
    }

    private async Task<Dictionary<string, JsonElement>> CostsByOperationAsync() =>
        (await _lib.Json("costs", "--by", "operation", "--json")).EnumerateArray().ToDictionary(l => l.GetProperty("key").GetString()!, l => l);

    [Fact]
    public async Task TagModel_KeepsOnlyTaxonomyTags_CachesByContent_AndNeverPutsBackARemovedTag()
    {
        // given a provider and a taxonomy of ai, tea, archives
        Configure();

        // when tagging is asked without --yes on a redirected stdin, nothing is sent
        var refused = await WithKey("tag", "1", "--model");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("estimate: 1 calls to deepseek-chat", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _tagCalls);

        // when the model answers two taxonomy tags and two strays
        var first = await JsonWithKey("tag", "1", "--model", "--yes", "--json");

        // then only the taxonomy tags are kept (a synonym mapped), the strays are counted, origin model
        var item = first.GetProperty("items")[0];
        Assert.Equal(["ai", "tea"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Order().ToList());
        Assert.Equal(2, first.GetProperty("dropped").GetInt32());
        Assert.Equal("model:deepseek-chat", item.GetProperty("by").GetString());
        Assert.False(item.GetProperty("cached").GetBoolean());
        Assert.Equal(["ai:model", "tea:model"], await TagsAsync());

        // when the user removes tea and the model is asked again about the same text
        Assert.Equal(0, (await _lib.Roots("tag", "1", "-tea")).ExitCode);
        var second = await JsonWithKey("tag", "1", "--model", "--yes", "--json");

        // then nothing is bought, and tea stays off
        Assert.True(second.GetProperty("items")[0].GetProperty("cached").GetBoolean());
        Assert.Equal(["tea"], second.GetProperty("items")[0].GetProperty("blocked").EnumerateArray().Select(t => t.GetString()).ToList());
        Assert.Equal(1, _tagCalls);
        Assert.Equal(["ai:model"], await TagsAsync());

        // and a user tag beats the model's: adding ai by hand makes it the user's
        Assert.Equal(0, (await _lib.Roots("tag", "1", "+ai")).ExitCode);
        await JsonWithKey("tag", "1", "--model", "--yes", "--json");
        Assert.Equal(["ai:user"], await TagsAsync());

        var costs = await CostsByOperationAsync();
        Assert.Equal(1, costs["tag"].GetProperty("calls").GetInt32());
        Assert.Equal(150, costs["tag"].GetProperty("inputTokens").GetInt64());
        AssertNoKeyInFiles();
    }

    [Fact]
    public async Task WithoutProvider_TagModelAndTranslate_SayAModelIsNeeded_InOneLine()
    {
        var tag = await _lib.Roots("tag", "1", "--model");
        var translate = await _lib.Roots("translate", "1", "--to", "fr");

        Assert.Equal(1, tag.ExitCode);
        Assert.Single(tag.Stderr.Trim().Split('\n'));
        Assert.Contains("a model is needed", tag.Stderr, StringComparison.Ordinal);
        Assert.Contains("roots classify", tag.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, translate.ExitCode);
        Assert.Single(translate.Stderr.Trim().Split('\n'));
        Assert.Contains("a model is needed to translate", translate.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_StoresPerLanguage_BuysNothingTwice_AndRetranslatesAChangedText()
    {
        // given an English item and a provider
        Configure();

        // when it is translated into French, German and its own English
        var first = await JsonWithKey("translate", "1", "--to", "fr,de,en", "--yes", "--json");

        // then two translations were bought (its own language skipped), with provenance and the source hash
        var lines = first.GetProperty("translations").EnumerateArray().ToList();
        Assert.Equal(["de", "fr"], lines.Select(l => l.GetProperty("language").GetString()).Order().ToList());
        Assert.All(lines, l => Assert.Equal("model:deepseek-chat", l.GetProperty("by").GetString()));
        Assert.All(lines, l => Assert.Matches("^[0-9a-f]{64}$", l.GetProperty("sourceSha256").GetString()!));
        Assert.All(lines, l => Assert.False(l.GetProperty("cached").GetBoolean()));
        Assert.Equal("[French] title", lines.Single(l => l.GetProperty("language").GetString() == "fr").GetProperty("title").GetString());
        Assert.Equal(["[French] tea"], lines.Single(l => l.GetProperty("language").GetString() == "fr").GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).ToList());
        Assert.Empty(first.GetProperty("failures").EnumerateArray());
        Assert.Equal(2, _translateCalls);

        // when it runs again: nothing is bought, no estimate is shown
        var again = await WithKey("translate", "1", "--to", "fr,de", "--yes", "--json");
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain("estimate", again.Stderr, StringComparison.Ordinal);
        Assert.All(JsonDocument.Parse(again.Stdout).RootElement.GetProperty("translations").EnumerateArray(), l => Assert.True(l.GetProperty("cached").GetBoolean()));
        Assert.Equal(2, _translateCalls);

        // then roots show lists them, current, and the exported metadata carries the translated title
        var shown = (await _lib.Json("show", "1", "--json")).GetProperty("translations").EnumerateArray().ToList();
        Assert.Equal(["de", "fr"], shown.Select(t => t.GetProperty("language").GetString()).ToList());
        Assert.All(shown, t => Assert.True(t.GetProperty("current").GetBoolean()));
        var text = await _lib.Roots("show", "1");
        Assert.Contains("[French] summary", text.Stdout, StringComparison.Ordinal);
        var datacite = await _lib.Roots("export", "1", "--format", "datacite");
        Assert.True(datacite.ExitCode == 0, datacite.Stderr);
        Assert.Contains("[French] title", datacite.Stdout, StringComparison.Ordinal);
        Assert.Contains("[German] summary", datacite.Stdout, StringComparison.Ordinal);

        // when the text changes, the stored translations are stale, left out of exports and bought again
        _lib.Write("tea.md", "# Cold brew oolong\n\nOolong tea can be cold-brewed overnight; use one spoon of leaves per cup of cold water.\n");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);
        var stale = (await _lib.Json("show", "1", "--json")).GetProperty("translations").EnumerateArray().ToList();
        Assert.All(stale, t => Assert.False(t.GetProperty("current").GetBoolean()));
        Assert.DoesNotContain("[French] title", (await _lib.Roots("export", "1", "--format", "datacite")).Stdout, StringComparison.Ordinal);
        var third = await JsonWithKey("translate", "--all", "--to", "fr,de", "--yes", "--json");
        Assert.All(third.GetProperty("translations").EnumerateArray(), l => Assert.False(l.GetProperty("cached").GetBoolean()));
        Assert.Equal(4, _translateCalls);

        var costs = await CostsByOperationAsync();
        Assert.Equal(4, costs["translate"].GetProperty("calls").GetInt32());
        Assert.True(costs["translate"].GetProperty("cost").GetDecimal() > 0m);
        AssertNoKeyInFiles();
    }

    [Fact]
    public async Task TranslateBody_EstimatesFirst_MetersAsTranslateBody_AndReBuysOnlyAChangedParagraph()
    {
        // given an English item of two paragraphs (its title line and one more) and a provider
        Configure();

        // when the body is asked without --yes on a redirected stdin: the estimate (fields + one batch of paragraphs), nothing sent
        var refused = await WithKey("translate", "1", "--to", "fr", "--body");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("estimate: 2 calls to deepseek-chat", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _translateCalls + _bodyRequests.Count);

        // when it runs: the fields and both paragraphs in one call, each kept
        var first = await JsonWithKey("translate", "1", "--to", "fr", "--body", "--yes", "--json");
        var body = Assert.Single(first.GetProperty("bodies").EnumerateArray());
        Assert.Equal(("fr", 2, 0, 2, true), (body.GetProperty("language").GetString(), body.GetProperty("paragraphs").GetInt32(),
            body.GetProperty("cached").GetInt32(), body.GetProperty("bought").GetInt32(), body.GetProperty("complete").GetBoolean()));
        Assert.Equal("[French] title", Assert.Single(first.GetProperty("translations").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(2, Assert.Single(_bodyRequests).Length);
        Assert.Equal(1, _translateCalls);

        // when it runs again: no estimate, nothing bought
        var again = await WithKey("translate", "1", "--to", "fr", "--body", "--yes");
        Assert.Equal(0, again.ExitCode);
        Assert.DoesNotContain("estimate", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 paragraphs, 0 bought, 2 cached", again.Stdout, StringComparison.Ordinal);
        Assert.Single(_bodyRequests);

        // when the second paragraph is edited: only it is bought again
        _lib.Write("tea.md", "# Cold brew oolong\n\nOolong tea can be cold-brewed overnight; use one spoon of leaves per cup of cold water.\n");
        Assert.Equal(0, (await _lib.Roots("add", _lib.Inputs)).ExitCode);
        var edited = await JsonWithKey("translate", "1", "--to", "fr", "--body", "--yes", "--json");
        body = Assert.Single(edited.GetProperty("bodies").EnumerateArray());
        Assert.Equal((1, 1), (body.GetProperty("cached").GetInt32(), body.GetProperty("bought").GetInt32()));
        Assert.Equal(["Oolong tea can be cold-brewed overnight; use one spoon of leaves per cup of cold water."], _bodyRequests[^1]);

        // and every body call is in the ledger under its own operation
        var costs = await CostsByOperationAsync();
        Assert.Equal(2, costs["translate-body"].GetProperty("calls").GetInt32());
        Assert.True(costs["translate-body"].GetProperty("cost").GetDecimal() > 0m);
        Assert.Equal(2, costs["translate"].GetProperty("calls").GetInt32());
        AssertNoKeyInFiles();
    }

    [Fact]
    public async Task Translate_OverTheBudget_IsRefusedBeforeAnythingIsSent()
    {
        // given a daily budget far below one call's estimate
        Configure(daily: 0.0000001m);

        // when a translation is asked
        var outcome = await WithKey("translate", "1", "--to", "zh", "--yes");

        // then it is refused with the budget named, nothing was sent, and the refusal is in the ledger
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("budget", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, _translateCalls);
        AssertNoKey(outcome);
        var costs = await CostsByOperationAsync();
        Assert.Equal(1, costs["translate"].GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task Translate_UnknownLanguageOrNoItems_IsAUsageError()
    {
        Configure();

        var language = await WithKey("translate", "1", "--to", "fe");
        var none = await WithKey("translate", "--to", "fr");

        Assert.Equal(2, language.ExitCode);
        Assert.Contains("cannot translate into 'fe'", language.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(0, none.ExitCode);
        Assert.Equal(0, _translateCalls);
    }
}
