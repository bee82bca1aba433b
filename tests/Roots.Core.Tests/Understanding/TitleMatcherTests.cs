using Roots.Core.Understanding;

namespace Roots.Core.Tests.Understanding;

public sealed class TitleMatcherTests
{
    [Fact]
    public void FindIn_ExactTitleAnyCase_IsFound()
    {
        var matcher = new TitleMatcher([(1, "Digital Preservation of Web Archives"), (2, "数字时代的知识管理")]);

        var found = matcher.FindIn("As argued in DIGITAL PRESERVATION OF WEB ARCHIVES, and in 《数字时代的知识管理》 too.");

        Assert.Equal([1L, 2L], found.Select(f => f.Id));
    }

    [Fact]
    public void FindIn_ShortOrGenericTitles_AreNotEvidence()
    {
        var matcher = new TitleMatcher([(1, "Notes"), (2, "README"), (3, "知识")]);

        Assert.Equal(0, matcher.Count);
        Assert.Empty(matcher.FindIn("Notes on the README about 知识"));
    }

    [Fact]
    public void FindIn_TitleInsideALongerWord_IsNotAMention()
    {
        var matcher = new TitleMatcher([(1, "Knowledge Roots")]);

        Assert.Empty(matcher.FindIn("the knowledge rootstock of it"));
        Assert.Single(matcher.FindIn("see knowledge roots."));
    }

    [Fact]
    public void FindIn_WhitespaceDifferences_AreIgnored()
    {
        var matcher = new TitleMatcher([(4, "A   Study of\nTea Gardens")]);

        Assert.Single(matcher.FindIn("read a study of tea  gardens today"));
    }

    [Fact]
    public void FindIn_EachTitleOnce_EvenWhenRepeated()
    {
        var matcher = new TitleMatcher([(1, "The Long Now Foundation")]);

        Assert.Single(matcher.FindIn("The Long Now Foundation … the long now foundation"));
    }

    [Fact]
    public void FindIn_EmptyAndHostileText_FindsNothing()
    {
        var matcher = new TitleMatcher([(1, "Some Reasonable Title")]);

        Assert.Empty(matcher.FindIn(""));
        Assert.Empty(matcher.FindIn(new string('\0', 10_000)));
    }
}
