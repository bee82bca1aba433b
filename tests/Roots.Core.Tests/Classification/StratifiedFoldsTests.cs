using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public class StratifiedFoldsTests
{
    [Fact]
    public void Assign_UnevenLabels_EveryLabelInEveryFoldWithinOne()
    {
        // given 7 a, 5 b and 13 c texts, interleaved
        string[] labels = [.. Enumerable.Repeat("a", 7), .. Enumerable.Repeat("b", 5), .. Enumerable.Repeat("c", 13)];
        labels = [.. labels.Select((label, i) => (label, i)).OrderBy(x => x.i * 7 % 25).Select(x => x.label)];

        int[] fold = StratifiedFolds.Assign(labels, folds: 5, seed: 42);

        // then a: 2,2,1,1,1 in some order; b: 1 each; c: 3,3,3,2,2; folds hold 5 each
        foreach (string label in new[] { "a", "b", "c" })
        {
            var perFold = Enumerable.Range(0, 5).Select(f => Enumerable.Range(0, labels.Length).Count(i => labels[i] == label && fold[i] == f)).ToArray();
            Assert.All(perFold, count => Assert.True(count >= 1));
            Assert.True(perFold.Max() - perFold.Min() <= 1, $"{label}: {string.Join(",", perFold)}");
        }

        var sizes = Enumerable.Range(0, 5).Select(f => fold.Count(x => x == f)).ToArray();
        Assert.Equal([5, 5, 5, 5, 5], sizes);
    }

    [Property(MaxTest = 200)]
    public Property Assign_AnyCountsOfAtLeastFolds_BalancedPerLabelAndPerFold() =>
        Prop.ForAll(
            Gen.Choose(2, 10).SelectMany(folds => Gen.ListOf(Gen.Choose(folds, 40)).Select(counts => (folds, counts))).ToArbitrary(),
            Gen.Choose(0, 1000).ToArbitrary(),
            (input, seed) =>
            {
                var (folds, counts) = input;
                string[] labels = [.. counts.SelectMany((n, label) => Enumerable.Repeat($"L{label}", n))];
                int[] fold = StratifiedFolds.Assign(labels, folds, seed);

                bool perLabel = labels.Distinct().All(label =>
                {
                    var perFold = Enumerable.Range(0, folds).Select(f => Enumerable.Range(0, labels.Length).Count(i => labels[i] == label && fold[i] == f)).ToArray();
                    return perFold.Min() >= 1 && perFold.Max() - perFold.Min() <= 1;
                });
                var sizes = Enumerable.Range(0, folds).Select(f => fold.Count(x => x == f)).ToArray();
                return fold.All(f => f >= 0 && f < folds) && perLabel && (labels.Length == 0 || sizes.Max() - sizes.Min() <= 1);
            });

    [Fact]
    public void Assign_SameSeed_SameFolds_OtherSeed_OtherFolds()
    {
        string[] labels = [.. Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? "x" : "y")];

        Assert.Equal(StratifiedFolds.Assign(labels, 5, 42), StratifiedFolds.Assign(labels, 5, 42));
        Assert.NotEqual(StratifiedFolds.Assign(labels, 5, 42), StratifiedFolds.Assign(labels, 5, 43));
    }
}
