using Roots.Core.Vectors;

namespace Roots.Core.Tests.Vectors;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Fuse_AnItemHighInBothLists_BeatsOneFirstInOnlyOne()
    {
        var fused = ReciprocalRankFusion.Fuse([([1L, 2L, 3L], 1.0), ([2L, 4L, 5L], 1.0)]);

        Assert.Equal(2L, fused[0].ItemId);
        Assert.Equal((1.0 / 62) + (1.0 / 61), fused[0].Score, 10);
        Assert.Equal(5, fused.Count);
    }

    [Fact]
    public void Fuse_Weight_ScalesAListsVotes()
    {
        var fused = ReciprocalRankFusion.Fuse([([1L], 1.0), ([2L], 0.5)]);

        Assert.Equal([1L, 2L], fused.Select(f => f.ItemId));
    }

    [Fact]
    public void Fuse_Ties_GoToTheLowerId()
    {
        var fused = ReciprocalRankFusion.Fuse([([7L], 1.0), ([3L], 1.0)]);

        Assert.Equal([3L, 7L], fused.Select(f => f.ItemId));
    }
}
