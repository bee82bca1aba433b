using Roots.Core;
using Roots.Core.Extraction;
using Roots.Core.Model;
using Roots.Ingest.Archive;
using Roots.Ingest.Extraction;

namespace Roots.App.Ingest;

/// <summary>
/// How a file carried inside a document (an email's attachment, <see cref="ExtractedDocument.Embedded"/>) becomes a
/// document of its own: identified by its content (<c>attachment:sha256:…</c>), so that the same attachment in two
/// messages, or a message added again, is one item; titled by its file name unless it has a title of its own; with
/// the carrier's tags. A format no
/// extractor reads (an archive, a program) is not collected and stays listed by name on the carrier. Stateless.
/// </summary>
internal static class EmbeddedDocuments
{
    /// <summary>The source prefix of an attachment's item: its content's SHA-256 follows.</summary>
    public const string SourcePrefix = "attachment:sha256:";

    /// <summary>
    /// How deep attachments are followed: 2, so an attachment of a message that was itself attached is collected;
    /// deeper ones are listed by name only (a hostile message may nest many).
    /// </summary>
    public const int MaxDepth = 2;

    /// <summary>How much of the start the sniffer reads (8 KiB).</summary>
    private const int SniffLength = 8 * 1024;

    /// <summary>
    /// Why <paramref name="file"/>, found <paramref name="depth"/> levels down, is listed by name only and not
    /// collected (a format no extractor reads, too deep), or null when it is to be collected (empty and broken
    /// ones included: they go on to be reported, as such files added alone are).
    /// </summary>
    public static string? NotReadReason(EmbeddedFile file, int depth)
    {
        if (depth > MaxDepth)
        {
            return $"attached more than {MaxDepth} levels deep";
        }

        // An empty or undecodable one is collected to be reported, as an empty file added is.
        if (file.Error is not null || file.Content.IsEmpty)
        {
            return null;
        }

        // The sniffer names only formats the file pipeline reads, so what it names is read.
        var head = file.Content.Length > SniffLength ? file.Content.Span[..SniffLength] : file.Content.Span;
        var sniffed = MediaTypeSniffer.Sniff(file.Name, head);
        if (!sniffed.IsSuccess)
        {
            return "format not read: " + sniffed.Error;
        }

        // A mailbox inside a message would be one huge item: its extractor refuses it.
        return sniffed.Value == MediaTypes.Mbox ? "a mailbox (mbox) inside a message is not read" : null;
    }

    /// <summary>The document for <paramref name="file"/>, carried by <paramref name="carrier"/>, or why it cannot be read out of it.</summary>
    public static Result<CollectedDocument> From(EmbeddedFile file, CollectedDocument carrier)
    {
        if (file.Error is { } error)
        {
            return Result<CollectedDocument>.Fail(error);
        }

        return new CollectedDocument
        {
            Source = SourcePrefix + FileArchive.HashOf(file.Content.Span),
            Content = file.Content,
            FileName = file.Name,
            FallbackTitle = file.Name,
            Tags = carrier.Tags,
            Own = carrier.Own,
            CollectedAt = carrier.CollectedAt,
        };
    }
}
