using Roots.Core.Vectors;

namespace Roots.Core.Tests.Vectors;

public sealed class VectorMatrixTests
{
    private static float[] Unit(params float[] v)
    {
        float norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }

    [Fact]
    public void Nearest_ScoresAnItemByItsBestPassage()
    {
        var matrix = VectorMatrix.Create(2)
            .Add(1, Unit(1, 0))
            .Add(2, [.. Unit(0, 1), .. Unit(0.9f, 0.1f)]) // second passage is close to the query
            .Add(3, Unit(-1, 0))
            .Build();

        var nearest = matrix.Nearest(Unit(1, 0), 3);

        Assert.Equal([1L, 2L, 3L], nearest.Select(n => n.ItemId));
        Assert.Equal(1f, nearest[0].Score, 5);
        Assert.True(nearest[1].Score > 0.9f);
    }

    [Fact]
    public void Nearest_EqualScores_GoToTheLowerId()
    {
        var matrix = VectorMatrix.Create(2).Add(9, Unit(1, 1)).Add(4, Unit(1, 1)).Add(7, Unit(1, 1)).Build();

        Assert.Equal([4L, 7L], matrix.Nearest(Unit(1, 1), 2).Select(n => n.ItemId));
    }

    [Fact]
    public void Nearest_WithAllow_ConsidersOnlyAllowedItems()
    {
        var matrix = VectorMatrix.Create(2).Add(1, Unit(1, 0)).Add(2, Unit(0.8f, 0.2f)).Add(3, Unit(0, 1)).Build();

        var nearest = matrix.Nearest(Unit(1, 0), 5, allow: id => id != 1);

        Assert.Equal([2L, 3L], nearest.Select(n => n.ItemId));
    }

    [Fact]
    public void Nearest_InParallelSlices_EqualsOneScan()
    {
        var random = new Random(11);
        var builder = VectorMatrix.Create(16, 50_000);
        for (long id = 1; id <= 30_000; id++)
        {
            int passages = 1 + (int)(id % 3);
            builder.Add(id, Enumerable.Range(0, passages).SelectMany(_ => Unit([.. Enumerable.Range(0, 16).Select(_ => (float)random.NextDouble() - 0.5f)])).ToArray());
        }

        var matrix = builder.Build();
        var query = Unit([.. Enumerable.Range(0, 16).Select(_ => (float)random.NextDouble() - 0.5f)]);

        var single = matrix.Nearest(query, 25, parallelism: 1);
        var parallel = matrix.Nearest(query, 25, parallelism: 4);

        Assert.Equal(single, parallel);
        Assert.Equal(25, single.Count);
    }

    [Fact]
    public void ItemCentroid_IsTheNormalisedMeanOfItsPassages()
    {
        var matrix = VectorMatrix.Create(2).Add(5, [.. Unit(1, 0), .. Unit(0, 1)]).Build();

        var centroid = matrix.ItemCentroid(5)!;

        Assert.Equal(MathF.Sqrt(0.5f), centroid[0], 5);
        Assert.Equal(MathF.Sqrt(0.5f), centroid[1], 5);
        Assert.Null(matrix.ItemCentroid(6));
    }

    [Fact]
    public void Nearest_WrongDimensions_IsRefusedWithTheReason()
    {
        var matrix = VectorMatrix.Create(3).Add(1, Unit(1, 0, 0)).Build();

        var error = Assert.Throws<ArgumentException>(() => matrix.Nearest(Unit(1, 0), 1));
        Assert.Contains("2 dimensions", error.Message);
    }

    [Fact]
    public void Empty_FindsNothing() => Assert.Empty(VectorMatrix.Empty(4).Nearest(new float[4], 3));
}
