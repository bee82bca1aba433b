using System.Text.Json;
using AngleSharp.Dom;

namespace Roots.Ingest.Extraction;

/// <summary>
/// The fields of the first schema.org article node in a page's JSON-LD blocks (Article,
/// ScholarlyArticle, NewsArticle, BlogPosting, Report …), found at the top level, in arrays or in
/// <c>@graph</c>; plus the name of a WebSite node. Broken JSON is skipped, not fatal: pages often
/// carry a template's invalid block next to a good one. Depth is capped at 32.
/// </summary>
internal sealed class JsonLdArticle
{
    private static readonly HashSet<string> _articleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "ScholarlyArticle", "NewsArticle", "BlogPosting", "Report", "TechArticle", "AnalysisNewsArticle",
        "SocialMediaPosting", "MedicalScholarlyArticle", "Thesis", "Chapter", "Book",
    };

    private static readonly JsonDocumentOptions _options = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public string? Type { get; private set; }
    public string? Headline { get; private set; }
    public List<string> Authors { get; } = [];
    public string? Published { get; private set; }
    public string? Modified { get; private set; }
    public string? Publisher { get; private set; }
    public string? WebSite { get; private set; }
    public string? Language { get; private set; }
    public string? Identifier { get; private set; }
    public string? Url { get; private set; }
    public string? Description { get; private set; }

    public static JsonLdArticle Read(IDocument document)
    {
        var result = new JsonLdArticle();
        foreach (var script in document.Scripts)
        {
            if (!string.Equals(script.Type?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script.Text, _options);
                result.Visit(json.RootElement);
            }
            catch (JsonException)
            {
                // A broken block is ignored; the page's other metadata still counts.
            }
        }

        return result;
    }

    private void Visit(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Visit(item);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (node.TryGetProperty("@graph", out var graph))
        {
            Visit(graph);
        }

        var types = Strings(node, "@type");
        if (types.Contains("WebSite", StringComparer.OrdinalIgnoreCase))
        {
            WebSite ??= Text(node, "name");
        }

        if (Type is null && types.FirstOrDefault(_articleTypes.Contains) is { } type)
        {
            Type = type;
            Take(node);
        }
    }

    private void Take(JsonElement article)
    {
        Headline = Text(article, "headline") ?? Text(article, "name");
        Published = Text(article, "datePublished") ?? Text(article, "dateCreated");
        Modified = Text(article, "dateModified");
        Language = Text(article, "inLanguage");
        Url = Text(article, "url") ?? Text(article, "mainEntityOfPage");
        Description = Text(article, "description") ?? Text(article, "abstract");
        Publisher = Text(article, "publisher") ?? Text(article, "isPartOf");
        Identifier = Strings(article, "identifier").Concat(Strings(article, "sameAs"))
            .FirstOrDefault(s => s.Contains("10.", StringComparison.Ordinal));
        if (article.TryGetProperty("author", out var author))
        {
            Authors.AddRange(Names(author));
        }
    }

    private static IEnumerable<string> Names(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Names),
        JsonValueKind.String when TextShape.OneLine(value.GetString()) is { } name => [name],
        JsonValueKind.Object when Text(value, "name") is { } name => [name],
        _ => [],
    };

    /// <summary>A string property, or the <c>name</c>/<c>value</c>/<c>@id</c> of an object property.</summary>
    private static string? Text(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) ? Strings(value).FirstOrDefault() : null;

    private static List<string> Strings(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) ? Strings(value) : [];

    private static List<string> Strings(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return TextShape.OneLine(value.GetString()) is { } s ? [s] : [];
            case JsonValueKind.Array:
                return [.. value.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Array).SelectMany(Strings)];
            case JsonValueKind.Object:
                foreach (var key in (ReadOnlySpan<string>)["name", "value", "@id", "url"])
                {
                    if (value.TryGetProperty(key, out var inner) && inner.ValueKind == JsonValueKind.String &&
                        TextShape.OneLine(inner.GetString()) is { } text)
                    {
                        return [text];
                    }
                }

                return [];
            default:
                return [];
        }
    }
}
