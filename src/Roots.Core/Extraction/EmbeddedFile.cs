namespace Roots.Core.Extraction;

/// <summary>
/// A file carried inside a document (an email's attachment) that is collected as an item of its own and
/// linked to the document that carried it. An extractor that finds one reports it; it never reads it.
/// </summary>
/// <param name="Name">
/// The name it carries (<c>report.pdf</c>), reduced to one line and its last path segment, so that it is safe to
/// show and to keep as a file name; a made-up one (<c>attachment-2</c>) when it carries none.
/// </param>
/// <param name="Content">Its decoded bytes (empty when <paramref name="Error"/> is set).</param>
/// <param name="MediaType">The media type the document declares for it, if any; the bytes are sniffed anyway.</param>
/// <param name="Error">Why it could not be taken out of the document (a part that cannot be decoded), in one line; null when it was.</param>
public sealed record EmbeddedFile(string Name, ReadOnlyMemory<byte> Content, string? MediaType = null, string? Error = null);
