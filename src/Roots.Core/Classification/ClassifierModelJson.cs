namespace Roots.Core.Classification;

/// <summary>
/// The stored form of a <see cref="TextClassifier"/>. Arrays are nullable because a stored model
/// is input: <see cref="TextClassifier.FromJson"/> checks every one.
/// </summary>
/// <param name="Format">The feature and model scheme; <see cref="CurrentFormat"/> is the only one read.</param>
/// <param name="TitleWeight">How many times title terms count.</param>
/// <param name="Labels">The labels, ordinal order.</param>
/// <param name="Bias">One per label.</param>
/// <param name="Terms">The features' terms, ordinal order.</param>
/// <param name="Idf">One per term.</param>
/// <param name="Weights">Feature-major: <c>Weights[term × labels + label]</c>.</param>
internal sealed record ClassifierModelJson(
    int Format,
    int TitleWeight,
    string[]? Labels,
    float[]? Bias,
    string[]? Terms,
    float[]? Idf,
    float[]? Weights)
{
    /// <summary>Bumped whenever features or scoring change, so an old model is refused rather than misread.</summary>
    public const int CurrentFormat = 1;
}
