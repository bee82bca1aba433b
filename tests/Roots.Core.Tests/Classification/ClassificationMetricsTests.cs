using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public class ClassificationMetricsTests
{
    [Fact]
    public void Compute_TwoLabels_MatchesHandWorkedFigures()
    {
        // given 4 a (3 right, 1 taken for b) and 2 b (both right)
        var confusion = new int[,] { { 3, 1 }, { 0, 2 } };

        var (accuracy, macroF1, perLabel) = ClassificationMetrics.Compute(["a", "b"], confusion);

        Assert.Equal(5.0 / 6, accuracy, 12);
        Assert.Equal("a", perLabel[0].Label);
        Assert.Equal(1.0, perLabel[0].Precision, 12);
        Assert.Equal(0.75, perLabel[0].Recall, 12);
        Assert.Equal(6.0 / 7, perLabel[0].F1, 12);
        Assert.Equal(4, perLabel[0].Support);
        Assert.Equal(2.0 / 3, perLabel[1].Precision, 12);
        Assert.Equal(1.0, perLabel[1].Recall, 12);
        Assert.Equal(0.8, perLabel[1].F1, 12);
        Assert.Equal(2, perLabel[1].Support);
        Assert.Equal(((6.0 / 7) + 0.8) / 2, macroF1, 12);
    }

    [Fact]
    public void Compute_LabelNeverPredicted_HasZeroPrecisionAndF1()
    {
        var confusion = new int[,] { { 2, 0 }, { 3, 0 } };

        var (accuracy, macroF1, perLabel) = ClassificationMetrics.Compute(["a", "b"], confusion);

        Assert.Equal(0.4, accuracy, 12);
        Assert.Equal(new LabelMetrics("b", 0, 0, 0, 3), perLabel[1]);
        Assert.Equal(0.4, perLabel[0].Precision, 12);
        Assert.Equal((2 * 0.4 / 1.4) / 2, macroF1, 12);
    }
}
