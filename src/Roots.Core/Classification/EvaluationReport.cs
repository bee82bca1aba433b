namespace Roots.Core.Classification;

/// <summary>
/// The result of <see cref="CrossValidation.Evaluate"/>: every text predicted once by a model that
/// did not see it, the predictions pooled over folds.
/// </summary>
/// <param name="Folds">The number of folds.</param>
/// <param name="Seed">The seed of the fold shuffle.</param>
/// <param name="SampleCount">The number of texts.</param>
/// <param name="Labels">The labels, ordinal order; the order of <paramref name="PerLabel"/> and of the matrix.</param>
/// <param name="Accuracy">Share of texts whose top prediction was right.</param>
/// <param name="MacroF1">Mean of the labels' F1, each label counting the same whatever its size.</param>
/// <param name="PerLabel">Precision, recall, F1 and support of each label.</param>
/// <param name="ConfusionMatrix">Row = true label, column = predicted label, value = texts.</param>
/// <param name="Timings">Where the time went; the only part that differs between identical runs.</param>
public sealed record EvaluationReport(
    int Folds,
    int Seed,
    int SampleCount,
    IReadOnlyList<string> Labels,
    double Accuracy,
    double MacroF1,
    IReadOnlyList<LabelMetrics> PerLabel,
    IReadOnlyList<IReadOnlyList<int>> ConfusionMatrix,
    EvaluationTimings Timings);
