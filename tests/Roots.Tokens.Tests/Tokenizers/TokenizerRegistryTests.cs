using Roots.Tokens.Tests.Support;
using Roots.Tokens.Tokenizers;
using Roots.Tokens.Tokenizers.HuggingFace;

namespace Roots.Tokens.Tests.Tokenizers;

public sealed class TokenizerRegistryTests
{
    [Theory]
    [InlineData("o200k", TokenizerNames.O200kBase)]
    [InlineData("CL100K", TokenizerNames.Cl100kBase)]
    [InlineData("p50k", TokenizerNames.P50kBase)]
    [InlineData("gpt2", TokenizerNames.R50kBase)]
    [InlineData("r50k_base", TokenizerNames.R50kBase)]
    public void Get_AliasesResolveToCanonicalNames(string asked, string canonical)
    {
        Assert.Equal(canonical, TokenizerRegistry.Shared.Get(asked).Value.Name);
    }

    [Fact]
    public void Get_Unknown_FailsListingKnownNames()
    {
        var result = TokenizerRegistry.Shared.Get("bogus");

        Assert.False(result.IsSuccess);
        Assert.Contains("unknown tokenizer 'bogus'", result.Error, StringComparison.Ordinal);
        Assert.Contains("o200k_base", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_ManyThreadsAtOnce_CreateOneInstance()
    {
        var registry = new TokenizerRegistry();

        var instances = Enumerable.Range(0, 8).AsParallel().Select(_ => registry.Get("cl100k").Value).Distinct().ToList();

        Assert.Single(instances);
    }

    [Fact]
    public void CountTokens_SpecialTokenText_IsCountedAsText()
    {
        var o200k = TokenizerRegistry.Shared.Get("o200k").Value;

        Assert.True(o200k.CountTokens("<|endoftext|>") > 1);
        Assert.Equal(0, o200k.CountTokens(""));
    }

    [Fact]
    public void AddTokenizerJson_BuiltInName_IsRefused()
    {
        Assert.False(new TokenizerRegistry().AddTokenizerJson("o200k", "/tmp/x.json"));
    }

    [Fact]
    public void AddTokenizerJson_MissingFile_FailsOnUseWithThePath()
    {
        var registry = new TokenizerRegistry();
        registry.AddTokenizerJson("mine", "/nonexistent/tokenizer.json");

        var result = registry.Get("mine");

        Assert.False(result.IsSuccess);
        Assert.Contains("/nonexistent/tokenizer.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("mine", registry.Names);
    }

    [Theory]
    [InlineData("""{"model":{"type":"Unigram"}}""", "only BPE")]
    [InlineData("""{"model":{"type":"BPE","vocab":{},"merges":[]},"pre_tokenizer":{"type":"Whitespace"}}""", "'Whitespace' is not supported")]
    [InlineData("""{"model":{"type":"BPE","vocab":{},"merges":[]},"pre_tokenizer":null}""", "no ByteLevel")]
    [InlineData("""{"model":{"type":"BPE","vocab":{},"merges":[]},"pre_tokenizer":{"type":"ByteLevel","use_regex":true}}""", "lacks byte 0x00")]
    [InlineData("""{"model":{"type":"BPE","byte_fallback":true}}""", "byte_fallback")]
    [InlineData("""{"normalizer":{"type":"Lowercase"},"model":{"type":"BPE","vocab":{},"merges":[]},"pre_tokenizer":{"type":"ByteLevel"}}""", "normalizer 'Lowercase'")]
    [InlineData("not json", "not valid JSON")]
    public void Load_UnsupportedTokenizerJson_FailsSayingWhat(string json, string reason)
    {
        string path = Path.Combine(Path.GetTempPath(), $"roots-tok-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var result = HuggingFaceTokenizer.Load("x", path);

            Assert.False(result.IsSuccess);
            Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TokenizerJsonFact]
    public void TokenizerJson_AddedTokensAreOneTokenEach()
    {
        var qwen = HuggingFaceTokenizer.Load("qwen3", RepositoryPaths.TokenizerJson("tokenizer-qwen3")!).Value;

        Assert.Equal(1, qwen.CountTokens("<|im_start|>"));
        Assert.Equal(qwen.CountTokens("hello") + 2, qwen.CountTokens("<think>hello</think>"));
    }

    [TokenizerJsonFact]
    public void TokenizerJson_LongWordWithoutSpaces_CountsByHeapLikeByScanning()
    {
        var llama = HuggingFaceTokenizer.Load("llama", RepositoryPaths.TokenizerJson("tokenizer-llama3_1")!).Value;
        string word = string.Concat(Enumerable.Repeat("知识引擎", 200)); // one pre-token of 2,400 bytes

        long whole = llama.CountTokens(word);
        long parts = Enumerable.Range(0, 200).Sum(_ => llama.CountTokens("知识引擎"));

        Assert.InRange(whole, 1, parts);
    }
}
