using Roots.Core.Lexicon;

namespace Roots.Core.Tests.Lexicon;

public class QueryTranslatorTests
{
    private readonly QueryTranslator _translator = new(BilingualLexicon.Default);

    [Fact]
    public void Translate_ChineseQuestion_GivesEnglishIndexTerms()
    {
        var translated = _translator.Translate("怎么做面包");

        Assert.Contains(translated.Terms, t => t.Term == "bread");
        Assert.All(translated.Terms, t => Assert.True(char.IsAsciiLetter(t.Term[0]), t.Term));
        Assert.Contains("bread", translated.EnglishText, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_EnglishQuery_GivesChineseIndexTerms()
    {
        var translated = _translator.Translate("how to bake bread");

        Assert.Contains(translated.Terms, t => t.Term == "面包");
        Assert.Null(translated.EnglishText);
    }

    [Fact]
    public void Translate_TwoWordPhrase_UsesThePhrase()
    {
        var translated = _translator.Translate("artificial intelligence");

        // then 人工智能 (one headword for both words), as the index's bigrams, rather than 人造 + 智力 word by word
        Assert.Contains(translated.Terms, t => t.Term == "人工");
        Assert.Contains(translated.Terms, t => t.Term == "智能");
    }

    [Theory]
    [InlineData("")]
    [InlineData("xyzzyqq")]
    [InlineData("12345 !!! ？？")]
    [InlineData("的了是")]
    public void Translate_NothingToTranslate_GivesNoTerms(string query)
    {
        Assert.Empty(_translator.Translate(query).Terms);
    }

    [Fact]
    public void Translate_LongParagraph_KeepsAtMostMaxTerms()
    {
        string paragraph = string.Concat(Enumerable.Repeat("知识管理系统需要搜索引擎和语言模型，数据和文本都是资产。", 20));

        var translated = _translator.Translate(paragraph);

        Assert.InRange(translated.Terms.Count, 1, QueryTranslator.MaxTerms);
        Assert.Contains(translated.Terms, t => t.Term == "knowledg");
    }
}
