namespace Roots.Core.Classification;

/// <summary>One label a <see cref="TextClassifier"/> proposes for a text.</summary>
/// <param name="Label">The label, as it was written in the training data.</param>
/// <param name="Confidence">The model's probability for this label, in [0, 1]; over all labels they sum to 1.</param>
public readonly record struct Prediction(string Label, double Confidence);
