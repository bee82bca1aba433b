using Roots.Core.Understanding;

namespace Roots.Core.Tests.Understanding;

public class SentenceSplitterTests
{
    [Fact]
    public void Split_ChineseAndEnglish_AtTheirOwnStops()
    {
        var sentences = SentenceSplitter.Split("今天下雨了。我们在家喝茶！Tea is calm. Is it? Yes, e.g. oolong.");

        Assert.Equal(["今天下雨了。", "我们在家喝茶！", "Tea is calm.", "Is it?", "Yes, e.g. oolong."], sentences);
    }

    [Fact]
    public void Split_HeadingsAndListItems_AreSentencesOfTheirOwn()
    {
        var sentences = SentenceSplitter.Split("Tea notes\n\n- oolong\n- green tea\nBrewing takes care.");

        Assert.Equal(["Tea notes", "- oolong", "- green tea", "Brewing takes care."], sentences);
    }

    [Fact]
    public void Split_ClosingQuote_StaysWithItsSentence()
    {
        Assert.Equal(["他说：“停。”", "它说：“没有活动任务。”"], SentenceSplitter.Split("他说：“停。”它说：“没有活动任务。”"));
    }

    [Fact]
    public void Split_RunOnText_IsCutNearTheLimit()
    {
        string runOn = string.Join(", ", Enumerable.Repeat("words without end", 100));

        var sentences = SentenceSplitter.Split(runOn);

        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.InRange(s.Length, 1, SentenceSplitter.MaxSentenceLength + 101));
    }
}
