using System.Globalization;
using AngleSharp.Dom;
using Roots.Core.Identifiers;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Web;

/// <summary>
/// Reads <see cref="PageMetadata"/> out of a parsed page. Each field takes the first source that
/// has it, in this order — title: citation_title, og:title, JSON-LD headline, DC.title,
/// &lt;title&gt;; authors: citation_author, JSON-LD author, DC.creator, meta author; published:
/// citation_publication_date/citation_date, article:published_time, JSON-LD datePublished,
/// DC.date/dcterms.issued, meta date; site: og:site_name, citation_journal_title, JSON-LD
/// publisher or WebSite; language: &lt;html lang&gt;, citation_language, DC.language, og:locale,
/// JSON-LD inLanguage; canonical: link rel=canonical, og:url, JSON-LD url; DOI: citation_doi,
/// DC.identifier, prism.doi, JSON-LD identifier/sameAs, each validated. Pure and thread-safe.
/// </summary>
public static class PageMetadataReader
{
    /// <summary>Reads the metadata of <paramref name="document"/>; <paramref name="pageUrl"/> resolves relative links.</summary>
    public static PageMetadata Read(IDocument document, Uri? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tags = MetaTags.Collect(document);
        var ld = JsonLdArticle.Read(document);
        return new PageMetadata
        {
            Title = First(tags.Get("citation_title"), tags.Get("og:title"), ld.Headline, tags.Get("dc.title"), tags.Get("dcterms.title"),
                TextShape.OneLine(document.Title)),
            Authors = FirstList(tags.All("citation_author"), ld.Authors, tags.All("dc.creator"), tags.All("dcterms.creator"),
                tags.All("author").Where(a => !a.Contains("://", StringComparison.Ordinal)).ToList()),
            Published = Date(First(tags.Get("citation_publication_date"), tags.Get("citation_date"), tags.Get("article:published_time"),
                ld.Published, tags.Get("dc.date"), tags.Get("dcterms.issued"), tags.Get("dcterms.date"), tags.Get("date"))),
            Modified = Date(First(tags.Get("article:modified_time"), ld.Modified, tags.Get("dcterms.modified"), tags.Get("og:updated_time"))),
            SiteName = First(tags.Get("og:site_name"), tags.Get("citation_journal_title"), ld.Publisher, ld.WebSite, tags.Get("application-name")),
            Language = First(TextShape.OneLine(document.DocumentElement?.GetAttribute("lang")), tags.Get("citation_language"),
                tags.Get("dc.language"), tags.Get("dcterms.language"), tags.Get("og:locale")?.Replace('_', '-'), ld.Language,
                tags.Get("content-language")),
            CanonicalUrl = Absolute(tags.Canonical, pageUrl) ?? Absolute(tags.Get("og:url"), pageUrl) ?? Absolute(ld.Url, pageUrl),
            Doi = DoiFrom(tags.Get("citation_doi"), tags.Get("dc.identifier"), tags.Get("dcterms.identifier"), tags.Get("prism.doi"),
                tags.Get("bepress_citation_doi"), ld.Identifier),
            Description = First(tags.Get("description"), tags.Get("og:description"), tags.Get("dc.description"), ld.Description,
                tags.Get("citation_abstract")),
            Type = First(ld.Type, tags.Get("og:type")),
        };
    }

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static IReadOnlyList<string> FirstList(params IReadOnlyList<string>[] lists) =>
        lists.FirstOrDefault(l => l.Count > 0)?.Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [];

    private static string? DoiFrom(params string?[] candidates)
    {
        foreach (var candidate in candidates.Where(c => c is not null))
        {
            if (Roots.Core.Identifiers.Doi.Normalize(candidate!) is { IsSuccess: true } doi)
            {
                return doi.Value;
            }
        }

        return null;
    }

    private static Uri? Absolute(string? href, Uri? pageUrl)
    {
        var url = UrlGuard.Parse(href, pageUrl);
        return url is not null && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
    }

    /// <summary>
    /// ISO 8601: a date alone stays a date (<c>2024/03/05</c> → <c>2024-03-05</c>), a year stays a
    /// year, a time is kept in UTC; anything unreadable is kept as written.
    /// </summary>
    internal static string? Date(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return value;
        }

        var normalized = value.Replace('/', '-');
        if (!DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return value;
        }

        var hasTime = normalized.Contains(':', StringComparison.Ordinal);
        return hasTime
            ? date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
