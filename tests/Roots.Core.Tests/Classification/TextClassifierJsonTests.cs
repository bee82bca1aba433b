using Roots.Core.Classification;

namespace Roots.Core.Tests.Classification;

public class TextClassifierJsonTests
{
    private static readonly TextClassifier _model = TeaAndArchives.Train();

    [Fact]
    public void FromJson_OfToJson_GivesIdenticalPredictions()
    {
        var restored = TextClassifier.FromJson(_model.ToJson());

        Assert.True(restored.IsSuccess, restored.Error);
        Assert.Equal(_model.Labels, restored.Value.Labels);
        Assert.Equal(_model.FeatureCount, restored.Value.FeatureCount);
        foreach (var sample in TeaAndArchives.Samples.Concat([new LabeledText("?", "green tea in the archive", "茶与档案")]))
        {
            Assert.Equal(_model.Predict(sample.Text, sample.Title), restored.Value.Predict(sample.Text, sample.Title));
        }

        Assert.Equal(_model.ToJson(), restored.Value.ToJson());
    }

    [Fact]
    public void ToJson_ChineseTerms_AreWrittenUnescaped()
    {
        string json = _model.ToJson();

        Assert.Contains("\"档案\"", json);
        Assert.Contains("\"w:档案馆\"", json);
        Assert.StartsWith("{\"format\":1,\"titleWeight\":2,\"labels\":[\"archives\",\"tea\"]", json);
    }

    [Theory]
    [InlineData("not json", "not a classifier model")]
    [InlineData("null", "not a classifier model: empty document")]
    [InlineData("{\"format\":2}", "classifier model format 2 is not supported")]
    [InlineData("{\"format\":1,\"labels\":[\"a\",\"b\"]}", "classifier model is incomplete")]
    [InlineData("{\"format\":1,\"titleWeight\":2,\"labels\":[\"a\",\"b\"],\"bias\":[0,0],\"terms\":[\"x\"],\"idf\":[1],\"weights\":[1]}", "weights are not labels × terms")]
    [InlineData("{\"format\":1,\"titleWeight\":2,\"labels\":[\"a\",\"a\"],\"bias\":[0,0],\"terms\":[\"x\"],\"idf\":[1],\"weights\":[1,2]}", "duplicate labels")]
    [InlineData("{\"format\":1,\"titleWeight\":2,\"labels\":[\"a\"],\"bias\":[0],\"terms\":[\"x\"],\"idf\":[1],\"weights\":[1]}", "fewer than two labels")]
    public void FromJson_BadDocument_FailsWithReason(string json, string reason)
    {
        var result = TextClassifier.FromJson(json);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void FromJson_MinimalHandWrittenModel_PredictsWithItsWeights()
    {
        // given one feature "tea" that favours label b (weights are feature-major: [tea→a, tea→b])
        const string json = "{\"format\":1,\"titleWeight\":2,\"labels\":[\"a\",\"b\"],\"bias\":[0,0],\"terms\":[\"tea\"],\"idf\":[1],\"weights\":[0,2]}";

        var model = TextClassifier.FromJson(json).Value;
        var predictions = model.Predict("tea");

        // then the score difference is 2 · (unit vector 1.0), so p(b) = 1 / (1 + e^-2)
        Assert.Equal("b", predictions[0].Label);
        Assert.Equal(1 / (1 + Math.Exp(-2)), predictions[0].Confidence, 12);
    }
}
