using Roots.Core.Extraction;

namespace Roots.Ingest.Web;

/// <summary>A fetched HTML page read: the readable article as an <see cref="ExtractedDocument"/> and the page's metadata.</summary>
/// <param name="Document">Text, title, language, description; metadata keys <c>author</c>, <c>published</c>,
/// <c>modified</c>, <c>site</c>, <c>canonical</c>, <c>doi</c>, <c>type</c>, <c>charset</c>, <c>extractor</c>.</param>
/// <param name="Metadata">Everything the page says about itself.</param>
public sealed record WebPage(ExtractedDocument Document, PageMetadata Metadata);
