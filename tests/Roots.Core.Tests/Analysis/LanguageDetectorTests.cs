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
}
