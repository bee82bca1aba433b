using Roots.Core.Understanding;

namespace Roots.Core.Tests.Understanding;

public class ExtractiveSummarizerTests
{
    private const string English =
        "Web archives keep the pages that the live web forgets. " +
        "National libraries collect their country's web under legal deposit. " +
        "The crawler writes every response into WARC files with a payload digest. " +
        "My cat likes to sleep on the keyboard. " +
        "WARC files let archivists replay old pages and check that the bits have not changed. " +
        "Legal deposit of web pages makes national libraries the long memory of the web.";

    private const string Chinese =
        "词元正在成为人工智能时代的计量单位。" +
        "但是词元本身不是最终的价值。" +
        "随着推理成本下降，词元会像网络流量一样廉价。" +
        "今天晚上的月亮很圆。" +
        "真正稀缺的是把词元嵌入系统的能力。" +
        "系统构建能力依赖长期实践和真实数据，而不是词元的数量。";

    [Fact]
    public void Summarize_English_PicksTheCentralSentencesInOrder()
    {
        string summary = ExtractiveSummarizer.Summarize(English, "en");

        // golden: the three sentences most connected to the others, in document order; never the cat
        Assert.Equal(
            "National libraries collect their country's web under legal deposit. " +
            "WARC files let archivists replay old pages and check that the bits have not changed. " +
            "Legal deposit of web pages makes national libraries the long memory of the web.",
            summary);
    }

    [Fact]
    public void Summarize_Chinese_StaysWithinTheCharacterBudget()
    {
        string summary = ExtractiveSummarizer.Summarize(Chinese, "zh");

        Assert.Equal("但是词元本身不是最终的价值。真正稀缺的是把词元嵌入系统的能力。系统构建能力依赖长期实践和真实数据，而不是词元的数量。", summary);
        Assert.DoesNotContain("月亮", summary, StringComparison.Ordinal);
        Assert.True(summary.Length <= 200);
    }

    [Fact]
    public void Summarize_ShortOrEmptyText_ReturnsItAsIs()
    {
        Assert.Equal("", ExtractiveSummarizer.Summarize(""));
        Assert.Equal("Only one sentence here.", ExtractiveSummarizer.Summarize("Only one sentence here."));
    }

    [Fact]
    public void Summarize_IsDeterministic()
    {
        Assert.Equal(ExtractiveSummarizer.Summarize(English + " " + Chinese), ExtractiveSummarizer.Summarize(English + " " + Chinese));
    }

    [Fact]
    public void Summarize_BilingualTextWithRepeatedHeadings_TakesSentencesOfItsLanguageNotTheHeadings()
    {
        // Li Wei's essay repeats its bilingual title over every piece; TextRank alone chose those titles.
        string piece = "涂鸦之夜 / Tuya's Night\n\n" + Chinese + "\n\nTuya's Night\n\n" + English + "\n\n";
        string summary = ExtractiveSummarizer.Summarize(piece + piece.Replace("词元", "模型", StringComparison.Ordinal), "zh");

        Assert.DoesNotContain("Tuya", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("the", summary, StringComparison.Ordinal);
        Assert.Contains("系统", summary, StringComparison.Ordinal);
    }
}
