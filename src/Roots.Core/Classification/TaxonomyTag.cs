namespace Roots.Core.Classification;

/// <summary>A tag the taxonomy allows, with the other spellings that mean it.</summary>
/// <param name="Name">The canonical name, as <see cref="Model.TagName.Normalize"/> writes it.</param>
/// <param name="Synonyms">Other names ("AI", "人工智能", "artificial intelligence") that become <paramref name="Name"/> wherever a tag enters.</param>
public sealed record TaxonomyTag(string Name, IReadOnlyList<string> Synonyms);
