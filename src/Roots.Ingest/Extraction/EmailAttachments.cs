using System.Globalization;
using MimeKit;
using Roots.Core.Extraction;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Takes the attachments out of a parsed email, decoded, for collection as items of their own: the parts MimeKit
/// counts as attachments (<c>Content-Disposition: attachment</c>), so images an HTML body shows inline
/// (<c>cid:</c>) stay part of the message. An attached message (<c>message/rfc822</c>) comes out as its bytes.
/// At most <see cref="MaxAttachments"/> are taken, against hostile messages. Stateless and thread-safe.
/// </summary>
internal static class EmailAttachments
{
    /// <summary>Attachments taken from one message: 100; real mail carries a handful.</summary>
    public const int MaxAttachments = 100;

    /// <summary>Longest name kept, in characters (file systems allow 255 bytes).</summary>
    private const int MaxNameLength = 200;

    /// <summary>The attachments of <paramref name="message"/>, in the order the message holds them.</summary>
    public static IReadOnlyList<EmbeddedFile> Of(MimeMessage message, CancellationToken cancellationToken)
    {
        var files = new List<EmbeddedFile>();
        foreach (var part in message.Attachments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string name = NameOf(part, files.Count + 1);
            files.Add(files.Count < MaxAttachments
                ? Decode(part, name, cancellationToken)
                : new EmbeddedFile(name, ReadOnlyMemory<byte>.Empty, part.ContentType.MimeType, $"more than {MaxAttachments} attachments in one message"));
        }

        return files;
    }

    private static EmbeddedFile Decode(MimeEntity part, string name, CancellationToken cancellationToken)
    {
        try
        {
            using var buffer = new MemoryStream();
            switch (part)
            {
                case MessagePart { Message: { } attached }:
                    attached.WriteTo(buffer, cancellationToken);
                    break;
                case MimePart { Content: { } content }:
                    content.DecodeTo(buffer, cancellationToken);
                    break;
                default:
                    return new EmbeddedFile(name, ReadOnlyMemory<byte>.Empty, part.ContentType.MimeType, "attachment has no content");
            }

            return new EmbeddedFile(name, buffer.ToArray(), part.ContentType.MimeType);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new EmbeddedFile(name, ReadOnlyMemory<byte>.Empty, part.ContentType.MimeType, "cannot decode attachment: " + ExtractionReasons.OneLine(ex.Message));
        }
    }

    /// <summary>
    /// The attachment's file name as one line with no control characters and no folders (a name is shown, and kept
    /// as the original's file name, never a path); <c>attachment-N</c> with the type's extension when it has none.
    /// </summary>
    public static string NameOf(MimeEntity part, int number)
    {
        string? raw = part is MimePart mime ? mime.FileName : part.ContentDisposition?.FileName ?? part.ContentType.Name;
        string? name = TextShape.OneLine(new string((raw ?? "").Where(c => !char.IsControl(c)).ToArray()));
        if (name is not null)
        {
            name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..].Trim().TrimStart('.');
        }

        if (string.IsNullOrEmpty(name))
        {
            string extension = part is MessagePart ? ".eml" : MimeTypes.TryGetExtension(part.ContentType.MimeType, out var known) ? known : "";
            return "attachment-" + number.ToString(CultureInfo.InvariantCulture) + extension;
        }

        return name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }
}
