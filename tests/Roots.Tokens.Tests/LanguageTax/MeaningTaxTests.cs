using Roots.Tokens.LanguageTax;
using Roots.Tokens.Tests.Support;
using Roots.Tokens.Tokenizers;

namespace Roots.Tokens.Tests.LanguageTax;

/// <summary>The language tax by meaning: pairing translations paragraph by paragraph, and the ratio of their tokens.</summary>
public sealed class MeaningTaxTests
{
    private static readonly ITokenCounter Cl100k = TokenizerRegistry.Shared.Get("cl100k").Value;
    private static readonly ITokenCounter O200k = TokenizerRegistry.Shared.Get("o200k").Value;

    private const string English = "Knowledge is power.\n\nThe library keeps what you collect.\r\n\r\nModels are paid per token.";
    private const string Chinese = "知识就是力量。\n\n图书馆保存你收集的一切。\n  \n模型按词元计费。\n";

    [Fact]
    public void Align_SameParagraphCount_PairsParagraphsInOrder()
    {
        var aligned = AlignedPair.Of(new MeaningPair("zh", Chinese, English, "test"));

        Assert.True(aligned.ParagraphAligned);
        Assert.Equal(
            [("知识就是力量。", "Knowledge is power."), ("图书馆保存你收集的一切。", "The library keeps what you collect."), ("模型按词元计费。", "Models are paid per token.")],
            aligned.Segments);
    }

    [Theory]
    [InlineData("知识就是力量。\n\n图书馆保存你收集的一切。模型按词元计费。")]
    [InlineData("知识就是力量。图书馆保存你收集的一切。模型按词元计费。")]
    public void Align_DifferentParagraphCount_ComparesTheWholeTexts(string chinese)
    {
        var aligned = AlignedPair.Of(new MeaningPair("zh", chinese, English, "test"));

        Assert.False(aligned.ParagraphAligned);
        var segment = Assert.Single(aligned.Segments);
        Assert.Equal((chinese.Trim(), English.Trim()), segment);
    }

    [Fact]
    public void Paragraphs_LinesInsideAParagraphStayTogether_BlankAndSpaceOnlyLinesSeparate()
    {
        Assert.Equal(["a\nb", "c", "d"], AlignedPair.Paragraphs("\n\na\r\nb\n \t\nc\n\n\n\nd\n"));
        Assert.Empty(AlignedPair.Paragraphs(""));
        Assert.Empty(AlignedPair.Paragraphs(" \n\n\t"));
    }

    [Fact]
    public void Measure_OnePair_RatioIsTokensOverEnglishTokensPerTokenizer()
    {
        var rows = MeaningTax.Measure([new MeaningPair("zh", Chinese, English, "test")], [O200k, Cl100k], MeaningBasis.Library);

        Assert.Equal(["o200k_base", "cl100k_base"], rows.Select(r => r.Tokenizer));
        foreach (var (row, tokenizer) in rows.Zip([O200k, Cl100k]))
        {
            string[] zh = ["知识就是力量。", "图书馆保存你收集的一切。", "模型按词元计费。"];
            string[] en = ["Knowledge is power.", "The library keeps what you collect.", "Models are paid per token."];
            long tokens = zh.Sum(tokenizer.CountTokens);
            long english = en.Sum(tokenizer.CountTokens);
            Assert.Equal(("zh", MeaningBasis.Library, 1, 1, 3), (row.Language, row.Basis, row.Pairs, row.ParagraphAlignedPairs, row.Segments));
            Assert.Equal((tokens, english), (row.Tokens, row.EnglishTokens));
            Assert.Equal((double)tokens / english, row.TokensPerEnglishToken, 12);
            var ratios = zh.Zip(en, (z, e) => (double)tokenizer.CountTokens(z) / tokenizer.CountTokens(e)).Order().ToList();
            Assert.Equal(ratios[1], row.MedianSegmentRatio!.Value, 12);
            Assert.Equal(zh.Sum(z => z.Length), row.Characters);
        }
    }

    [Fact]
    public void Measure_ManyLanguages_OneRowPerLanguageAndTokenizer_EnglishAndBlankPairsLeftOut()
    {
        MeaningPair[] pairs =
        [
            new("ja", "知識は力なり。", "Knowledge is power.", "1"),
            new("ZH", "知识就是力量。", "Knowledge is power.", "2"),
            new("zh", "图书馆保存你收集的一切。", "The library keeps what you collect.", "3"),
            new("en", "Knowledge is power.", "Knowledge is power.", "4"),
            new("fr", "  ", "Knowledge is power.", "5"),
            new("de", "Wissen ist Macht.", "", "6"),
        ];

        var rows = MeaningTax.Measure(pairs, [O200k], MeaningBasis.Library);

        Assert.Equal([("ja", 1), ("zh", 2)], rows.Select(r => (r.Language, r.Pairs)));
    }

    [Fact]
    public void Measure_NoPairs_NoRows()
    {
        Assert.Empty(MeaningTax.Measure([], [O200k, Cl100k], MeaningBasis.Reference));
    }

    [Fact]
    public void Measure_AHugeAlignedPair_IsMeasuredParagraphByParagraph()
    {
        // 20,000 paragraphs a side (about 0.3 MB of Chinese, 0.7 MB of English).
        string chinese = string.Join("\n\n", Enumerable.Repeat("图书馆保存你收集的一切。", 20_000));
        string english = string.Join("\n\n", Enumerable.Repeat("The library keeps what you collect.", 20_000));

        var row = Assert.Single(MeaningTax.Measure([new MeaningPair("zh", chinese, english, "huge")], [O200k], MeaningBasis.Library));

        Assert.Equal(20_000, row.Segments);
        double one = (double)O200k.CountTokens("图书馆保存你收集的一切。") / O200k.CountTokens("The library keeps what you collect.");
        Assert.Equal(one, row.TokensPerEnglishToken, 12);
        Assert.Equal(one, row.MedianSegmentRatio!.Value, 12);
    }

    [Fact]
    public void ReferenceCorpus_IsLineAligned_InTheSitesNineOtherLanguages()
    {
        Assert.Equal(["ar", "de", "es", "fr", "ja", "ko", "pt", "ru", "zh"], ReferenceCorpus.Languages);
        Assert.Equal(24, ReferenceCorpus.SentenceCount);
        Assert.All(ReferenceCorpus.Languages, l => Assert.Equal(24, ReferenceCorpus.Pairs(l).Count));
        Assert.Equal("A library keeps what a person collects and helps them find it again.", ReferenceCorpus.Pairs("zh")[0].English);
        Assert.Equal("图书馆保存一个人收集的东西，并帮助他再次找到它们。", ReferenceCorpus.Pairs("ZH")[0].Text);
        Assert.Empty(ReferenceCorpus.Pairs("en"));
        Assert.Empty(ReferenceCorpus.Pairs("xx"));
    }

    [Fact]
    public void ReferenceCorpus_ChineseByMeaning_IsFarBelowItsPerCharacterPremium()
    {
        var pairs = ReferenceCorpus.Pairs("zh");
        var row = MeaningTax.Measure(pairs, [O200k], MeaningBasis.Reference).Single();
        double perCharacter = ((double)row.Tokens / row.Characters) / ((double)row.EnglishTokens / row.EnglishCharacters);

        // By meaning Chinese costs about what English does under o200k; per character it looks several times dearer.
        Assert.InRange(row.TokensPerEnglishToken, 0.8, 1.4);
        Assert.True(perCharacter > 2 * row.TokensPerEnglishToken, $"per character {perCharacter:0.00}× against {row.TokensPerEnglishToken:0.00}× by meaning");
    }

    [SeedsFact]
    public void SeedEssay_ChineseHalfAgainstEnglishHalf_CostsAbout105TimesUnderO200kAnd156UnderCl100k()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Seeds!, "000_acb19a4f519c0f38.txt"));
        int english = Array.FindIndex(lines, l => l.StartsWith("Beyond Tokens: What Is Truly Scarce in the Age of AI?", StringComparison.Ordinal));
        var pair = new MeaningPair("zh", string.Join('\n', lines[..english]), string.Join('\n', lines[english..]), "seed");

        var rows = MeaningTax.Measure([pair], [O200k, Cl100k], MeaningBasis.Library);

        // The halves have different paragraph counts, so they are compared whole (the figures issue 17 quotes).
        Assert.All(rows, r => Assert.Equal(0, r.ParagraphAlignedPairs));
        Assert.Equal(1.05, rows[0].TokensPerEnglishToken, 0.01);
        Assert.Equal(1.56, rows[1].TokensPerEnglishToken, 0.01);
    }
}
