namespace Roots.Core.Extraction;

/// <summary>
/// What an extractor read out of an original: the readable text and whatever metadata the
/// format carries. Text is Unicode with paragraphs separated by blank lines.
/// </summary>
/// <param name="Text">The readable text, never null; may be empty only when the extractor failed.</param>
/// <param name="Title">The document's own title (HTML &lt;title&gt;, first Markdown heading, PDF Title), if any.</param>
/// <param name="Language">A BCP 47 tag the document declares about itself (HTML lang), if any.</param>
/// <param name="Description">A short description the document carries (meta description, PDF Subject), if any.</param>
/// <param name="Metadata">Other fields the format carries (author, created, charset, pages …), keys in lower case.</param>
public sealed record ExtractedDocument(
    string Text,
    string? Title = null,
    string? Language = null,
    string? Description = null,
    IReadOnlyDictionary<string, string>? Metadata = null)
{
    /// <summary>Metadata, never null.</summary>
    public IReadOnlyDictionary<string, string> Fields => Metadata ?? EmptyFields;

    /// <summary>
    /// Files the document carries inside it (an email's attachments), to be collected as items of their own and
    /// linked to it (<see cref="Model.LinkKinds.AttachmentOf"/>); empty for formats that carry none.
    /// </summary>
    public IReadOnlyList<EmbeddedFile> Embedded { get; init; } = [];

    private static readonly IReadOnlyDictionary<string, string> EmptyFields = new Dictionary<string, string>();
}
