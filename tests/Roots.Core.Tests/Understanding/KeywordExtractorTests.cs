using Roots.Core.Understanding;

namespace Roots.Core.Tests.Understanding;

public class KeywordExtractorTests
{
    [Fact]
    public void Candidates_EnglishWords_AreCountedByStemAndShownAsWritten()
    {
        var candidates = KeywordCandidates.Of("Archives archive archiving. The archives would say so; Tea!");

        Assert.Equal((4, "archives"), candidates.Terms["archiv"]);
        Assert.Equal((1, "tea"), candidates.Terms["tea"]);
        Assert.False(candidates.Terms.ContainsKey("would"));
        Assert.False(candidates.Terms.ContainsKey("the"));
    }

    [Fact]
    public void Candidates_ChineseWords_ComeFromTheSegmenterWithoutFunctionWords()
    {
        var candidates = KeywordCandidates.Of("我们认为分词决定搜索质量，分词错误会让搜索失败。");

        Assert.Equal(2, candidates.Terms["分词"].Count);
        Assert.Equal(2, candidates.Terms["搜索"].Count);
        Assert.False(candidates.Terms.ContainsKey("我们"));
        Assert.DoesNotContain(candidates.Terms.Keys, k => k.Length == 1);
    }

    [Fact]
    public void Rank_RareInLibraryAndFrequentInDocument_Wins()
    {
        var candidates = KeywordCandidates.Of("Oolong tea. Oolong again. Tea and water. Water.");
        var frequencies = new Dictionary<string, long> { ["oolong"] = 2, ["tea"] = 900, ["water"] = 500 };

        var keywords = KeywordExtractor.Rank(candidates, documentCount: 1000, frequencies);

        Assert.Equal(["oolong", "water", "tea"], keywords.Select(k => k.Display));
        Assert.True(keywords[0].Score > keywords[1].Score);
    }

    [Fact]
    public void Rank_KeepsAtMostTheRequestedCount()
    {
        var candidates = KeywordCandidates.Of(string.Join(' ', Enumerable.Range(0, 50).Select(i => $"word{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}")));

        Assert.Equal(8, KeywordExtractor.Rank(candidates, 10, new Dictionary<string, long>()).Count);
    }
}
