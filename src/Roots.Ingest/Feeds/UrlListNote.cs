using System.Text;
using Roots.Core.Extraction;
using Roots.Core.Model;

namespace Roots.Ingest.Feeds;

/// <summary>
/// A note in a bookmark manager's export (a Karakeep text bookmark): text the user wrote or
/// pasted, with no URL to fetch. It is kept as a note item, with its title, tags and creation time.
/// </summary>
/// <param name="Key">The exporting tool's id for it (<c>karakeep:ID</c>), so a re-import is a version of the same item; null when the export has none (then the text is its identity, like a note typed in).</param>
/// <param name="Title">The title, if the export has one.</param>
/// <param name="Text">The note's text (Markdown or plain).</param>
/// <param name="Tags">Its tags.</param>
/// <param name="Created">When it was created in the other tool, if known.</param>
public sealed record UrlListNote(string? Key, string? Title, string Text, IReadOnlyList<string> Tags, DateTimeOffset? Created)
{
    /// <summary>The note as a document to collect: kind <c>note</c>, Markdown, its creation time as the published date.</summary>
    public CollectedDocument ToDocument()
    {
        byte[] content = Encoding.UTF8.GetBytes(Text);
        return new CollectedDocument
        {
            Source = Key ?? $"note:{Archive.FileArchive.HashOf(content)}",
            Content = content,
            MediaType = MediaTypes.Markdown,
            Kind = "note",
            Title = Title,
            Tags = Tags,
            Published = Created?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
