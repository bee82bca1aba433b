using System.Text.Json;
using Roots.Tokens.Tests.Support;
using Roots.Tokens.Tokenizers;

namespace Roots.Tokens.Tests.Tokenizers;

/// <summary>
/// Our counts equal the reference implementations' exactly: npm tiktoken for the built-in
/// encodings, @lenml/tokenizers (transformers.js) for the tokenizer.json models, on 1,200 varied
/// strings and on the seed essays.
/// </summary>
public sealed class ExactnessTests
{
    private static readonly TokenizerRegistry Registry = CreateRegistry();

    public static TheoryData<string> BuiltIn => new(TokenizerNames.BuiltIn);

    [Fact]
    public void Fixture_HasAtLeastAThousandStrings()
    {
        Assert.True(ReferenceCounts.Strings.Count >= 1000, $"only {ReferenceCounts.Strings.Count} strings");
    }

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void BuiltIn_VariedStrings_EqualTiktoken(string encoding) => AssertStringsMatch(encoding);

    [TokenizerJsonFact]
    public void TokenizerJson_VariedStrings_EqualTransformersJs()
    {
        foreach (string name in ReferenceTokenizers.TokenizerJsonPackages.Keys)
        {
            AssertStringsMatch(name);
        }
    }

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void BuiltIn_Seeds_EqualTiktoken(string encoding)
    {
        if (RepositoryPaths.Seeds is null)
        {
            return; // reported by the SeedsFact tests below; a theory cannot skip per row in xunit 2
        }

        AssertSeedsMatch(encoding);
    }

    [SeedsFact]
    public void Seeds_ArePresent() => Assert.NotEmpty(Directory.GetFiles(RepositoryPaths.Seeds!));

    [SeedsFact(needsTokenizerJson: true)]
    public void TokenizerJson_Seeds_EqualTransformersJs()
    {
        foreach (string name in ReferenceTokenizers.TokenizerJsonPackages.Keys)
        {
            AssertSeedsMatch(name);
        }
    }

    private static void AssertStringsMatch(string name)
    {
        var tokenizer = Registry.Get(name).Value;
        var mismatches = ReferenceCounts.Strings
            .Select(s => (s.Text, Expected: s.Counts[name], Actual: tokenizer.CountTokens(s.Text)))
            .Where(r => r.Expected != r.Actual)
            .ToList();
        Assert.True(mismatches.Count == 0,
            $"{name}: {mismatches.Count} of {ReferenceCounts.Strings.Count} differ, e.g.\n" +
            string.Join("\n", mismatches.Take(10).Select(m => $"  {JsonSerializer.Serialize(m.Text)}: expected {m.Expected}, got {m.Actual}")));
    }

    private static void AssertSeedsMatch(string name)
    {
        var tokenizer = Registry.Get(name).Value;
        foreach (var (file, counts) in ReferenceCounts.Seeds)
        {
            string text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds!, file));
            Assert.True(counts[name] == tokenizer.CountTokens(text), $"{name} on {file}: expected {counts[name]}, got {tokenizer.CountTokens(text)}");
        }
    }

    private static TokenizerRegistry CreateRegistry()
    {
        var registry = new TokenizerRegistry();
        foreach (var (name, package) in ReferenceTokenizers.TokenizerJsonPackages)
        {
            if (RepositoryPaths.TokenizerJson(package) is { } path)
            {
                registry.AddTokenizerJson(name, path);
            }
        }

        return registry;
    }
}
