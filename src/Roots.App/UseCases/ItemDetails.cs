using Roots.Core.Model;
using Roots.Core.Understanding;

namespace Roots.App.UseCases;

/// <summary>Everything <c>roots show</c> prints about one item.</summary>
/// <param name="Item">The item.</param>
/// <param name="Versions">Its versions, oldest first.</param>
/// <param name="Text">The text of the current version.</param>
/// <param name="Fields">Fields the source carried (author, description …).</param>
/// <param name="OriginalPath">Where the current original is archived.</param>
/// <param name="Summary">A summary of the text with its provenance.</param>
/// <param name="Keywords">The words that characterise the item against the library, best first.</param>
/// <param name="Identifiers">Validated identifiers of the current version ("doi:10.5281/…").</param>
public sealed record ItemDetails(
    Item Item,
    IReadOnlyList<ItemVersion> Versions,
    string Text,
    IReadOnlyDictionary<string, string> Fields,
    string OriginalPath,
    DerivedText Summary,
    IReadOnlyList<Keyword> Keywords,
    IReadOnlyList<string> Identifiers)
{
    /// <summary>Tags with who set them (user, rule, classifier with its confidence), by name.</summary>
    /// <summary>Who chose <see cref="Keywords"/>: <c>author</c> (the text's own 关键词 / Keywords, or its metadata) or <c>tf-idf</c>.</summary>
    public string KeywordsBy { get; init; } = Core.Understanding.KeywordExtractor.Provenance;

    public IReadOnlyList<TagDetail> TagDetails { get; init; } = [];

    /// <summary>The category with who set it, if any.</summary>
    public TagDetail? Category { get; init; }

    /// <summary>Items this one mentions (by URL, DOI or exact title).</summary>
    public IReadOnlyList<LinkedItem> Mentions { get; init; } = [];

    /// <summary>Items that mention this one: its backlinks.</summary>
    public IReadOnlyList<LinkedItem> Backlinks { get; init; } = [];

    /// <summary>For a message: its attachments kept as items (the evidence is the name each had in the message).</summary>
    public IReadOnlyList<LinkedItem> Attachments { get; init; } = [];

    /// <summary>For an attachment: the messages it arrived in.</summary>
    public IReadOnlyList<LinkedItem> AttachmentOf { get; init; } = [];

    /// <summary>The items most like this one (see <c>Library.RelatedAsync</c>).</summary>
    public IReadOnlyList<RelatedItem> Related { get; init; } = [];

    /// <summary>Its stored translations (<c>roots translate</c>), by language.</summary>
    public IReadOnlyList<TranslationDetail> Translations { get; init; } = [];
}

/// <summary>A derived text and who made it: <c>extractive</c>, or <c>model:NAME</c> once models are configured.</summary>
/// <param name="Text">The text.</param>
/// <param name="By">Its provenance.</param>
public sealed record DerivedText(string Text, string By);
