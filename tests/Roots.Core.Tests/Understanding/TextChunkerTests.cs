using Roots.Core.Understanding;

namespace Roots.Core.Tests.Understanding;

public sealed class TextChunkerTests
{
    [Fact]
    public void Chunk_ShortText_IsOnePassageWithTheTitle()
    {
        var chunks = TextChunker.Chunk("Tea", "Oolong grows in Fujian. It is half oxidised.");

        Assert.Equal(["Tea. Oolong grows in Fujian. It is half oxidised."], chunks);
    }

    [Fact]
    public void Chunk_LongText_KeepsEveryPassageWithinTheBudget()
    {
        string sentence = "The national library archives the web every year for readers to come. ";
        var chunks = TextChunker.Chunk("Archives", string.Concat(Enumerable.Repeat(sentence, 60)), budget: 100);

        Assert.True(chunks.Count > 5);
        Assert.All(chunks, c => Assert.True(TextChunker.EstimatePieces(c) <= 100 + 20, $"{TextChunker.EstimatePieces(c)} pieces: {c}"));
        Assert.All(chunks, c => Assert.StartsWith("Archives. ", c));
    }

    [Fact]
    public void Chunk_Chinese_CountsEveryCharacterAsAPiece()
    {
        Assert.Equal(6, TextChunker.EstimatePieces("数字图书馆。"));
        var chunks = TextChunker.Chunk("", string.Concat(Enumerable.Repeat("数字时代的知识管理需要长期保存。", 100)), budget: 64, maxChunks: 100);

        Assert.Equal(25, chunks.Count);
        Assert.All(chunks, c => Assert.Equal(64, c.Length)); // four sentences, no spaces between them
    }

    [Fact]
    public void Chunk_MaxChunks_BoundsTheCost()
    {
        var chunks = TextChunker.Chunk("T", string.Concat(Enumerable.Repeat("One sentence here. ", 5000)), budget: 50, maxChunks: 3);

        Assert.Equal(3, chunks.Count);
    }

    [Fact]
    public void Chunk_EmptyText_GivesTheTitleOrNothing()
    {
        Assert.Equal(["Only a title"], TextChunker.Chunk("Only a title", ""));
        Assert.Empty(TextChunker.Chunk("", "   "));
    }
}
