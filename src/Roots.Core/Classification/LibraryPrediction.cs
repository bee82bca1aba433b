namespace Roots.Core.Classification;

/// <summary>What a <see cref="LibraryClassifier"/> proposes for one item.</summary>
/// <param name="Category">The most likely category with its probability, or null when no category model was trained.</param>
/// <param name="Tags">Every tag the model knows with its own probability (one-vs-rest: they do not sum to 1), most likely first.</param>
public sealed record LibraryPrediction(Prediction? Category, IReadOnlyList<Prediction> Tags);
