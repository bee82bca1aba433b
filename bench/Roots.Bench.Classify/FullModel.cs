using System.Diagnostics;
using Roots.Core.Classification;

namespace Roots.Bench.Classify;

/// <summary>What a library pays: train once on every text, store the model, predict every text with its analysis.</summary>
internal sealed record FullModel(
    TimeSpan Training, int Features, long JsonChars, TimeSpan JsonRead, TimeSpan PredictionWithAnalysis, int Documents)
{
    public TimeSpan PredictionPerDocument => PredictionWithAnalysis / Documents;

    public static FullModel Measure(IReadOnlyList<LabeledText> samples, TextClassifierTrainerOptions options)
    {
        var clock = Stopwatch.StartNew();
        var model = new TextClassifierTrainer(options).Train(samples);
        var training = clock.Elapsed;

        string json = model.ToJson();
        clock.Restart();
        var restored = TextClassifier.FromJson(json).Value;
        var jsonRead = clock.Elapsed;

        clock.Restart();
        foreach (var sample in samples)
        {
            _ = restored.Predict(sample.Text, sample.Title);
        }

        return new FullModel(training, model.FeatureCount, json.Length, jsonRead, clock.Elapsed, samples.Count);
    }
}
