using Roots.Core.Understanding;

namespace Roots.Core.Tests.Understanding;

public class SimHashTests
{
    private const string English =
        "Web archives keep the pages that the live web forgets. National libraries collect their country's web under " +
        "legal deposit, and the crawler writes every response into WARC files with a payload digest. WARC files let " +
        "archivists replay old pages and check that the bits have not changed since they were collected. A personal " +
        "library can do the same: keep the original bytes, derive the text again when the extractor improves, and " +
        "find near-duplicates so that the same article saved twice from two addresses is not indexed twice. Search " +
        "engines have used fingerprints of this kind for many years to find mirrored pages, syndicated news stories " +
        "and printer-friendly copies of articles, because comparing every pair of documents word by word is far too slow.";

    private const string Chinese =
        "词元正在成为人工智能时代的计量单位，但是词元本身不是最终的价值。随着推理成本下降，词元会像网络流量一样廉价。" +
        "真正稀缺的是把词元嵌入系统的能力，也就是把模型、数据、流程和人连接起来的工程能力。国家图书馆和网络档案馆" +
        "用标准格式保存网页，因为仅仅收藏链接的网页会随着服务器消失而消失。个人知识库也应该这样做：保存原始字节，" +
        "在抽取器改进时重新生成文本，并找出近似重复的文章，避免同一篇文章从两个地址保存两次。";

    [Fact]
    public void Compute_SameText_IsStableAndZeroApart()
    {
        Assert.Equal(SimHash.Compute(English), SimHash.Compute(English));
        Assert.Equal(0, SimHash.Distance(SimHash.Compute(English), SimHash.Compute(English)));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 3)]
    [InlineData(true, 4)]
    public void Compute_ArticleWithOneSentenceChanged_IsNearDuplicate(bool chinese, int seed)
    {
        // An article-length text (a few thousand words, as a fetched page is); one sentence reworded.
        var text = Article(chinese ? Chinese : English, seed);
        var edited = chinese ? text.Replace("廉价", "便宜", StringComparison.Ordinal) : text.Replace("forgets", "loses", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        var distance = SimHash.Distance(SimHash.Compute(text), SimHash.Compute(edited));
        Assert.True(distance <= SimHash.DefaultMaxDistance, $"distance {distance}");
    }

    [Fact]
    public void Compute_ShortTextsOneWordApart_MoveMoreThanLongOnes()
    {
        // Why the threshold assumes article-length text: in a 70-word text one word is 4% of the shingles.
        var distance = SimHash.Distance(SimHash.Compute(English), SimHash.Compute(English.Replace("forgets", "loses", StringComparison.Ordinal)));
        Assert.InRange(distance, 1, 16);
    }

    /// <summary>The sentences of <paramref name="source"/> shuffled into a long text (deterministic), the first kept first.</summary>
    private static string Article(string source, int seed)
    {
        var separators = new[] { '.', '。' };
        var sentences = source.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var random = new Random(seed);
        var parts = new List<string> { sentences.First(s => s.Contains("forgets") || s.Contains("廉价")) };
        for (var i = 0; i < 60; i++)
        {
            var a = sentences[random.Next(sentences.Length)].Split(' ', '，');
            var b = sentences[random.Next(sentences.Length)].Split(' ', '，');
            parts.Add(string.Join(' ', a.Take(a.Length / 2).Concat(b.Skip(b.Length / 2))).Replace("forgets", "keeps").Replace("廉价", "普遍"));
        }

        return string.Join(". ", parts);
    }

    [Fact]
    public void Compute_FormattingOnly_IsIdentical()
    {
        var reformatted = English.ToUpperInvariant().Replace(". ", ".\n\n", StringComparison.Ordinal);
        Assert.Equal(SimHash.Compute(English), SimHash.Compute(reformatted));
    }

    [Fact]
    public void Compute_DifferentTexts_AreFarApart()
    {
        var distance = SimHash.Distance(SimHash.Compute(English), SimHash.Compute(Chinese));
        var other = SimHash.Compute("The recipe needs flour, sugar, butter and three eggs; bake for forty minutes until golden brown.");
        Assert.True(distance > 10, $"distance {distance}");
        Assert.True(SimHash.Distance(SimHash.Compute(English), other) > 10);
        Assert.False(SimHash.IsNearDuplicate(SimHash.Compute(English), other));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the of and")]
    public void Compute_NoWords_IsZero(string text) => Assert.Equal(0UL, SimHash.Compute(text));

    [Fact]
    public void Compute_ShortText_UsesWholeSequence() => Assert.NotEqual(0UL, SimHash.Compute("archive"));

    [Theory]
    [InlineData(0UL, 0UL, 0)]
    [InlineData(0UL, ulong.MaxValue, 64)]
    [InlineData(0b1011UL, 0b0001UL, 2)]
    public void Distance_CountsDifferingBits(ulong a, ulong b, int expected) => Assert.Equal(expected, SimHash.Distance(a, b));
}

/// <summary>The streaming sink gives the fingerprint <see cref="SimHash.Compute(IReadOnlyList{string}, int)"/> gives.</summary>
public class SimHashSinkTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(500, 3)]
    [InlineData(7, 1)]
    [InlineData(50, 5)]
    public void Sink_EqualsCompute(int count, int shingleSize)
    {
        var random = new Random(count * 31 + shingleSize);
        var tokens = Enumerable.Range(0, count)
            .Select(i => i % 17 == 5 ? new string('长', 100) : new string((char)random.Next('a', 'f'), random.Next(1, 4)) + "词" [..random.Next(0, 2)])
            .ToList();
        var sink = new SimHashSink(shingleSize);

        foreach (string token in tokens)
        {
            sink.Add(token);
        }

        Assert.Equal(SimHash.Compute(tokens, shingleSize), sink.Fingerprint());
    }

    [Fact]
    public void Sink_FedByTheAnalyzer_EqualsComputeOfTheText()
    {
        const string text = "词元正在成为人工智能时代的核心计量单位，但词元本身不是最终价值。Tokens are the unit of measurement; 系统构建能力才是稀缺资产。";
        var index = default(Roots.Core.Analysis.NoTokens);
        var sink = new SimHashSink();

        Roots.Core.Analysis.TextAnalyzer.Analyze(text, ref index, ref sink);

        Assert.Equal(SimHash.Compute(text), sink.Fingerprint());
        Assert.NotEqual(0UL, sink.Fingerprint());
    }
}
