namespace Roots.Core.Model;

/// <summary>
/// What the archive keeps beside an original (<c>ab/&lt;sha&gt;.meta.json</c>): enough to collect it
/// again from the archive alone when the database lost it (a damaged write-ahead log, a deleted
/// <c>roots.db</c>). Text, terms, identifiers and automatic tags are not kept: they are derived
/// again from the bytes.
/// </summary>
public sealed record OriginalSidecar
{
    /// <summary>Where it was collected from: the item's identity for versions (see <see cref="Item.Source"/>).</summary>
    public required string Source { get; init; }

    /// <summary>When it was first collected from this source.</summary>
    public required DateTimeOffset CollectedAt { get; init; }

    /// <summary>The kind the source decided (note, record), else null to derive it again.</summary>
    public string? Kind { get; init; }

    /// <summary>The title given by the user or the source, else the one read from the document.</summary>
    public string? Title { get; init; }

    /// <summary>The language the source declared, if any.</summary>
    public string? Language { get; init; }

    /// <summary>The user's tags (given when collected; <c>roots verify --repair</c> writes the current ones).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The media type as collected (a fetched page's Content-Type with its charset).</summary>
    public string? MediaType { get; init; }

    /// <summary>The file name or URL it came with, for type sniffing.</summary>
    public string? FileName { get; init; }

    /// <summary>A URL the item is known by.</summary>
    public string? Url { get; init; }

    /// <summary>When it was published, as the source wrote it.</summary>
    public string? Published { get; init; }

    /// <summary>An id from elsewhere (an import's <c>_id</c>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>True when it was fetched from the web (read with the web extractors: readability, charset from the header).</summary>
    public bool Fetched { get; init; }

    /// <summary>Collected as the library owner's own work (<c>roots add --own</c>), so a rebuild keeps it so.</summary>
    public bool Own { get; init; }
}
