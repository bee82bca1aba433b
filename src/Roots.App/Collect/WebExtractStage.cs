using Roots.App.Ingest;
using Roots.Core;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;
using Roots.Ingest.Web;

namespace Roots.App.Collect;

/// <summary>
/// The extract stage for fetched documents: the Content-Type's charset reaches the extractor
/// (so a GBK page declared only in the HTTP header comes out right), HTML is read as an article
/// by <see cref="WebPageExtractor"/>, PDF by the usual PDF extractor, and the page's canonical
/// URL, when it declares one, becomes the item's URL.
/// </summary>
public sealed class WebExtractStage : IIngestStage
{
    /// <summary>The extractors for fetched documents: the article reader first, then the file formats.</summary>
    public static ExtractorSet WebExtractors { get; } =
        new([new WebPageExtractor(), new PdfExtractor(), new PlainTextExtractor(), new MarkdownExtractor()]);

    private const int SniffBytes = 8 * 1024;

    /// <inheritdoc />
    public string Name => "extract";

    /// <inheritdoc />
    public Result<DocumentDraft> Process(DocumentDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var collected = draft.Collected;
        string? charset = CharsetOf(collected.MediaType);
        string mediaType;
        if (collected.MediaType is { Length: > 0 } declared && WebExtractors.CanExtract(Essence(declared)))
        {
            mediaType = Essence(declared);
        }
        else
        {
            // No or an unreadable declared type (application/octet-stream for a PDF): trust the bytes.
            var head = collected.Content.Length > SniffBytes ? collected.Content.Span[..SniffBytes] : collected.Content.Span;
            var sniffed = MediaTypeSniffer.Sniff(FileNameOf(collected.FileName), head);
            if (!sniffed.IsSuccess)
            {
                return Result<DocumentDraft>.Fail(sniffed.Error!);
            }

            mediaType = sniffed.Value;
        }

        var extracted = WebExtractors.Extract(new ExtractionRequest(collected.Content, mediaType, collected.FileName, charset), cancellationToken);
        if (!extracted.IsSuccess)
        {
            return Result<DocumentDraft>.Fail(extracted.Error!);
        }

        string? canonical = extracted.Value.Fields.GetValueOrDefault("canonical");
        return draft with
        {
            Collected = canonical is null ? collected : collected with { Url = canonical },
            MediaType = mediaType,
            Extracted = extracted.Value,
            Text = extracted.Value.Text,
        };
    }

    private static string Essence(string contentType) => contentType.Split(';', 2)[0].Trim().ToLowerInvariant();

    /// <summary>The charset parameter of a Content-Type header, unquoted; null when there is none.</summary>
    private static string? CharsetOf(string? contentType)
    {
        foreach (string parameter in (contentType ?? "").Split(';').Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                string value = pair[1].Trim().Trim('"').Trim();
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }

    /// <summary>The last path segment of a URL, for the sniffer's extension hint.</summary>
    private static string? FileNameOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Path.GetFileName(uri.AbsolutePath) : url;
}
