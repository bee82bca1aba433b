using Roots.App.Connect;

namespace Roots.App.Tests.Connect;

public sealed class WikiLinksTests
{
    [Fact]
    public void Targets_AliasesHeadingsEmbedsAndRepeats_GiveEachTitleOnce()
    {
        // when
        var targets = WikiLinks.Targets("[[Tea|some tea]], ![[Water#Heat]], [[ tea ]], [[乌龙茶]] and [[Local  First]].");

        // then
        Assert.Equal([("Tea", "TEA"), ("Water", "WATER"), ("乌龙茶", "乌龙茶"), ("Local  First", "LOCAL FIRST")], targets);
    }

    [Fact]
    public void Targets_UnclosedEmptyNestedOrMultiline_AreNoLinks()
    {
        Assert.Empty(WikiLinks.Targets("[[]] [[ | alias]] [[a\nb]] [[[x]] [[never closed"));
    }

    [Fact]
    public void Targets_HostileText_StopsAtTheCaps()
    {
        // given
        var many = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"[[t{i}]]"));
        var long_ = "[[" + new string('x', 10_000) + "]]";

        // then
        Assert.Equal(WikiLinks.MaxLinks, WikiLinks.Targets(many).Count);
        Assert.Empty(WikiLinks.Targets(long_));
    }
}
