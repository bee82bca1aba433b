namespace Roots.Core.Classification;

/// <summary>
/// Stratified k-fold cross-validation of <see cref="TextClassifierTrainer"/>: how well a model
/// trained on a user's labelled texts predicts texts it has not seen.
/// </summary>
/// <remarks>
/// Each label's texts are shuffled with a seeded SplitMix64 (not <see cref="Random"/>, whose
/// algorithm may change between runtimes) and dealt evenly over the folds; each fold is predicted
/// by a model trained on the others, and the predictions are pooled into one report. Every text
/// is analysed once. Deterministic: the same samples, folds, seed and options give the same
/// report, timings aside. Thread-safe (no shared state); runs on the calling thread.
/// </remarks>
public static class CrossValidation
{
    /// <summary>Evaluates the trainer by stratified <paramref name="folds"/>-fold cross-validation.</summary>
    /// <param name="samples">Labelled texts; at least two labels, each with at least <paramref name="folds"/> texts.</param>
    /// <param name="folds">Number of folds; at least 2. Default 5.</param>
    /// <param name="seed">Seeds the fold shuffle. Default 42.</param>
    /// <param name="options">Trainer settings; <see cref="TextClassifierTrainerOptions.Default"/> when null.</param>
    /// <param name="timeProvider">Measures <see cref="EvaluationReport.Timings"/>; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">Fewer than 2 folds, fewer than two labels, a blank label, a label with fewer texts than folds, or a bad option.</exception>
    public static EvaluationReport Evaluate(
        IReadOnlyList<LabeledText> samples,
        int folds = 5,
        int seed = 42,
        TextClassifierTrainerOptions? options = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var trainer = new TextClassifierTrainer(options);
        var time = timeProvider ?? TimeProvider.System;
        string[] labels = CheckSamples(samples, folds);
        int[] fold = StratifiedFolds.Assign(samples.Select(s => s.Label).ToArray(), folds, seed);

        long start = time.GetTimestamp();
        var documents = samples
            .Select(s => TermCounter.Count(s.Text ?? string.Empty, s.Title, trainer.Options.TitleWeight))
            .ToArray();
        TimeSpan analysis = time.GetElapsedTime(start);

        var confusion = new int[labels.Length, labels.Length];
        TimeSpan training = TimeSpan.Zero, prediction = TimeSpan.Zero;
        int trainedDocuments = 0;
        for (int f = 0; f < folds; f++)
        {
            var trainIndices = Enumerable.Range(0, samples.Count).Where(i => fold[i] != f).ToArray();
            start = time.GetTimestamp();
            var model = trainer.TrainCounted(
                trainIndices.Select(i => samples[i].Label).ToArray(), trainIndices.Select(i => documents[i]).ToArray());
            training += time.GetElapsedTime(start);
            trainedDocuments += trainIndices.Length;

            start = time.GetTimestamp();
            for (int i = 0; i < samples.Count; i++)
            {
                if (fold[i] == f)
                {
                    int actual = Array.BinarySearch(labels, samples[i].Label, StringComparer.Ordinal);
                    int predicted = Array.BinarySearch(labels, model.Labels[model.PredictIndex(documents[i])], StringComparer.Ordinal);
                    confusion[actual, predicted]++;
                }
            }

            prediction += time.GetElapsedTime(start);
        }

        var (accuracy, macroF1, perLabel) = ClassificationMetrics.Compute(labels, confusion);
        var matrix = Enumerable.Range(0, labels.Length)
            .Select(r => (IReadOnlyList<int>)Enumerable.Range(0, labels.Length).Select(c => confusion[r, c]).ToArray())
            .ToArray();
        return new EvaluationReport(
            folds, seed, samples.Count, labels, accuracy, macroF1, perLabel, matrix,
            new EvaluationTimings(analysis, training, prediction, trainedDocuments, samples.Count));
    }

    /// <summary>The labels in ordinal order, after checking the samples can be split.</summary>
    private static string[] CheckSamples(IReadOnlyList<LabeledText> samples, int folds)
    {
        if (folds < 2)
        {
            throw new ArgumentException($"Cross-validation needs at least 2 folds; got {folds}.", nameof(folds));
        }

        if (samples.Any(s => s is null || string.IsNullOrWhiteSpace(s.Label)))
        {
            throw new ArgumentException("Every sample needs a non-blank label.", nameof(samples));
        }

        var counts = samples.GroupBy(s => s.Label, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Label: g.Key, Count: g.Count()))
            .ToArray();
        if (counts.Length < 2)
        {
            throw new ArgumentException(
                $"Cross-validation needs at least two labels; the samples have {counts.Length}.", nameof(samples));
        }

        var scarce = counts.Where(c => c.Count < folds).ToArray();
        if (scarce.Length > 0)
        {
            string list = string.Join(", ", scarce.Select(c => $"'{c.Label}' ({c.Count})"));
            throw new ArgumentException(
                $"Every label needs at least {folds} samples for {folds}-fold cross-validation; too few: {list}.", nameof(samples));
        }

        return counts.Select(c => c.Label).ToArray();
    }
}
