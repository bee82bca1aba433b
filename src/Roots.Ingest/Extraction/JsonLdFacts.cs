using System.Text.Json;

namespace Roots.Ingest.Extraction;

/// <summary>
/// What a page's schema.org JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>) says of its
/// article: its authors' names and its publication date. Read leniently, since pages hand-write it:
/// a top-level object, an array, or an <c>@graph</c>; <c>author</c> as a name, an object with a
/// <c>name</c>, or a list of either. Malformed or hostile JSON says nothing rather than failing the page.
/// </summary>
internal static class JsonLdFacts
{
    /// <summary>The longest script read, in characters.</summary>
    public const int MaxLength = 1 << 20;

    /// <summary>The most authors kept.</summary>
    private const int MaxAuthors = 100;

    /// <summary>The authors and date of the first article-like node in <paramref name="scripts"/>.</summary>
    public static (IReadOnlyList<string> Authors, string? Published) Read(IEnumerable<string> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        foreach (string script in scripts)
        {
            if (script.Length > MaxLength)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var node in Nodes(json.RootElement))
                {
                    var authors = Authors(node);
                    string? published = node.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String ? TextShape.OneLine(date.GetString()) : null;
                    if (authors.Count > 0 || published is not null)
                    {
                        return (authors, published);
                    }
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is the page's problem: it simply tells us nothing.
            }
        }

        return ([], null);
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                yield return item;
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in graph.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    yield return item;
                }
            }
        }
    }

    private static List<string> Authors(JsonElement node)
    {
        var names = new List<string>();
        if (!node.TryGetProperty("author", out var author))
        {
            return names;
        }

        foreach (var each in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
        {
            string? name = each.ValueKind switch
            {
                JsonValueKind.String => each.GetString(),
                JsonValueKind.Object when each.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            if (TextShape.OneLine(name) is { Length: > 0 and <= 200 } clean && names.Count < MaxAuthors)
            {
                names.Add(clean);
            }
        }

        return names;
    }
}
