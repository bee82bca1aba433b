using Roots.Core.Understanding;

namespace Roots.Core.Tests.Understanding;

public sealed class BodySimHashTests
{
    private const string ParagraphOne =
        "Every call to a language model is billed in tokens, yet most teams discover their consumption only when the monthly invoice arrives, long after the expensive experiments are finished.";

    private const string ParagraphTwo =
        "A tokenizer that matches the provider's own can estimate the size of a prompt in microseconds, and a price book turns that estimate into money before the call is made.";

    [Fact]
    public void Compute_ShortLinesAroundTheBody_DoNotChangeTheFingerprint()
    {
        // given one article bare, and with a running header, page numbers, a byline and a caption around it
        var bare = ParagraphOne + "\n\n" + ParagraphTwo;
        var dressed = "The Ledger Review · Vol. 3, No. 2\n1\nBy Mara Ellison, 14 March 2024\n" + ParagraphOne +
            "\nFigure 1. Tokens and cost, month by month.\nThe Ledger Review · Vol. 3, No. 2\n2\n" + ParagraphTwo + "\nShare this: Twitter Facebook Email";

        // then both have the body's fingerprint, which the whole text's is not
        Assert.Equal(BodySimHash.Compute(bare), BodySimHash.Compute(dressed));
        Assert.Equal(SimHash.Compute(bare), BodySimHash.Compute(bare));
        Assert.NotEqual(SimHash.Compute(dressed), BodySimHash.Compute(dressed));
    }

    [Fact]
    public void Compute_ALineOfNumbers_IsNotBody()
    {
        var numbers = string.Join(' ', Enumerable.Range(1990, 12));
        Assert.Equal(BodySimHash.Compute(ParagraphOne), BodySimHash.Compute(ParagraphOne + "\n" + numbers));
    }

    [Fact]
    public void Compute_TextMostlyOfShortLines_IsHashedWhole()
    {
        // a list sharing one long boilerplate line with another list is not the same text
        var list = string.Concat("tea coffee bread butter apples rice noodles eggs milk salt sugar flour beans lentils oats honey yoghurt cheese pears plums onions garlic ginger pepper".Split(' ').Select(w => $"- {w}\n")) + ParagraphOne;
        Assert.Equal(SimHash.Compute(list), BodySimHash.Compute(list));
        Assert.NotEqual(BodySimHash.Compute(ParagraphOne), BodySimHash.Compute(list));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n \r\n")]
    [InlineData("。，！")]
    public void Compute_NoWords_IsZero(string text) => Assert.Equal(0UL, BodySimHash.Compute(text));

    [Fact]
    public void Compute_OneLine_IsItsSimHash() => Assert.Equal(SimHash.Compute("one short line"), BodySimHash.Compute("one short line"));

    [Fact]
    public void Containment_OneTextInsideAnotherOfSimilarLength_IsHigh_AndTinyOrMuchShorterTextsAreNotCompared()
    {
        var article = ParagraphOne + "\n" + ParagraphTwo;
        Assert.Equal(1.0, ShingleOverlap.Containment(article, article + "\nSubscribe to the weekly letter, one email a week."));
        Assert.Equal(0, ShingleOverlap.Containment(ParagraphOne, article + "\n" + article.ToUpperInvariant() + " more words here"));
        Assert.Equal(0, ShingleOverlap.Containment("tokens are billed", "tokens are billed"));
        Assert.True(ShingleOverlap.Containment(article, ParagraphTwo + "\n" + ParagraphOne) > 0.9);
    }
}
