using Roots.Core.Classification;
using Roots.TestKit;

namespace Roots.Core.Tests.Classification;

public class CrossValidationTests
{
    [Fact]
    public void Evaluate_TeaAndArchives_PoolsEveryTextOnce()
    {
        var report = CrossValidation.Evaluate(TeaAndArchives.Samples, folds: 4, seed: 1);

        Assert.Equal(["archives", "tea"], report.Labels);
        Assert.Equal(24, report.SampleCount);
        Assert.Equal(4, report.Folds);
        Assert.Equal(1, report.Seed);
        Assert.Equal(24, report.ConfusionMatrix.Sum(row => row.Sum()));
        Assert.Equal([12, 12], report.ConfusionMatrix.Select(row => row.Sum()));
        Assert.Equal([12, 12], report.PerLabel.Select(m => m.Support));
        Assert.Equal((report.ConfusionMatrix[0][0] + report.ConfusionMatrix[1][1]) / 24.0, report.Accuracy, 12);
        Assert.Equal(report.PerLabel.Average(m => m.F1), report.MacroF1, 12);
        Assert.True(report.Accuracy >= 0.75, $"accuracy {report.Accuracy}");
        Assert.Equal(24 * 3, report.Timings.TrainingDocuments);
        Assert.Equal(24, report.Timings.PredictedDocuments);
    }

    [Fact]
    public void Evaluate_SameSeedTwice_SameReportApartFromTimings()
    {
        var first = CrossValidation.Evaluate(TeaAndArchives.Samples, folds: 3, seed: 7);
        var second = CrossValidation.Evaluate(TeaAndArchives.Samples, folds: 3, seed: 7);

        Assert.Equal(first.Accuracy, second.Accuracy);
        Assert.Equal(first.MacroF1, second.MacroF1);
        Assert.Equal(first.PerLabel, second.PerLabel);
        Assert.Equal(first.ConfusionMatrix, second.ConfusionMatrix);
        Assert.Equal(first with { Timings = second.Timings, PerLabel = second.PerLabel, ConfusionMatrix = second.ConfusionMatrix, Labels = second.Labels }, second);
    }

    [Fact]
    public void Evaluate_FakeClock_TimesEachPhase()
    {
        // given a clock that moves 1 ms every time it is read
        var clock = new ManualClock(DateTimeOffset.UnixEpoch) { Step = TimeSpan.FromMilliseconds(1) };

        var report = CrossValidation.Evaluate(TeaAndArchives.Samples, folds: 3, timeProvider: clock);

        // then each measured interval is one step: analysis once, training and prediction once per fold
        Assert.Equal(TimeSpan.FromMilliseconds(1), report.Timings.Analysis);
        Assert.Equal(TimeSpan.FromMilliseconds(3), report.Timings.Training);
        Assert.Equal(TimeSpan.FromMilliseconds(3), report.Timings.Prediction);
        Assert.Equal(TimeSpan.FromMilliseconds(3) / 48, report.Timings.TrainingPerDocument);
        Assert.Equal(TimeSpan.FromMilliseconds(3) / 24, report.Timings.PredictionPerDocument);
    }

    [Fact]
    public void Evaluate_OneLabel_Throws()
    {
        LabeledText[] samples = [.. Enumerable.Range(0, 10).Select(i => new LabeledText("tea", $"tea {i}"))];

        var error = Assert.Throws<ArgumentException>(() => CrossValidation.Evaluate(samples));

        Assert.Contains("at least two labels; the samples have 1", error.Message);
    }

    [Fact]
    public void Evaluate_LabelWithFewerSamplesThanFolds_ThrowsNamingIt()
    {
        LabeledText[] samples =
        [
            .. Enumerable.Range(0, 6).Select(i => new LabeledText("tea", $"tea {i}")),
            .. Enumerable.Range(0, 3).Select(i => new LabeledText("archives", $"archive {i}")),
        ];

        var error = Assert.Throws<ArgumentException>(() => CrossValidation.Evaluate(samples, folds: 5));

        Assert.Contains("at least 5 samples for 5-fold cross-validation; too few: 'archives' (3)", error.Message);
        Assert.Equal("samples", error.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Evaluate_FewerThanTwoFolds_Throws(int folds)
    {
        var error = Assert.Throws<ArgumentException>(() => CrossValidation.Evaluate(TeaAndArchives.Samples, folds));

        Assert.Equal("folds", error.ParamName);
    }

    [Fact]
    public void Evaluate_BadOption_ThrowsBeforeAnyWork()
    {
        var options = new TextClassifierTrainerOptions { MaxFeatures = 0 };

        var error = Assert.Throws<ArgumentException>(() => CrossValidation.Evaluate(TeaAndArchives.Samples, options: options));

        Assert.Equal("MaxFeatures", error.ParamName);
    }
}
