using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Roots.Core;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;
using SmartReader;

namespace Roots.Ingest.Web;

/// <summary>
/// Reads fetched HTML as an article: charset from the HTTP header, then the byte-order mark,
/// then <c>&lt;meta charset&gt;</c>, then detection (<see cref="TextDecoder"/>); metadata from
/// <see cref="PageMetadataReader"/>; the readable text from SmartReader (a port of Mozilla's
/// Readability, the algorithm behind Firefox Reader View), which drops navigation, sidebars,
/// comments and boilerplate far better than taking <c>&lt;article&gt;</c> or <c>&lt;body&gt;</c>.
/// When SmartReader finds no article (short pages, link lists) the text of
/// <see cref="HtmlExtractor"/> is used instead. SmartReader is given the already parsed,
/// nesting-limited document, so it never parses or fetches anything itself. The page's content
/// hyperlinks (see <see cref="PageLinks"/>) are the <c>links</c> field. Stateless and thread-safe.
/// </summary>
public sealed class WebPageExtractor : IExtractor
{
    private static readonly HtmlExtractor _fallback = new();

    /// <inheritdoc />
    public bool CanExtract(string mediaType) => _fallback.CanExtract(mediaType);

    /// <summary>
    /// Extracts a page; <see cref="ExtractionRequest.FileName"/> may carry the page URL (used to
    /// resolve the canonical link).
    /// </summary>
    public Result<ExtractedDocument> Extract(in ExtractionRequest request, CancellationToken cancellationToken = default) =>
        ExtractPage(request.Content, request.Charset ?? MediaTypeName.Charset(request.MediaType), UrlGuard.Parse(request.FileName), cancellationToken)
            .Map(page => page.Document);

    /// <summary>Extracts the page fetched by <paramref name="result"/> (its final URL and Content-Type charset).</summary>
    public Result<WebPage> ExtractPage(FetchResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ExtractPage(result.Body, result.Charset, result.FinalUrl, cancellationToken);
    }

    /// <summary>Extracts a page from its bytes. Never throws for bad content; a failure says why in one line.</summary>
    /// <param name="html">The body, content-decoded.</param>
    /// <param name="headerCharset">The charset of the HTTP Content-Type header, if any.</param>
    /// <param name="pageUrl">The page's URL, for relative links; may be null.</param>
    /// <param name="cancellationToken">Stops a long extraction.</param>
    public Result<WebPage> ExtractPage(ReadOnlyMemory<byte> html, string? headerCharset, Uri? pageUrl, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var decoded = TextDecoder.Decode(html.Span, headerCharset, HtmlCharsetPrescan.Find(html.Span));
        if (!decoded.IsSuccess)
        {
            return Result<WebPage>.Fail(decoded.Error!);
        }

        try
        {
            return Read(HtmlNestingGuard.Limit(decoded.Value.Text), decoded.Value.Charset, pageUrl, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Result<WebPage>.Fail("malformed HTML: " + ExtractionReasons.OneLine(ex.Message));
        }
    }

    private static Result<WebPage> Read(string html, string charset, Uri? pageUrl, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var metadata = PageMetadataReader.Read(document, pageUrl);
        // Read before SmartReader, which prunes the document it is given.
        var links = PageLinks.Read(document, pageUrl);
        cancellationToken.ThrowIfCancellationRequested();

        var (text, extractor) = Readable(document, pageUrl);
        if (text is null)
        {
            var fallback = _fallback.Extract(new ExtractionRequest(System.Text.Encoding.UTF8.GetBytes(html), MediaTypes.Html, Charset: "utf-8"), cancellationToken);
            if (!fallback.IsSuccess)
            {
                return Result<WebPage>.Fail(fallback.Error!);
            }

            (text, extractor) = (fallback.Value.Text, "html");
        }

        var fields = new Dictionary<string, string> { ["charset"] = charset, ["extractor"] = extractor };
        Add(fields, "author", metadata.Authors.Count == 0 ? null : string.Join("; ", metadata.Authors));
        Add(fields, "published", metadata.Published);
        Add(fields, "modified", metadata.Modified);
        Add(fields, "site", metadata.SiteName);
        Add(fields, "canonical", metadata.CanonicalUrl?.AbsoluteUri);
        Add(fields, "doi", metadata.Doi);
        Add(fields, "type", metadata.Type);
        Add(fields, "links", string.Join('\n', links));
        var document2 = new ExtractedDocument(text, metadata.Title, metadata.Language, metadata.Description, fields);
        return new WebPage(document2, metadata);
    }

    /// <summary>SmartReader's article text, or null when it finds no article.</summary>
    private static (string? Text, string Extractor) Readable(IHtmlDocument document, Uri? pageUrl)
    {
        var reader = new Reader(pageUrl?.AbsoluteUri ?? "https://page.invalid/", document) { Debug = false };
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return (null, "html");
        }

        // Re-read SmartReader's cleaned HTML with the shared writer, so paragraphs, headings and
        // lists come out exactly as from every other HTML source.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var cleaned = parser.ParseDocument(article.Content);
        var text = cleaned.Body is null ? null : HtmlTextWriter.Write(cleaned.Body, CancellationToken.None);
        return string.IsNullOrWhiteSpace(text) ? (null, "html") : (text, "smartreader");
    }

    private static void Add(Dictionary<string, string> fields, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields[key] = value;
        }
    }
}
