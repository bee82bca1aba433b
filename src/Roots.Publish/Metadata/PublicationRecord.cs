using Roots.Core.Identifiers;

namespace Roots.Publish.Metadata;

/// <summary>
/// Everything the exporters and page-head builders know about one publication: one language
/// version of an article, with its titles, abstracts and keywords in every language it has.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Language"/> marks the original: the title and abstract in that language are the
/// title proper and the main abstract; the others are translations (DataCite's
/// <c>TranslatedTitle</c>). When no title is in <see cref="Language"/>, the first title is the
/// title proper. Separate language versions with their own DOIs are separate records linked by
/// <see cref="RelationType.HasTranslation"/> / <see cref="RelationType.IsTranslationOf"/>.
/// </para>
/// <para>
/// Identifiers are validated <see cref="Identifier"/> values, so what is exported is what passed
/// the DOI, ISSN and ORCID rules. URLs (<see cref="LandingPage"/>, <see cref="PdfUrl"/>) are plain
/// strings; exporters write only absolute http(s) URLs and drop anything else (a
/// <c>javascript:</c> URL never reaches a page head). Missing publisher, licence and creators fall
/// back to the <see cref="Journal"/>'s. Immutable and thread-safe; build one with an object
/// initializer and derive variants with <c>with</c>.
/// </para>
/// </remarks>
public sealed record PublicationRecord
{
    /// <summary>The local identifier (the item id); used where a format needs a record id (CSL-JSON <c>id</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Titles, one per language; see the remarks for which is the title proper.</summary>
    public IReadOnlyList<LocalizedText> Titles { get; init; } = [];

    /// <summary>The language of this version (BCP 47: <c>zh</c>, <c>en</c>); <c>null</c> when unknown.</summary>
    public string? Language { get; init; }

    /// <summary>Abstracts, at most one per language.</summary>
    public IReadOnlyList<LocalizedText> Abstracts { get; init; } = [];

    /// <summary>Free keywords, each tagged with its language.</summary>
    public IReadOnlyList<LocalizedText> Keywords { get; init; } = [];

    /// <summary>Subject headings and tags, possibly from a controlled vocabulary.</summary>
    public IReadOnlyList<Subject> Subjects { get; init; } = [];

    /// <summary>The authors in citation order; empty means the journal's default creators.</summary>
    public IReadOnlyList<Creator> Creators { get; init; } = [];

    /// <summary>
    /// The site's own work (<c>own: true</c>): when it names no creator, the journal's default creators are its
    /// authors. Anyone else's work never borrows them; without a creator of its own its author stays unknown.
    /// </summary>
    public bool IsOwnWork { get; init; }

    /// <summary>When it was published (issued); <c>null</c> when unknown.</summary>
    public PartialDate? PublicationDate { get; init; }

    /// <summary>The publisher; <c>null</c> means the journal's.</summary>
    public string? Publisher { get; init; }

    /// <summary>The licence; <c>null</c> means the journal's.</summary>
    public License? License { get; init; }

    /// <summary>What kind of work it is; <see cref="PublicationType.JournalArticle"/> by default.</summary>
    public PublicationType Type { get; init; } = PublicationType.JournalArticle;

    /// <summary>The DOI (an identifier of kind <see cref="IdentifierKind.Doi"/>); <c>null</c> when none is registered yet.</summary>
    public Identifier? Doi { get; init; }

    /// <summary>Other identifiers of this same publication: URLs, arXiv ids, ISBNs.</summary>
    public IReadOnlyList<Identifier> Identifiers { get; init; } = [];

    /// <summary>The journal it is published in; <c>null</c> for a stand-alone work.</summary>
    public Journal? Journal { get; init; }

    /// <summary>The journal volume; <c>null</c> when none.</summary>
    public string? Volume { get; init; }

    /// <summary>The journal issue; <c>null</c> when none.</summary>
    public string? Issue { get; init; }

    /// <summary>The page that presents this version (absolute http or https URL).</summary>
    public string? LandingPage { get; init; }

    /// <summary>The full text as PDF (absolute http or https URL); <c>null</c> when none.</summary>
    public string? PdfUrl { get; init; }

    /// <summary>The version label ("1.0", "2026-06 revision"); <c>null</c> when none.</summary>
    public string? Version { get; init; }

    /// <summary>Links to other resources: translations, references, collections.</summary>
    public IReadOnlyList<RelatedIdentifier> RelatedIdentifiers { get; init; } = [];
}
