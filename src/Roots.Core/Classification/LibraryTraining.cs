namespace Roots.Core.Classification;

/// <summary>What <see cref="LibraryClassifierTrainer.Train"/> made and how good it looks.</summary>
/// <param name="Classifier">The trained classifier (possibly empty: see <see cref="LibraryClassifier.IsEmpty"/>).</param>
/// <param name="ItemCount">Labelled items used.</param>
/// <param name="Labels">Every label seen in the training data, with its item count and whether it got a model.</param>
/// <param name="CategoryAccuracy">Cross-validated accuracy of the category model, when there was enough data.</param>
/// <param name="TagAccuracy">Cross-validated share of items whose most confident tag is one of theirs, when there was enough data.</param>
/// <param name="TagMicroF1">Cross-validated micro-averaged F1 of the tags applied at the threshold, when there was enough data.</param>
public sealed record LibraryTraining(
    LibraryClassifier Classifier,
    int ItemCount,
    IReadOnlyList<LabelCount> Labels,
    double? CategoryAccuracy,
    double? TagAccuracy,
    double? TagMicroF1);

/// <summary>One label of the training data.</summary>
/// <param name="Kind">"tag" or "category".</param>
/// <param name="Label">The label.</param>
/// <param name="Items">Items carrying it.</param>
/// <param name="Trained">Whether it got a model (enough examples, within the limits, allowed by the taxonomy).</param>
public sealed record LabelCount(string Kind, string Label, int Items, bool Trained);
