using Roots.Core.Identifiers;

namespace Roots.Publish.Metadata;

/// <summary>
/// The journal (serial) a publication appears in, as configured once for a whole library in
/// <c>roots.yaml</c>: its titles, ISSN, publisher, base URL, licence and default authors.
/// </summary>
/// <remarks>
/// The publisher, licence and creators here are defaults: a <see cref="PublicationRecord"/> that
/// names its own wins. Immutable and thread-safe.
/// </remarks>
public sealed record Journal
{
    /// <summary>The journal's title per language; the first is the title proper.</summary>
    public IReadOnlyList<LocalizedText> Titles { get; init; } = [];

    /// <summary>The ISSN, a validated identifier of kind <see cref="IdentifierKind.Issn"/>; <c>null</c> when none.</summary>
    public Identifier? Issn { get; init; }

    /// <summary>The publisher's name; the default for articles that name none.</summary>
    public string? Publisher { get; init; }

    /// <summary>The journal's home page (absolute http or https URL); <c>null</c> when none.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The licence articles are published under unless they say otherwise.</summary>
    public License? License { get; init; }

    /// <summary>The authors used for an article that names none (a one-person journal).</summary>
    public IReadOnlyList<Creator> DefaultCreators { get; init; } = [];

    /// <summary>Tags that mark an article as the journal's own work (so <see cref="DefaultCreators"/> apply to it when it names no author).</summary>
    public IReadOnlyList<string> OwnWorkTags { get; init; } = [];
}
