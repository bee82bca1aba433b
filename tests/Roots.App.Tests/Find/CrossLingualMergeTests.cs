using Roots.App.CrossLingual;

namespace Roots.App.Tests.Find;

public class CrossLingualMergeTests
{
    private static readonly IReadOnlyList<(long ItemId, double Score)> Original =
        Enumerable.Range(1, 10).Select(i => ((long)i, 100.0 - i)).ToList();

    [Fact]
    public void Merge_KeepsTheOriginalOrderAndSlotsTheTranslationInFromTheFifthPlace()
    {
        // given an original ranking 1..10 and a translated ranking of items the original lacks
        var merged = CrossLingualQuery.Merge(Original, [101, 102]);

        // then the original's first four stay first, in order, and the translation's best comes fifth
        Assert.Equal([1L, 2, 3, 4, 101, 5], merged.Take(6).Select(m => m.ItemId));
        var originalOnly = merged.Select(m => m.ItemId).Where(id => id <= 10).ToList();
        Assert.Equal(Original.Select(o => o.ItemId), originalOnly);
    }

    [Fact]
    public void Merge_ItemInBoth_TakesItsBetterPlaceNotTheSum()
    {
        // given the original's sixth item is the translation's first
        var merged = CrossLingualQuery.Merge(Original, [6]);

        // then it moves up to the fifth place, not above the original's first
        Assert.Equal([1L, 2, 3, 4, 6, 5], merged.Take(6).Select(m => m.ItemId));
        Assert.Equal(10, merged.Count);
    }

    [Fact]
    public void Merge_EmptyRankings_GiveWhatThereIs()
    {
        Assert.Empty(CrossLingualQuery.Merge([], []));
        Assert.Equal([7L, 8], CrossLingualQuery.Merge([], [7, 8]).Select(m => m.ItemId));
        Assert.Equal(Original.Select(o => o.ItemId), CrossLingualQuery.Merge(Original, []).Select(m => m.ItemId));
    }

    [Fact]
    public void Specific_KeepsTheGlossesStrongSenses_NotItsCommonWeakOnes()
    {
        // 怎么做面包, as QueryTranslator weighs its English glosses.
        Roots.Core.Lexicon.WeightedTerm[] gloss = [new("bread", 8.18), new("how", 3.72), new("what", 1.59), new("make", 0.56), new("do", 0.14)];

        Assert.Equal(["bread", "how"], CrossLingualQuery.Specific(gloss));
        Assert.Empty(CrossLingualQuery.Specific([]));
    }
}
