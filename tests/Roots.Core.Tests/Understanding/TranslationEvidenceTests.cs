using Roots.Core.Understanding;

namespace Roots.Core.Tests.Understanding;

public sealed class TranslationEvidenceTests
{
    private const string Chinese = "1989年我赴澳留学，2005年搭建发票系统。OpenAI 的 GPT-4o 和 DeepSeek V3 都用 BPE 切分文本，中文多用 30% 到 60% 的词元。作品见 https://times.net.au，ISSN 3083-5178。";

    private const string English = "I went to study in Australia in 1989 and built an invoicing system in 2005. OpenAI's GPT-4o and DeepSeek V3 both cut text with BPE; Chinese takes 30% to 60% more tokens. My works are at https://times.net.au, ISSN 3083-5178.";

    [Fact]
    public void Compare_ATranslation_SharesNearlyAllItsAnchors()
    {
        var comparison = TranslationEvidence.Compare(Chinese, English);

        Assert.True(comparison.IsTranslation, $"{comparison.Shared} of {comparison.Anchors}");
        Assert.True(comparison.Anchors >= 10);
    }

    [Fact]
    public void Compare_ADifferentTextWithSomeOfTheSameNumbers_IsNotATranslation()
    {
        const string other = "In 1989 the first web page went up at CERN; by 2005 search engines indexed billions of pages, most in English, and 60% of them are gone today.";

        Assert.False(TranslationEvidence.Compare(Chinese, other).IsTranslation);
    }

    [Fact]
    public void Compare_TooFewAnchors_DecidesNothing()
    {
        var comparison = TranslationEvidence.Compare("秋天喝茶，水温要低一些，茶叶放少一点。", "In autumn, brew tea with cooler water and fewer leaves.");

        Assert.False(comparison.IsTranslation);
        Assert.True(comparison.Anchors < TranslationEvidence.MinAnchors);
    }

    [Fact]
    public void Compare_LengthsOfDifferentTexts_CountNoAnchors()
    {
        // A one-line Chinese note cannot be the translation of a long English article, whatever they share.
        string article = string.Concat(Enumerable.Repeat(English + " ", 20));

        Assert.Equal(0, TranslationEvidence.Compare("1989年 OpenAI GPT BPE 2005 3083 5178", article).Anchors);
    }

    [Fact]
    public void Compare_FullWidthDigitsAndLetters_AreTheSameAnchors()
    {
        string wide = Chinese.Replace("1989", "１９８９", StringComparison.Ordinal).Replace("BPE", "ＢＰＥ", StringComparison.Ordinal);

        Assert.Equal(TranslationEvidence.Compare(Chinese, English), TranslationEvidence.Compare(wide, English));
    }

    [Fact]
    public void SearchAnchors_OfEnglish_AreNamesAndNumbers_NotCommonWords()
    {
        var anchors = TranslationEvidence.SearchAnchors(English, chinese: false);

        Assert.Contains("1989", anchors);
        Assert.Contains("bpe", anchors);
        Assert.Contains("openai", anchors);
        Assert.DoesNotContain("the", anchors);
        Assert.DoesNotContain("went", anchors);
        Assert.DoesNotContain("My", anchors);
    }

    [Fact]
    public void SearchAnchors_OneNameInTwoCases_IsOneAnchor()
    {
        var anchors = TranslationEvidence.SearchAnchors("Archive first. The ARCHIVE of the Web Archive keeps pages from 1996 on.", chinese: false);

        Assert.Single(anchors, a => a == "archive");
    }
}
