using Roots.App.Connect;
using Roots.Core.Analysis;
using Roots.Core.Understanding;

namespace Roots.App.Tests.Connect;

/// <summary>The pieces the near-duplicate rule stands on: line-by-line analysis, the probes of the full pass, the shingle check.</summary>
public sealed class NearDuplicateRuleTests
{
    public static TheoryData<string> Texts => new()
    {
        CrossFormatSamples.MeteringEn.Html(),
        CrossFormatSamples.BudgetsZh.Markdown(),
        "infor-\nmation e-\nmail 大量网\n页 https://example.org/a\nb ＡＩ\r\nkey\u2028word 2024年\n5月",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Analyze_LineByLine_GivesTheTermsOfTheWholeText(string text)
    {
        // the ingest analyses line by line (for the fingerprint of the body); the index and reindex must not notice
        foreach (var chinese in new[] { ChineseIndexing.WordsAndBigrams, ChineseIndexing.Words })
        {
            var byLine = text.Split(["\r\n", "\n", "\r", "\u2028"], StringSplitOptions.None).SelectMany(line => TextAnalyzer.Terms(line, chinese));
            Assert.Equal(TextAnalyzer.Terms(text, chinese), byLine);
        }
    }

    [Fact]
    public void FindPairs_FindsEveryPairUpToSevenBits_AndFartherOnesWithABandWithinOneBit()
    {
        // given random fingerprints and, for each, one copy 0 to 13 bits away
        var random = new Random(7);
        var hashes = new List<(long, ulong)>();
        for (var i = 0; i < 2000; i++)
        {
            var hash = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            var copy = hash;
            foreach (var bit in Enumerable.Range(0, 64).OrderBy(_ => random.Next()).Take(i % 14))
            {
                copy ^= 1UL << bit;
            }

            hashes.Add((2 * i, hash));
            hashes.Add((2 * i + 1, copy));
        }

        // when the banded pass runs, then it finds, each once, the pairs within 12 bits that have a band within one bit (the probes' rule)
        var found = NearDuplicateFinder.FindPairs(hashes, NearDuplicateRule.MaxCheckedDistance);
        static bool BandWithinOneBit(ulong a, ulong b) => Enumerable.Range(0, 4).Any(band => ulong.PopCount(((a ^ b) >> (16 * band)) & 0xFFFF) <= 1);
        var all = from a in hashes from b in hashes
                  where a.Item1 < b.Item1 && SimHash.Distance(a.Item2, b.Item2) <= 12 && BandWithinOneBit(a.Item2, b.Item2)
                  select (a.Item1, b.Item1, SimHash.Distance(a.Item2, b.Item2));
        Assert.Equal(all.Order().ToList(), found.Order().ToList());

        // and every pair up to 7 bits is among them
        var withinSeven = (from a in hashes from b in hashes
                           where a.Item1 < b.Item1 && SimHash.Distance(a.Item2, b.Item2) <= 7
                           select (a.Item1, b.Item1, SimHash.Distance(a.Item2, b.Item2))).ToList();
        Assert.True(withinSeven.Count >= 8 * 2000 / 14, $"{withinSeven.Count} pairs within 7 bits");
        Assert.Subset(found.ToHashSet(), withinSeven.ToHashSet());
    }

    [Fact]
    public void Evidence_CloseFingerprints_NeedSharedShingles()
    {
        var article = CrossFormatSamples.MeteringEn;
        var other = CrossFormatSamples.BudgetsEn;

        Assert.Equal("simhash distance 2", NearDuplicateRule.Evidence(2, null, null));
        Assert.StartsWith("simhash distance 6; shares 9", NearDuplicateRule.Evidence(6, article.Html(), article.Markdown()), StringComparison.Ordinal);
        Assert.Null(NearDuplicateRule.Evidence(6, article.Html(), other.Html()));
        Assert.Null(NearDuplicateRule.Evidence(13, article.Html(), article.Markdown()));
        // a line inside a long text is not a copy of it, however close a fingerprint might fall
        Assert.Null(NearDuplicateRule.Evidence(5, "Every call to a language model is billed in tokens.", article.Markdown()));
        Assert.Equal(0, ShingleOverlap.Containment("", ""));
    }
}
