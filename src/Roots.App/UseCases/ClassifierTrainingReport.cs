using Roots.Core.Classification;

namespace Roots.App.UseCases;

/// <summary>What <c>roots classify train</c> did.</summary>
/// <param name="ModelPath">Where the model was saved.</param>
/// <param name="TrainedAt">When.</param>
/// <param name="Items">Labelled items it learned from.</param>
/// <param name="Labels">Every label with its item count and whether it got a model.</param>
/// <param name="CategoryAccuracy">Cross-validated category accuracy, when there was enough data.</param>
/// <param name="TagAccuracy">Cross-validated share of items whose most confident tag is theirs, when there was enough data.</param>
/// <param name="TagMicroF1">Cross-validated micro-F1 of the tags that would be applied at min_confidence, when there was enough data.</param>
public sealed record ClassifierTrainingReport(
    string ModelPath,
    DateTimeOffset TrainedAt,
    int Items,
    IReadOnlyList<LabelCount> Labels,
    double? CategoryAccuracy,
    double? TagAccuracy,
    double? TagMicroF1);
