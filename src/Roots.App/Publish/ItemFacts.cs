using Roots.Core.Identifiers;
using Roots.Core.Model;
using Roots.Core.Understanding;

namespace Roots.App.Publish;

/// <summary>Everything publishing reads about one item, gathered once.</summary>
/// <param name="Item">The item.</param>
/// <param name="Text">Its current text; empty when publishing took the item's facts from its cache (see <see cref="TextKey"/>).</param>
/// <param name="Fields">Fields its source carried.</param>
/// <param name="Category">Its category, if any.</param>
/// <param name="Doi">Its own DOI (see <see cref="OwnDoi"/>), if any.</param>
/// <param name="CitedDois">Other DOIs in its text: references, not its own.</param>
/// <param name="Summary">Its abstract: the source's description, else the extractive summary.</param>
/// <param name="Keywords">Its keywords, best first.</param>
public sealed record ItemFacts(
    Item Item,
    string Text,
    IReadOnlyDictionary<string, string> Fields,
    string? Category,
    Identifier? Doi,
    IReadOnlyList<Identifier> CitedDois,
    string Summary,
    IReadOnlyList<Keyword> Keywords)
{
    /// <summary>Its model translations that still match its title and text (<c>roots translate</c>), by language.</summary>
    public IReadOnlyList<ItemTranslation> StoredTranslations { get; init; } = [];

    /// <summary>
    /// The SHA-256 of its title and text, when publishing read its facts (a page is keyed by it, and
    /// its text is read only when the page is rendered); null otherwise.
    /// </summary>
    public string? TextKey { get; init; }

    /// <summary>For one language version of a bilingual file, the part of the file's text it holds (see <see cref="LanguageHalves"/>); null otherwise.</summary>
    internal TextPart? Part { get; init; }

    /// <summary>The item whose text this version shows.</summary>
    public long SourceId => Part?.ItemId ?? Item.Id;

    /// <summary>This version's part of its item's text.</summary>
    public string Slice(string text) => Part?.Of(text) ?? text;
}
