namespace Roots.Core.Classification;

/// <summary>A tag on an item, with who set it.</summary>
/// <param name="Tag">The canonical tag.</param>
/// <param name="Origin">Who set it.</param>
/// <param name="Confidence">The classifier's probability; 1 for rules; null for the user.</param>
public sealed record ItemTag(string Tag, TagOrigin Origin, double? Confidence);
