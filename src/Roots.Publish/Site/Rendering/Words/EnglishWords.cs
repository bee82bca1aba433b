namespace Roots.Publish.Site.Rendering.Words;

/// <summary>The default theme's words in English (<c>en</c>), the table every other language must match. Every key English has; see <see cref="UiText"/>.</summary>
internal static class EnglishWords
{
    /// <summary>The words, by key.</summary>
    public static IReadOnlyDictionary<string, string> Words { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "Home",
        ["navigation"] = "Site navigation",
        ["latest"] = "Latest",
        ["tags"] = "Tags",
        ["categories"] = "Categories",
        ["years"] = "Years",
        ["authors"] = "Authors",
        ["about"] = "About",
        ["search"] = "Search",
        ["search_placeholder"] = "Search titles, keywords, summaries…",
        ["search_none"] = "Nothing found.",
        ["search_help"] = "Type a word in any language.",
        ["related"] = "Related",
        ["backlinks"] = "Mentioned by",
        ["identifiers"] = "Identifiers",
        ["cite"] = "Cite this",
        ["plain_text"] = "Plain text",
        ["abstract"] = "Abstract",
        ["keywords"] = "Keywords",
        ["category"] = "Category",
        ["published"] = "Published",
        ["languages"] = "Languages",
        ["original_language"] = "Original language",
        ["machine_translation"] = "Machine translation",
        ["feeds"] = "Feeds",
        ["items"] = "items",
        ["licence"] = "Licence",
        ["text"] = "Text",
        ["all_items"] = "All items",
        ["choose_language"] = "Choose a language",
        ["colon"] = ": ",
    };
}
