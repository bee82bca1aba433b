using Roots.Core.Analysis;

namespace Roots.Core.Tests.Analysis;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("词元正在成为AI时代的核心计量单位，但本文将论证：词元本身不是最终价值。", "zh")]
    [InlineData("Tokens are becoming the unit of account of the AI era, but this essay argues that they are not the final value.", "en")]
    [InlineData("東京は日本の首都です。ここにはたくさんの人が住んでいます。", "ja")]
    [InlineData("서울은 대한민국의 수도입니다. 많은 사람들이 살고 있습니다.", "ko")]
    [InlineData("La bibliothèque nationale conserve les archives du web pour les générations futures.", "fr")]
    [InlineData("Die Nationalbibliothek archiviert das Web und die Bücher für die Zukunft.", "de")]
    [InlineData("La biblioteca nacional conserva los archivos de la web para el futuro de todos.", "es")]
    [InlineData("Национальная библиотека сохраняет веб-архивы для будущих поколений.", "ru")]
    [InlineData("تحتفظ المكتبة الوطنية بأرشيف الويب للأجيال القادمة.", "ar")]
    // "a" is English's commonest article as well as Portuguese's: it must count for both.
    [InlineData("A thought noted in the browser: a knowledge garden needs a gardener.", "en")]
    [InlineData("A biblioteca nacional guarda os arquivos da web para as gerações futuras e não só.", "pt")]
    public void Detect_Sentence_ReturnsItsLanguage(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_ChineseWithEnglishTerms_StaysChinese()
    {
        Assert.Equal("zh", LanguageDetector.Detect("我们用 SQLite 和 Lucene.Net 构建了一个本地优先的知识库，支持中文分词。"));
    }

    [Fact]
    public void Detect_EnglishQuotingChinese_StaysEnglish()
    {
        Assert.Equal("en", LanguageDetector.Detect("The word 词元 is how Chinese writers translate the English word token in most essays."));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345 !!! ---")]
    public void Detect_NoLetters_IsUndetermined(string text)
    {
        Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_BilingualText_IsTheLanguageItOpensWith()
    {
        // Li Wei's essay: each piece in Chinese, then in English. English has more words by count,
        // yet the essay is Chinese: its title and first piece are.
        string chinese = string.Concat(Enumerable.Repeat("晚上六点。我本来只是想问一句：你还活着吗？终端里一行绿字，我笑了。\n", 12));
        string english = string.Concat(Enumerable.Repeat("Six in the evening. All I wanted to ask was one thing: are you still alive? A line of green text in the terminal, and I laughed.\n", 12));
        Assert.Equal("zh", LanguageDetector.Detect("涂鸦之夜 / Tuya's Night\n\n" + chinese + english));
        Assert.Equal("en", LanguageDetector.Detect("Tuya's Night / 涂鸦之夜\n\n" + english + chinese));
    }

    [Fact]
    public void Detect_LongEnglishTextOpeningWithAChineseLine_StaysEnglish()
    {
        // A Chinese heading or quotation is not enough to make an English text bilingual.
        string english = string.Concat(Enumerable.Repeat("The word token has become the unit in which language models are sold and counted. ", 40));
        Assert.Equal("en", LanguageDetector.Detect("词元之后：稀缺的是什么？\n\n" + english));
    }
}
