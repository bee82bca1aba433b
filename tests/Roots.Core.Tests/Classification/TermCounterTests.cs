using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public class TermCounterTests
{
    [Fact]
    public void Count_English_StemsDropsStopWordsAndWeightsTheTitle()
    {
        var counts = TermCounter.Count("The archives and the archive.", "Archives", titleWeight: 2);

        Assert.Equal(4, counts["archiv"]);
        Assert.False(counts.ContainsKey("the"));
        Assert.DoesNotContain(counts.Keys, k => k.StartsWith(TermCounter.WordPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Count_Chinese_BigramsPlusPrefixedWords()
    {
        var counts = TermCounter.Count("档案馆保存信件", title: null, titleWeight: 2);

        Assert.Equal(1, counts["档案"]);
        Assert.Equal(1, counts["案馆"]);
        Assert.Equal(1, counts["保存"]);
        Assert.Equal(1, counts["w:保存"]);
        Assert.False(counts.ContainsKey("保存信件"));
    }

    [Fact]
    public void Count_TitleWeightZero_IgnoresTitle()
    {
        var counts = TermCounter.Count("tea", "archives", titleWeight: 0);

        Assert.Equal(["tea"], counts.Keys);
    }
}
