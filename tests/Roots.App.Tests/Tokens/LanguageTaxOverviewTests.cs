using System.Globalization;
using Roots.App.Tests.Engine;
using Roots.App.Tokens;
using Roots.App.UseCases;
using Roots.Core.Understanding;
using Roots.Tokens.LanguageTax;
using Roots.Tokens.Tokenizers;

namespace Roots.App.Tests.Tokens;

/// <summary>The library's language tax by meaning: its own translation pairs first, the reference corpus for the other languages, and a line saying which.</summary>
public sealed class LanguageTaxOverviewTests : IDisposable
{
    private const string Chinese = "# 知识与力量\n\n知识就是力量。\n\n图书馆保存你收集的一切。\n\n模型按词元计费，每一次调用都有价格。\n";
    private const string English = "# Knowledge and power\n\nKnowledge is power.\n\nThe library keeps what you collect.\n\nModels are paid by the token, and every call has a price.\n";

    private static readonly ITokenCounter O200k = TokenizerRegistry.Shared.Get("o200k").Value;
    private static readonly ITokenCounter Cl100k = TokenizerRegistry.Shared.Get("cl100k").Value;

    private readonly LibraryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Overview_TwoLanguageVersionsOfOneWork_AreItsPair_AndALanguageWithoutAPairUsesTheReferenceCorpus()
    {
        long zhId = Assert.Single((await _folder.Library.Files.AddPathsAsync([_folder.Write("essay.zh.md", Chinese)], AddOptions.None)).ItemIds);
        long enId = Assert.Single((await _folder.Library.Files.AddPathsAsync([_folder.Write("essay.en.md", English)], AddOptions.None)).ItemIds);
        await _folder.Library.Files.AddPathsAsync(
            [_folder.Write("note.md", "# Une note\n\nLes bibliothèques gardent la mémoire de ce que nous lisons et de ce que nous oublions.\n")], AddOptions.None);

        var overview = await _folder.Library.TokenCounts.LanguageTaxOverviewAsync();

        Assert.Equal("by meaning: 1 translation pair in this library (zh); reference corpus Roots parallel sample, 24 sentences (fr)", overview.Basis);
        Assert.Equal(
            [("fr", "o200k_base", "reference"), ("fr", "cl100k_base", "reference"), ("zh", "o200k_base", "library"), ("zh", "cl100k_base", "library")],
            overview.ByMeaning.Select(l => (l.Language, l.Tokenizer, l.Basis)));
        var zh = overview.ByMeaning.Where(l => l.Language == "zh").ToList();
        Assert.All(zh, l => Assert.Equal((1, 1), (l.Pairs, l.ParagraphAlignedPairs)));
        string zhText = await TextAsync(zhId);
        string enText = await TextAsync(enId);
        var expected = MeaningTax.Measure([new MeaningPair("zh", zhText, enText, "")], [O200k, Cl100k], MeaningBasis.Library);
        Assert.Equal(expected.Select(r => Math.Round(r.TokensPerEnglishToken, 4)), zh.Select(l => l.TokensPerEnglishToken));
        Assert.Equal(expected.Select(r => r.Tokens), zh.Select(l => l.Tokens));
        // Per 1,000 characters stays beside it, from the same lines as before.
        var perCharacters = overview.PerCharacters.Single(l => l.Language == "zh" && l.Tokenizer == "o200k_base");
        Assert.Equal(perCharacters.TokensPerThousandCharacters, zh[0].TokensPerThousandCharacters);
        Assert.Equal(ReferenceCorpus.SentenceCount, overview.ByMeaning.First(l => l.Language == "fr").Pairs);
    }

    [Fact]
    public async Task Overview_OnlyEnglish_OrNothing_HasNothingToCompare()
    {
        var empty = await _folder.Library.TokenCounts.LanguageTaxOverviewAsync();
        await _folder.Library.Files.AddNoteAsync(English, AddOptions.None);
        var english = await _folder.Library.TokenCounts.LanguageTaxOverviewAsync();

        Assert.Equal(("by meaning: no language besides English to compare", 0, 0), (empty.Basis, empty.ByMeaning.Count, empty.PerCharacters.Count));
        Assert.Equal(("by meaning: no language besides English to compare", 0), (english.Basis, english.ByMeaning.Count));
        Assert.NotEmpty(english.PerCharacters);
    }

    [Fact]
    public void Build_PerLanguage_LibraryPairsFirst_ThenTheReferenceCorpus_ThenNothing()
    {
        LanguageTaxLine[] perCharacters =
        [
            new("en", "o200k_base", 3, 1000, 190, 190), new("ja", "o200k_base", 2, 1000, 700, 700),
            new("zh-Hans", "o200k_base", 4, 1000, 680, 680), new("xx", "o200k_base", 1, 1000, 300, 300),
        ];
        MeaningPair[] pairs = [new("zh", "知识就是力量。", "Knowledge is power.", "#1 ↔ #2"), new("zh", "模型按词元计费。", "Models are paid per token.", "#3 ↔ #4")];

        var overview = LanguageTaxByMeaning.Build(perCharacters, pairs, [O200k]);

        Assert.Equal("by meaning: 2 translation pairs in this library (zh); reference corpus Roots parallel sample, 24 sentences (ja)", overview.Basis);
        Assert.Equal([("ja", "reference", 24, 700.0), ("zh", "library", 2, 680.0)], overview.ByMeaning.Select(l => (l.Language, l.Basis, l.Pairs, l.TokensPerThousandCharacters!.Value)));
    }

    private async Task<string> TextAsync(long id) =>
        (await _folder.Library.TokenCounts.TokenInputAsync(id.ToString(CultureInfo.InvariantCulture)))!.Text;
}

/// <summary>A stored translation (<c>roots translate</c>) between English and another language is a pair of what was translated.</summary>
public sealed class StoredTranslationPairTests : IAsyncLifetime
{
    private EngineLibrary _folder = null!;

    public async Task InitializeAsync() => _folder = await EngineLibrary.StartAsync();

    public Task DisposeAsync() => _folder.DisposeAsync().AsTask();

    [Fact]
    public async Task Overview_AChineseNoteTranslatedIntoEnglish_IsMeasuredOnItsTitleAndSummary()
    {
        _folder.Server.Answer = _ => """{"title":"Knowledge and power","summary":"Knowledge is power, and the library keeps what you collect.","keywords":["knowledge"]}""";
        using var library = Library.Open(_folder.Directory).Value;
        var note = await library.Files.AddNoteAsync("# 知识与力量\n\n知识就是力量，图书馆保存你收集的一切。\n", AddOptions.None);
        long id = Assert.Single(note.ItemIds);
        var run = await library.Translations.TranslateAsync([id.ToString(CultureInfo.InvariantCulture)], all: false, ["en"]);
        Assert.True(run.IsSuccess, run.Error);

        var overview = await library.TokenCounts.LanguageTaxOverviewAsync();

        var zh = overview.ByMeaning.Single(l => l.Language == "zh" && l.Tokenizer == "o200k_base");
        Assert.Equal(("library", 1, 1), (zh.Basis, zh.Pairs, zh.ParagraphAlignedPairs));
        string text = (await library.TokenCounts.TokenInputAsync(id.ToString(CultureInfo.InvariantCulture)))!.Text;
        var o200k = TokenizerRegistry.Shared.Get("o200k").Value;
        long original = o200k.CountTokens("知识与力量") + o200k.CountTokens(ExtractiveSummarizer.Summarize(text, "zh"));
        long translated = o200k.CountTokens("Knowledge and power") + o200k.CountTokens("Knowledge is power, and the library keeps what you collect.");
        Assert.Equal((original, translated), (zh.Tokens, zh.EnglishTokens));
        Assert.StartsWith("by meaning: 1 translation pair in this library (zh)", overview.Basis, StringComparison.Ordinal);
    }
}
