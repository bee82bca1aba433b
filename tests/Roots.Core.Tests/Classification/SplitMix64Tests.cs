using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public class SplitMix64Tests
{
    [Fact]
    public void NextUInt64_SeedZero_MatchesTheReferenceSequence()
    {
        // the first outputs of Vigna's splitmix64.c seeded with 0
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, random.NextUInt64());
    }

    [Fact]
    public void Next_ManyDraws_StayInRangeAndCoverIt()
    {
        var random = new SplitMix64(7);
        var seen = new int[6];

        for (int i = 0; i < 6000; i++)
        {
            seen[random.Next(6)]++;
        }

        Assert.All(seen, count => Assert.InRange(count, 850, 1150));
    }

    [Fact]
    public void Shuffle_KeepsEveryItem()
    {
        int[] items = [.. Enumerable.Range(0, 100)];

        new SplitMix64(42).Shuffle(items.AsSpan());

        Assert.Equal(Enumerable.Range(0, 100), items.Order());
        Assert.NotEqual(Enumerable.Range(0, 100), items);
    }
}
