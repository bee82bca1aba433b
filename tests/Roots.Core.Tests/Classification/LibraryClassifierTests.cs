using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public class LibraryClassifierTests
{
    private static readonly Taxonomy _taxonomy = Taxonomy.Create(new TaxonomyDefinition
    {
        Tags = [new TaxonomyTag("tea", ["茶"]), new TaxonomyTag("archives", ["档案"])],
        Categories = ["tea", "archives"],
    }).Value;

    private static readonly DateTimeOffset _when = new(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The bilingual tea and archives texts, each labelled with its topic as a tag and a category.</summary>
    private static List<LabelledItem> Items() =>
        TeaAndArchives.Samples.Select(s => new LabelledItem(s.Title ?? "", s.Text, [s.Label], s.Label)).ToList();

    [Fact]
    public void Train_LabelledItems_PredictsTagsAndCategoryOfUnseenTexts()
    {
        var training = new LibraryClassifierTrainer().Train(Items(), _taxonomy, _when);

        var prediction = training.Classifier.Predict("我每天早上喝一杯绿茶。");

        Assert.Equal(["archives", "tea"], training.Classifier.Tags);
        Assert.Equal("tea", prediction.Tags[0].Label);
        Assert.True(prediction.Tags[0].Confidence > 0.5, $"confidence {prediction.Tags[0].Confidence}");
        Assert.True(prediction.Tags[1].Confidence < 0.5, $"confidence {prediction.Tags[1].Confidence}");
        Assert.Equal("tea", prediction.Category?.Label);
        Assert.Equal(24, training.ItemCount);
        Assert.NotNull(training.CategoryAccuracy);
        Assert.True(training.TagAccuracy > 0.8, $"tag accuracy {training.TagAccuracy}");
    }

    [Fact]
    public void Train_TagOutsideTheTaxonomyOrTooRare_GetsNoModel()
    {
        var items = Items();
        items[0] = items[0] with { Tags = ["tea", "gossip"] };
        items[1] = items[1] with { Tags = ["tea", "gossip"] };
        items[2] = items[2] with { Tags = ["tea", "gossip"] };
        var strict = new LibraryClassifierTrainer().Train(items, _taxonomy, _when);
        var open = new LibraryClassifierTrainer(new LibraryClassifierOptions { MinExamples = 4 })
            .Train(items, Taxonomy.Create(new TaxonomyDefinition { AllowNewTags = true }).Value, _when);

        Assert.DoesNotContain("gossip", strict.Classifier.Tags);
        Assert.Contains(strict.Labels, l => l is { Kind: "tag", Label: "gossip", Items: 3, Trained: false });
        Assert.DoesNotContain("gossip", open.Classifier.Tags);
    }

    [Fact]
    public void ToJson_RoundTrip_GivesIdenticalPredictionsAndKeepsTheDate()
    {
        var model = new LibraryClassifierTrainer().Train(Items(), _taxonomy, _when).Classifier;

        var read = LibraryClassifier.FromJson(model.ToJson());

        Assert.True(read.IsSuccess, read.Error);
        Assert.Equal(_when, read.Value.TrainedAt);
        Assert.Equal(24, read.Value.ItemCount);
        string text = "Archivists keep the old letters.";
        Assert.Equal(model.Predict(text).Tags, read.Value.Predict(text).Tags);
        Assert.Equal(model.Predict(text).Category, read.Value.Predict(text).Category);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"format\": 99}")]
    public void FromJson_BadDocument_FailsWithAReason(string json)
    {
        var read = LibraryClassifier.FromJson(json);

        Assert.False(read.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(read.Error));
    }
}
