using Roots.App.Models;

namespace Roots.App.Tests.Models;

/// <summary>The paragraphs <c>roots translate --body</c> buys, how they share calls, and how a model's answer is read.</summary>
public sealed class BodyParagraphsTests
{
    [Fact]
    public void Split_AtBlankLines_WhateverTheLineEndsAndSpaces_KeepingLinesInsideAParagraph()
    {
        var paragraphs = BodyParagraphs.Split("  First line\r\nsame paragraph\r\n \t \r\n\r\nSecond.\n\n\n\nThird\r\rFourth\n");

        Assert.Equal(["First line\nsame paragraph", "Second.", "Third", "Fourth"], paragraphs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n \n\t\n")]
    public void Split_EmptyOrBlankText_HasNoParagraphs(string text) => Assert.Empty(BodyParagraphs.Split(text));

    [Fact]
    public void Hash_IsTheSha256OfTheParagraph_SoTheSameParagraphAnywhereHasOneKey()
    {
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", BodyParagraphs.Hash("hello"));
        Assert.Equal(BodyParagraphs.Hash(BodyParagraphs.Split("a\n\nsame")[1]), BodyParagraphs.Hash(BodyParagraphs.Split("same\r\n\r\nb")[0]));
    }

    [Fact]
    public void Batches_ShareCallsUpToTheLimit_AndALongParagraphGoesWholeAndAlone()
    {
        var paragraphs = new List<BodyParagraph>
        {
            new("a", "a", 600), new("b", "b", 600), new("c", "c", 600), new("long", "long", 5_000), new("d", "d", 10),
        };

        var batches = BodyBatches.Of(paragraphs);

        Assert.Equal([["a", "b"], ["c"], ["long"], ["d"]], batches.Select(b => b.Select(p => p.Sha256).ToList()).ToList());
        Assert.Empty(BodyBatches.Of([]));
    }

    [Fact]
    public void Batches_OfManyShortParagraphs_HoldAtMostTheParagraphLimit()
    {
        var batches = BodyBatches.Of([.. Enumerable.Range(0, 300).Select(n => new BodyParagraph(n.ToString(System.Globalization.CultureInfo.InvariantCulture), "x", 1))]);

        Assert.Equal(300 / BodyBatches.MaxParagraphs + (300 % BodyBatches.MaxParagraphs == 0 ? 0 : 1), batches.Count);
        Assert.All(batches, b => Assert.True(b.Count <= BodyBatches.MaxParagraphs));
    }

    [Fact]
    public void Read_AnArrayInAFenceOrAfterASentence_GivesTheParagraphsInOrder()
    {
        Assert.Equal(["一", "二"], BodyTranslationPrompts.Read("Here you are:\n```json\n[\"一\", \" 二 \",]\n```", 2).Value);
    }

    [Theory]
    [InlineData("", "did not answer with the JSON array")]
    [InlineData("I cannot translate this.", "did not answer with the JSON array")]
    [InlineData("[\"one\", 2]", "not a valid JSON array of strings")]
    [InlineData("[\"one\"", "did not answer with the JSON array")]
    [InlineData("[\"one\"]", "answered 1 paragraphs for 2")]
    [InlineData("[\"one\", \"two\", \"three\"]", "answered 3 paragraphs for 2")]
    [InlineData("[\"one\", \"  \"]", "empty paragraph")]
    [InlineData("[\"one\", null]", "empty paragraph")]
    [InlineData("{\"a\": [\"one\", \"two\"] ]", "not a valid JSON array")]
    public void Read_AMalformedOrMiscountedAnswer_IsAReasonNotAnException(string answer, string reason)
    {
        var read = BodyTranslationPrompts.Read(answer, 2);

        Assert.False(read.IsSuccess);
        Assert.Contains(reason, read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AHugeAnswer_IsRead()
    {
        string paragraph = new('字', 200_000);

        var read = BodyTranslationPrompts.Read($"[\"{paragraph}\"]", 1);

        Assert.Equal(paragraph, Assert.Single(read.Value));
    }

    [Fact]
    public void Translate_SendsTheParagraphsAsWritten_NotAsEscapes()
    {
        var messages = BodyTranslationPrompts.Translate("ja", ["超越 Tokens", "\"quoted\" <b>"]);

        Assert.Contains("exactly 2 strings", messages[0].Text, StringComparison.Ordinal);
        Assert.Equal("[\"超越 Tokens\",\"\\\"quoted\\\" <b>\"]", messages[1].Text);
    }
}
