using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public class TextClassifierTests
{
    private static readonly TextClassifier _model = TeaAndArchives.Train();

    [Theory]
    [InlineData("A cup of green tea with the leaves steeped twice.", "tea")]
    [InlineData("我每天早上喝一杯绿茶。", "tea")]
    [InlineData("Old letters are kept as records in the national archive.", "archives")]
    [InlineData("档案馆里保存着旧信件和手稿。", "archives")]
    public void Predict_UnseenBilingualText_TopLabelIsTheTopic(string text, string expected)
    {
        var predictions = _model.Predict(text);

        Assert.Equal(expected, predictions[0].Label);
        Assert.True(predictions[0].Confidence > 0.5, $"confidence {predictions[0].Confidence}");
    }

    [Fact]
    public void Predict_TitleOnly_DecidesTheLabel()
    {
        var predictions = _model.Predict(string.Empty, title: "Roasted oolong tea");

        Assert.Equal("tea", predictions[0].Label);
    }

    [Fact]
    public void Labels_AreDistinctInOrdinalOrder()
    {
        Assert.Equal(["archives", "tea"], _model.Labels);
        Assert.Equal(2, _model.TitleWeight);
        Assert.True(_model.FeatureCount > 50, $"{_model.FeatureCount} features");
    }

    [Fact]
    public void Predict_TextWithNoKnownTerm_FallsBackToTheBiasAlone()
    {
        // given equal numbers of examples per label, an unknown text scores like an empty one, near even odds
        var predictions = _model.Predict("zzz qqq");

        Assert.Equal(_model.Predict(string.Empty), predictions);
        Assert.InRange(predictions[0].Confidence, 0.5, 0.6);
        Assert.Equal(1.0, predictions[0].Confidence + predictions[1].Confidence, 12);
    }

    [Property(MaxTest = 200)]
    public Property Predict_AnyText_ConfidencesSortedInUnitIntervalSummingToOne() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text =>
        {
            var predictions = _model.Predict(text.Get);
            double sum = predictions.Sum(p => p.Confidence);
            return predictions.Count == 2
                && predictions.Select(p => p.Label).Order(StringComparer.Ordinal).SequenceEqual(["archives", "tea"])
                && predictions.All(p => p.Confidence is >= 0 and <= 1)
                && predictions[0].Confidence >= predictions[1].Confidence
                && Math.Abs(sum - 1) < 1e-9;
        });

    [Fact]
    public void Predict_ThreeLabels_SortedDescendingAndSumToOne()
    {
        var samples = TeaAndArchives.Samples.Concat(
        [
            new LabeledText("music", "The violin and the cello play a quiet sonata."),
            new LabeledText("music", "钢琴和小提琴演奏奏鸣曲。"),
            new LabeledText("music", "An orchestra rehearses the symphony."),
        ]);
        var model = new TextClassifierTrainer().Train(samples);

        var predictions = model.Predict("The orchestra played a symphony for violin.");

        Assert.Equal("music", predictions[0].Label);
        Assert.True(predictions[0].Confidence >= predictions[1].Confidence);
        Assert.True(predictions[1].Confidence >= predictions[2].Confidence);
        Assert.Equal(1.0, predictions.Sum(p => p.Confidence), 9);
    }

    [Fact]
    public void Train_SameExamplesTwice_GivesIdenticalModels()
    {
        Assert.Equal(TeaAndArchives.Train().ToJson(), TeaAndArchives.Train().ToJson());
    }

    [Fact]
    public void Train_ZeroEpochs_StillClassifiesWithNaiveBayesAlone()
    {
        var model = TeaAndArchives.Train(new TextClassifierTrainerOptions { Epochs = 0 });

        Assert.Equal("tea", model.Predict("black tea and green tea")[0].Label);
        Assert.Equal("archives", model.Predict("档案馆的记录")[0].Label);
    }

    [Fact]
    public void Predict_ManyThreadsAtOnce_MatchesSequentialResults()
    {
        string[] texts = [.. TeaAndArchives.Samples.Select(s => s.Text), "green tea", "档案"];
        var expected = texts.Select(t => _model.Predict(t)).ToArray();
        var actual = new IReadOnlyList<Prediction>[texts.Length * 8];

        Parallel.For(0, actual.Length, i => actual[i] = _model.Predict(texts[i % texts.Length]));

        for (int i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], actual[i]);
        }
    }

    [Fact]
    public void Train_OneLabel_ThrowsNamingTheProblem()
    {
        var trainer = new TextClassifierTrainer();

        var error = Assert.Throws<ArgumentException>(() => trainer.Train([new("tea", "green tea"), new("tea", "black tea")]));

        Assert.Contains("at least two labels; got 1", error.Message);
    }

    [Fact]
    public void Train_BlankLabel_Throws()
    {
        var trainer = new TextClassifierTrainer();

        var error = Assert.Throws<ArgumentException>(() => trainer.Train([new("tea", "green tea"), new(" ", "records")]));

        Assert.Contains("non-blank label", error.Message);
    }

    [Theory]
    [InlineData(0.0, 10, 0.5, "Smoothing")]
    [InlineData(1.0, -1, 0.5, "Epochs")]
    [InlineData(1.0, 10, double.NaN, "LearningRate")]
    public void Constructor_OptionOutOfRange_ThrowsNamingIt(double smoothing, int epochs, double rate, string name)
    {
        var options = new TextClassifierTrainerOptions { Smoothing = smoothing, Epochs = epochs, LearningRate = rate };

        var error = Assert.Throws<ArgumentException>(() => new TextClassifierTrainer(options));

        Assert.Equal(name, error.ParamName);
        Assert.StartsWith(name + " must be in ", error.Message);
    }

    [Fact]
    public void Train_MaxFeatures_KeepsTheMostWidespreadTerms()
    {
        var model = TeaAndArchives.Train(new TextClassifierTrainerOptions { MaxFeatures = 3 });

        Assert.Equal(3, model.FeatureCount);
        Assert.Equal("tea", model.Predict("tea")[0].Label);
    }
}
