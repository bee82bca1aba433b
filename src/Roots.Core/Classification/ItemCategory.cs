namespace Roots.Core.Classification;

/// <summary>An item's category, with who set it.</summary>
/// <param name="Category">The category.</param>
/// <param name="Origin">Who set it.</param>
/// <param name="Confidence">The classifier's probability; 1 for rules; null for the user.</param>
public sealed record ItemCategory(string Category, TagOrigin Origin, double? Confidence);
