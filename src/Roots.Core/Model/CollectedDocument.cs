namespace Roots.Core.Model;

/// <summary>
/// What a source collected, before understanding: the original bytes and whatever the source
/// itself knows (a declared title, tags, language, an external id, or text already extracted).
/// </summary>
public sealed record CollectedDocument
{
    /// <summary>Where it came from: an absolute path, <c>note:…</c>, <c>record:ID</c>. Identity for versions.</summary>
    public required string Source { get; init; }

    /// <summary>The original bytes, archived as they are.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The file name it came with, for type sniffing and messages.</summary>
    public string? FileName { get; init; }

    /// <summary>The media type, when the source knows it (else it is sniffed).</summary>
    public string? MediaType { get; init; }

    /// <summary>The kind, when the source decides it (note, record); else derived from the media type.</summary>
    public string? Kind { get; init; }

    /// <summary>Text the source already has (an imported record); skips extraction.</summary>
    public string? Text { get; init; }

    /// <summary>A title given by the user or the source; wins over the document's own.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// A title for when the document has none of its own (an attachment's file name): after the document's own
    /// title, before its first line of text.
    /// </summary>
    public string? FallbackTitle { get; init; }

    /// <summary>A language given by the source; wins over detection.</summary>
    public string? Language { get; init; }

    /// <summary>Tags given by the user or the source.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>A URL the document is known by.</summary>
    public string? Url { get; init; }

    /// <summary>When it was published, as the source wrote it.</summary>
    public string? Published { get; init; }

    /// <summary>An id from elsewhere (an import's <c>_id</c>).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The source file's last write time in UTC ticks, when collected from a file.</summary>
    public long? SourceStamp { get; init; }

    /// <summary>When it was first collected, for a document restored from the archive; null means now.</summary>
    public DateTimeOffset? CollectedAt { get; init; }

    /// <summary>The library owner's own work (<c>roots add --own</c>): kept as the item's <c>own</c> field, and in its original's sidecar.</summary>
    public bool Own { get; init; }
}
