namespace Roots.Core.Model;

/// <summary>
/// A document that went through collect and understand and is ready to keep: everything the
/// store writes in one transaction, including its analysed index terms.
/// </summary>
public sealed record PreparedItem
{
    /// <summary>Where it came from (see <see cref="Item.Source"/>); an item with the same source gets a new version.</summary>
    public required string Source { get; init; }

    /// <summary>See <see cref="Item.ExternalId"/>.</summary>
    public string? ExternalId { get; init; }

    /// <summary>See <see cref="Item.Kind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The title; never empty.</summary>
    public required string Title { get; init; }

    /// <summary>The detected or declared language.</summary>
    public required string Language { get; init; }

    /// <summary>The extracted text.</summary>
    public required string Text { get; init; }

    /// <summary>Tags to apply, lower case.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>See <see cref="Item.Url"/>.</summary>
    public string? Url { get; init; }

    /// <summary>See <see cref="Item.Published"/>.</summary>
    public string? Published { get; init; }

    /// <summary>The archived original.</summary>
    public required ArchivedOriginal Original { get; init; }

    /// <summary>The media type of the original.</summary>
    public required string MediaType { get; init; }

    /// <summary>The source file's last write time (UTC ticks) when collected from a file; lets a re-run skip unchanged files without reading them.</summary>
    public long? SourceStamp { get; init; }

    /// <summary>Analysed title terms, space-separated.</summary>
    public required string TitleTerms { get; init; }

    /// <summary>Analysed body terms, space-separated.</summary>
    public required string BodyTerms { get; init; }

    /// <summary>Validated identifiers found in the text and metadata (DOI, ISSN, ORCID iD, ISBN, arXiv id, URL).</summary>
    public IReadOnlyList<Identifiers.Identifier> Identifiers { get; init; } = [];

    /// <summary>Other fields the source carried (author, description …), stored as JSON.</summary>
    public IReadOnlyDictionary<string, string>? Fields { get; init; }

    /// <summary>When it was collected, when that was earlier than now (an item rebuilt from the archive); null for now.</summary>
    public DateTimeOffset? CollectedAt { get; init; }
}
