using AngleSharp.Dom;

namespace Roots.Ingest.Extraction;

/// <summary>
/// One iterative pass over a parsed page that collects what the extractor needs: the title
/// element, meta and link fields, and the candidates for the main text (article, main, first
/// h1). AngleSharp's selector engine is avoided on purpose: it recurses through the tree, and a
/// hostile page is thousands of levels deep.
/// </summary>
internal sealed class HtmlDocumentScan
{
    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _citationAuthors = [];

    private HtmlDocumentScan()
    {
    }

    public IElement? Title { get; private set; }

    public IElement? FirstArticle { get; private set; }

    public int ArticleCount { get; private set; }

    public IElement? Main { get; private set; }

    public IElement? FirstH1 { get; private set; }

    public string? Canonical { get; private set; }

    /// <summary>Authors named by <c>citation_author</c> meta tags (scholarly pages list one per author).</summary>
    public IReadOnlyList<string> CitationAuthors => _citationAuthors;

    /// <summary>The content of the first meta tag whose <c>name</c>, <c>property</c> or <c>http-equiv</c> is <paramref name="key"/>.</summary>
    public string? Meta(string key) => _meta.TryGetValue(key, out var value) ? value : null;

    public static HtmlDocumentScan Run(IDocument document, CancellationToken cancellationToken)
    {
        var scan = new HtmlDocumentScan();
        if (document.DocumentElement is null)
        {
            return scan;
        }

        var stack = new Stack<IElement>();
        stack.Push(document.DocumentElement);
        var visited = 0;
        while (stack.TryPop(out var element))
        {
            if (++visited % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (scan.Visit(element))
            {
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    if (children[i] is IElement child)
                    {
                        stack.Push(child);
                    }
                }
            }
        }

        return scan;
    }

    /// <summary>Records <paramref name="element"/>; false when its subtree holds nothing of interest.</summary>
    private bool Visit(IElement element)
    {
        switch (element.LocalName)
        {
            case "title" when element.NamespaceUri == NamespaceNames.HtmlUri:
                Title ??= element;
                return false;
            case "meta":
                AddMeta(element);
                return false;
            case "link" when Canonical is null && HasToken(element.GetAttribute("rel"), "canonical"):
                Canonical = TextShape.OneLine(element.GetAttribute("href"));
                return false;
            case "article":
                FirstArticle ??= element;
                ArticleCount++;
                return true;
            case "main":
                Main ??= element;
                return true;
            case "h1":
                FirstH1 ??= element;
                return false;
            case "script" or "style" or "template" or "svg" or "math" or "noscript":
                return false;
            default:
                return true;
        }
    }

    private void AddMeta(IElement meta)
    {
        var content = TextShape.OneLine(meta.GetAttribute("content"));
        if (content is null)
        {
            return;
        }

        foreach (var attribute in (ReadOnlySpan<string>)["name", "property", "http-equiv", "itemprop"])
        {
            if (TextShape.OneLine(meta.GetAttribute(attribute)) is not { } key)
            {
                continue;
            }

            if (key.Equals("citation_author", StringComparison.OrdinalIgnoreCase))
            {
                _citationAuthors.Add(content);
            }

            _meta.TryAdd(key, content);
        }
    }

    private static bool HasToken(string? list, string token) =>
        list is not null && list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Contains(token, StringComparer.OrdinalIgnoreCase);
}
