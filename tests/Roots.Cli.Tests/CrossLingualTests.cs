using System.Text.Json;

namespace Roots.Cli.Tests;

/// <summary>Chinese queries find English notes and back (search.cross_lingual, CC-CEDICT embedded in Roots.Core).</summary>
public sealed class CrossLingualTests : IDisposable
{
    private static readonly Dictionary<string, string> Inline = new() { ["ROOTS_EMBED"] = "inline" };
    private readonly TempLibrary _lib = new();

    public void Dispose() => _lib.Dispose();

    private async Task AddNotesAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        _lib.Write("bread.md", "# 面包笔记\n\n做面包需要面粉、水、酵母和耐心。面团要发酵一整夜，第二天早上再烤。");
        _lib.Write("sourdough.md", "# Sourdough\n\nA sourdough starter needs flour, water and patience; the bread dough ferments overnight and is baked in the morning.");
        _lib.Write("garage.md", "# Automobile repair\n\nThe mechanic replaced the brake pads and changed the engine oil of the vehicle.");
        _lib.Write("tea.md", "# 乌龙茶\n\n乌龙茶是半发酵茶，主要产于福建和台湾。泡茶的水温应该在九十五度左右。");
        var added = await _lib.RootsWithEnvironment(environment ?? new Dictionary<string, string>(), "add", _lib.Inputs);
        Assert.Equal(0, added.ExitCode);
    }

    private static List<string?> Titles(JsonElement results) =>
        results.EnumerateArray().Select(r => r.GetProperty("title").GetString()).ToList();

    private void TurnCrossLingualOff()
    {
        string path = Path.Combine(_lib.Library, "roots.yaml");
        string yaml = File.ReadAllText(path);
        Assert.Contains("cross_lingual: true", yaml, StringComparison.Ordinal); // a new library says so, with its default
        File.WriteAllText(path, yaml.Replace("cross_lingual: true", "cross_lingual: false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_ChineseQuestion_FindsTheEnglishNoteAfterTheChineseOne()
    {
        // given a Chinese and an English note on baking bread, and two notes on other things
        await AddNotesAsync();

        // when a Chinese question is asked in the default mode
        var results = await _lib.Json("search", "怎么做面包", "--json");

        // then the Chinese note comes first, and the English one is found too, with the usual fields
        var titles = Titles(results);
        Assert.Equal("面包笔记", titles[0]);
        Assert.Contains("Sourdough", titles);
        Assert.DoesNotContain("Automobile repair", titles);
        Assert.All(results.EnumerateArray(), r => Assert.True(r.TryGetProperty("score", out _) && r.TryGetProperty("snippet", out _)));
    }

    [Fact]
    public async Task Search_EnglishQuery_FindsTheChineseNote()
    {
        await AddNotesAsync();

        var titles = Titles(await _lib.Json("search", "bread dough", "--mode", "lexical", "--json"));

        Assert.Equal("Sourdough", titles[0]);
        Assert.Contains("面包笔记", titles);
        Assert.DoesNotContain("乌龙茶", titles);
    }

    [Fact]
    public async Task Search_CrossLingualOff_FindsOnlyTheQuerysLanguage()
    {
        await AddNotesAsync();
        TurnCrossLingualOff();

        Assert.DoesNotContain("Sourdough", Titles(await _lib.Json("search", "怎么做面包", "--json")));
        Assert.DoesNotContain("面包笔记", Titles(await _lib.Json("search", "bread dough", "--json")));
    }

    [Fact]
    public async Task Search_HybridWithEnglishOnlyModel_FindsTheEnglishNoteForAChineseQuery()
    {
        // given vectors from the English-only local model (hybrid is the default mode once they exist)
        await AddNotesAsync(Inline);

        var titles = Titles(await _lib.Json("search", "面包", "--json"));

        Assert.Equal("面包笔记", titles[0]);
        Assert.Contains("Sourdough", titles);
    }

    [Fact]
    public async Task Related_ChineseNote_ShowsItsEnglishCounterpart()
    {
        await AddNotesAsync();
        string id = (await _lib.Json("list", "--json")).EnumerateArray()
            .First(i => i.GetProperty("title").GetString() == "面包笔记").GetProperty("id").GetRawText();

        var related = await _lib.Json("related", id, "--json");

        var sourdough = related.EnumerateArray().First(r => r.GetProperty("title").GetString() == "Sourdough");
        Assert.Equal("translated words", sourdough.GetProperty("via").GetString());

        TurnCrossLingualOff();
        Assert.DoesNotContain("Sourdough", Titles(await _lib.Json("related", id, "--json")));
    }

    [Fact]
    public async Task Show_AnEssayAndItsTranslation_ListsEachAsTheOthersVersion()
    {
        // given Wu's opening in Chinese and in English, added separately, and a note on the same subject
        Assert.Equal(0, (await _lib.Roots("init")).ExitCode);
        string chinese = _lib.Write("zh.txt", "词元溯源\n\n1989年我赴澳留学，2005年开始搭建智能发票系统。今天的大模型按词元（token）计费：OpenAI 的 GPT-4o 和 DeepSeek V3 都用 BPE 算法切分文本。同样一句话，中文往往比英文多用 30% 到 60% 的词元。我的全部作品都列在 https://times.net.au 上，期刊 ISSN 3083-5178，超过 60 个 DOI 由 Zenodo 永久存档。");
        string english = _lib.Write("en.txt", "The origins of the token\n\nI went to Australia to study in 1989 and began building an intelligent invoicing system in 2005. Today's large models charge by the token: OpenAI's GPT-4o and DeepSeek V3 both cut text with the BPE algorithm. The same sentence often takes 30% to 60% more tokens in Chinese than in English. All my works are listed at https://times.net.au, the journal is ISSN 3083-5178, and more than 60 DOIs are archived for good by Zenodo.");
        Assert.Equal(0, (await _lib.Roots("add", chinese)).ExitCode);
        Assert.Equal(0, (await _lib.Roots("add", english)).ExitCode);

        // when each is shown
        var zh = await _lib.Json("show", "1", "--json");
        var en = await _lib.Json("show", "2", "--json");

        // then each names the other as its version in the other language
        var version = Assert.Single(zh.GetProperty("translations").EnumerateArray());
        Assert.Equal(("en", "The origins of the token", "item 2"), (version.GetProperty("language").GetString(), version.GetProperty("title").GetString(), version.GetProperty("by").GetString()));
        Assert.Equal("item 1", Assert.Single(en.GetProperty("translations").EnumerateArray()).GetProperty("by").GetString());
        Assert.Contains("en (item 2)", (await _lib.Roots("show", "1")).Stdout, StringComparison.Ordinal);
    }
}
