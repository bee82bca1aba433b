using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Roots.Core;
using Roots.Core.Extraction;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Reads <c>text/html</c> with AngleSharp's parser alone: no browsing context, so no script
/// runs and no resource (image, style sheet, frame) is fetched. Charset: byte-order mark, then
/// the request's charset, then the page's own <c>&lt;meta charset&gt;</c>, then detection.
/// Text: the single <c>&lt;article&gt;</c>, else <c>&lt;main&gt;</c>, else <c>&lt;body&gt;</c>
/// (the first that holds text), without page furniture (see <see cref="HtmlTextWriter"/>).
/// Title: <c>&lt;title&gt;</c>, else <c>og:title</c>, else the first <c>&lt;h1&gt;</c>.
/// Language: <c>&lt;html lang&gt;</c>. Description: meta <c>description</c>, else
/// <c>og:description</c>. Metadata: <c>author</c>, <c>published</c>, <c>canonical</c>,
/// <c>charset</c>. Tags nested deeper than 512 are flattened first (see
/// <see cref="HtmlNestingGuard"/>). Stateless and thread-safe.
/// </summary>
public sealed class HtmlExtractor : IExtractor
{
    private static readonly string[] _publishedKeys =
        ["article:published_time", "date", "citation_publication_date", "citation_date", "dc.date", "datePublished"];

    /// <inheritdoc />
    public bool CanExtract(string mediaType) =>
        MediaTypeName.Is(mediaType, MediaTypes.Html) || MediaTypeName.Is(mediaType, "application/xhtml+xml");

    /// <inheritdoc />
    public Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = request.Content.Span;
        var declared = request.Charset ?? MediaTypeName.Charset(request.MediaType) ?? HtmlCharsetPrescan.Find(bytes);
        var decoded = TextDecoder.Decode(bytes, declared);
        if (!decoded.IsSuccess)
        {
            return Result<ExtractedDocument>.Fail(decoded.Error!);
        }

        try
        {
            return Read(HtmlNestingGuard.Limit(decoded.Value.Text), decoded.Value.Charset, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Result<ExtractedDocument>.Fail("malformed HTML: " + ExtractionReasons.OneLine(ex.Message));
        }
    }

    private static Result<ExtractedDocument> Read(string html, string charset, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, SkipComments = true });
        using var document = parser.ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();
        var scan = HtmlDocumentScan.Run(document, cancellationToken);
        var text = MainText(document, scan, cancellationToken);
        if (text.Length == 0)
        {
            return Result<ExtractedDocument>.Fail(ExtractionReasons.NoText);
        }

        var title = TextShape.OneLine(scan.Title?.TextContent)
            ?? scan.Meta("og:title")
            ?? (scan.FirstH1 is { } h1 ? TextShape.OneLine(HtmlTextWriter.Write(h1, cancellationToken)) : null);
        var metadata = new Dictionary<string, string> { ["charset"] = charset };
        // Meta tags first, then the page's schema.org JSON-LD (read as for fetched pages), which many sites fill instead.
        var ld = JsonLdArticle.Read(document);
        AddIfPresent(metadata, "author", scan.Meta("author") ?? Join(scan.CitationAuthors) ?? Join(ld.Authors));
        AddIfPresent(metadata, "published", _publishedKeys.Select(scan.Meta).FirstOrDefault(v => v is not null) ?? ld.Published);
        AddIfPresent(metadata, "canonical", scan.Canonical);

        return new ExtractedDocument(
            text,
            title,
            Language: TextShape.OneLine(document.DocumentElement?.GetAttribute("lang")) ?? scan.Meta("content-language"),
            Description: scan.Meta("description") ?? scan.Meta("og:description"),
            Metadata: metadata);
    }

    /// <summary>The text of the first candidate that holds any: the only article, main, body, the whole page.</summary>
    private static string MainText(IDocument document, HtmlDocumentScan scan, CancellationToken cancellationToken)
    {
        IElement?[] candidates = [scan.ArticleCount == 1 ? scan.FirstArticle : null, scan.Main, document.Body, document.DocumentElement];
        foreach (var candidate in candidates)
        {
            if (candidate is not null && HtmlTextWriter.Write(candidate, cancellationToken) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return string.Empty;
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join("; ", values);

    private static void AddIfPresent(Dictionary<string, string> metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata[key] = value;
        }
    }
}
