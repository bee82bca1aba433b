using AngleSharp.Dom;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Web;

/// <summary>
/// The meta tags of a page by lower-case key (<c>name</c>, <c>property</c> or <c>itemprop</c>;
/// <c>DC.Title</c> and <c>dc.title</c> are one key), every value kept in order, plus the
/// canonical link. Walks the tree iteratively (deep hostile pages).
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public string? Canonical { get; private set; }

    public string? Get(string key) => _values.TryGetValue(key, out var values) ? values[0] : null;

    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out var values) ? values : [];

    public static MetaTags Collect(IDocument document)
    {
        var tags = new MetaTags();
        if (document.DocumentElement is null)
        {
            return tags;
        }

        var stack = new Stack<IElement>();
        stack.Push(document.DocumentElement);
        while (stack.TryPop(out var element))
        {
            switch (element.LocalName)
            {
                case "meta":
                    tags.Add(element);
                    continue;
                case "link" when tags.Canonical is null &&
                    (element.GetAttribute("rel") ?? string.Empty).Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase):
                    tags.Canonical = TextShape.OneLine(element.GetAttribute("href"));
                    continue;
                case "script" or "style" or "template" or "svg":
                    continue;
            }

            // Pushed last to first so that tags come out in document order (author order matters).
            var children = element.Children;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return tags;
    }

    private void Add(IElement meta)
    {
        if (TextShape.OneLine(meta.GetAttribute("content")) is not { } content)
        {
            return;
        }

        foreach (var attribute in (ReadOnlySpan<string>)["name", "property", "itemprop", "http-equiv"])
        {
            if (TextShape.OneLine(meta.GetAttribute(attribute)) is { } key)
            {
                if (!_values.TryGetValue(key, out var list))
                {
                    _values[key] = list = [];
                }

                list.Add(content);
            }
        }
    }
}
