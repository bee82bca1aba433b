using Roots.Core.Analysis;

namespace Roots.Core.Tests.Analysis;

public class TextAnalyzerTests
{
    [Fact]
    public void Terms_ChineseSentence_HasBigramsAndDictionaryWords()
    {
        // given a real sentence from the seed essay
        var terms = TextAnalyzer.Terms("系统构建能力是真正的稀缺资产");

        // then every overlapping bigram is a term (recall for short queries) …
        Assert.Contains("系统", terms);
        Assert.Contains("构建", terms);
        Assert.Contains("稀缺", terms);
        Assert.Contains("资产", terms);
        Assert.Contains("统构", terms);
        // … and no term is longer than the text's words: never the whole run as one token
        Assert.DoesNotContain("系统构建能力是真正的稀缺资产", terms);
    }

    [Fact]
    public void Terms_LongDictionaryWord_IsKeptWhole()
    {
        // given a sentence with a word of more than two characters in SmartCn's dictionary
        var terms = TextAnalyzer.Terms("中华人民共和国成立于一九四九年");

        // then the segmenter's word is a term besides its bigrams
        Assert.Contains("中华人民共和国", terms);
        Assert.Contains("中华", terms);
    }

    [Fact]
    public void Terms_ParticlesAloneAreNotTerms()
    {
        var terms = TextAnalyzer.Terms("我的书");

        Assert.DoesNotContain("的", terms);
        Assert.Contains("我的", terms);
        Assert.Contains("的书", terms);
    }

    [Fact]
    public void Terms_EnglishText_IsStemmedWithoutStopWords()
    {
        var terms = TextAnalyzer.Terms("The libraries are archiving the collections");

        Assert.Equal(["librari", "archiv", "collect"], terms);
    }

    [Fact]
    public void Terms_PossessiveAndContraction_AreFolded()
    {
        var terms = TextAnalyzer.Terms("the library's catalogue doesn't");

        Assert.Equal(["librari", "catalogu", "doesnt"], terms);
    }

    [Fact]
    public void Terms_MixedChineseAndEnglish_AreAnalysedRunByRun()
    {
        // given mixed text without spaces between the scripts
        var terms = TextAnalyzer.Terms("Roots支持中文和English搜索");

        Assert.Contains("root", terms);
        Assert.Contains("english", terms);
        Assert.Contains("支持", terms);
        Assert.Contains("中文", terms);
        Assert.Contains("搜索", terms);
    }

    [Fact]
    public void Terms_FullWidthQuery_EqualsHalfWidthText()
    {
        Assert.Equal(TextAnalyzer.Terms("AI tools 2026"), TextAnalyzer.Terms("ＡＩ　ｔｏｏｌｓ　２０２６"));
    }

    [Fact]
    public void Terms_JapaneseKanaAndKorean_AreBigrams()
    {
        Assert.Equal(["ひら", "らが", "がな"], TextAnalyzer.Terms("ひらがな"));
        Assert.Equal(["한국", "국어"], TextAnalyzer.Terms("한국어"));
    }

    [Fact]
    public void Terms_SingleHanCharacter_IsATerm()
    {
        Assert.Equal(["茶"], TextAnalyzer.Terms("茶"));
    }

    [Fact]
    public void Terms_NumbersAndIdentifiers_AreSplitOnPunctuation()
    {
        var terms = TextAnalyzer.Terms("ISSN 3083-5178, doi 10.5281/zenodo.17978371");

        Assert.Equal(["issn", "3083", "5178", "doi", "10", "5281", "zenodo", "17978371"], terms);
    }

    [Fact]
    public void Terms_OverlongWord_IsDropped()
    {
        string blob = new('x', TextAnalyzer.MaxWordLength + 1);

        Assert.Equal(["keep"], TextAnalyzer.Terms($"{blob} keep"));
    }

    [Fact]
    public void Terms_EmptyAndPunctuation_GiveNothing()
    {
        Assert.Empty(TextAnalyzer.Terms(""));
        Assert.Empty(TextAnalyzer.Terms("  ，。！？ --- *** "));
    }

    [Fact]
    public void Terms_SameTextTwice_GiveSameTerms()
    {
        const string text = "词元之后：AI时代真正稀缺的是什么？Beyond tokens.";

        Assert.Equal(TextAnalyzer.Terms(text), TextAnalyzer.Terms(text));
    }
}

public class ChineseIndexingTests
{
    [Fact]
    public void Bigrams_EmitOnlyOverlappingPairs()
    {
        Assert.Equal(["中华", "华人", "人民"], TextAnalyzer.Terms("中华人民", ChineseIndexing.Bigrams));
    }

    [Fact]
    public void Words_EmitOnlySegmenterWords()
    {
        var terms = TextAnalyzer.Terms("我们在测试分词", ChineseIndexing.Words);

        Assert.Contains("我们", terms);
        Assert.Contains("测试", terms);
        Assert.DoesNotContain("们在", terms);
    }
}

/// <summary>One pass for the index and the word sequence gives exactly what two separate analyses give.</summary>
public class TextAnalyzerDualPassTests
{
    // From the seed essay and the quickstart samples: long Chinese runs, particles, numbers, English.
    private const string Long =
        "本文是基于我个人三十余年跨领域实践（从1989年赴澳留学至今，涉及远程工作、物流管理、自动化处理、网站建设、文化传播、" +
        "多语言出版以及跨领域研究）所形成的个人观点。词元是正在快速演变的新事物，本文仅代表截至成文时的个人阶段性观察与判断。" +
        "公开实证见 https://times.net.au 及该网站列出的全部作品、ISSN 3083-5178、超过60个DOI。" +
        "Tokens are becoming the core unit of measurement in the age of artificial intelligence, but they are not the final value. " +
        "中华人民共和国成立于一九四九年；雕版印刷大约在唐代出现，活字印刷则在宋代。";

    public static TheoryData<string, ChineseIndexing> Cases()
    {
        var data = new TheoryData<string, ChineseIndexing>();
        foreach (var mode in Enum.GetValues<ChineseIndexing>())
        {
            data.Add("系统构建能力是真正的稀缺资产。Tokens are the unit; 词元之后 the library's ひらがな 한국어 x 中 1989年", mode);
            data.Add(Long, mode);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void IndexAndWords_InOnePass_EqualTheSeparateAnalyses(string text, ChineseIndexing mode)
    {
        var index = new List<string>();
        var words = new List<string>();
        var indexSink = new ListSink(index);
        var wordsSink = new ListSink(words);

        TextAnalyzer.Analyze(text, ref indexSink, ref wordsSink, mode);

        Assert.Equal(TextAnalyzer.Terms(text, mode), index);
        Assert.Equal(TextAnalyzer.Terms(text, ChineseIndexing.Words), words);
        Assert.Equal(Roots.Core.Understanding.SimHash.Compute(text), Roots.Core.Understanding.SimHash.Compute(words));
    }

    [Fact]
    public void AnalyzeTitle_AddsEachHanCharacter_AfterTheTerms()
    {
        var terms = new List<string>();
        var sink = new ListSink(terms);
        TextAnalyzer.AnalyzeTitle("人生道路 Roads", ref sink);

        Assert.Equal([.. TextAnalyzer.Terms("人生道路 Roads"), "人", "生", "道", "路"], terms);
    }

    [Fact]
    public void QueryTerms_AreTheTermsThenTheCharactersNotAlreadyAmongThem()
    {
        var terms = TextAnalyzer.QueryTerms("钱 好吗 money");

        var plain = TextAnalyzer.Terms("钱 好吗 money");
        Assert.Equal([.. plain, .. new[] { "钱", "好", "吗" }.Where(c => !plain.Contains(c))], terms);
        Assert.Contains("吗", terms);
        Assert.Equal(terms.Count, terms.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(TextAnalyzer.Terms("plain english words"), TextAnalyzer.QueryTerms("plain english words"));
    }
}
