namespace Roots.Core.Classification;

/// <summary>A tag or category an automatic origin wants to set, with its confidence.</summary>
/// <param name="Label">The canonical tag or category.</param>
/// <param name="Confidence">In [0, 1]; 1 for rules.</param>
public readonly record struct ScoredLabel(string Label, double Confidence);
