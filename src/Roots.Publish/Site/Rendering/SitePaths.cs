using System.Globalization;
using System.Text;

namespace Roots.Publish.Site.Rendering;

/// <summary>
/// The site's file layout, in one place: every page is a folder with an <c>index.html</c>, so URLs
/// end in <c>/</c> and work on any static host. Paths are relative to the site root, with
/// <c>/</c> separators; links between pages are written relative, so a site copied to a sub-path
/// or opened from disk still holds together.
/// </summary>
public static class SitePaths
{
    /// <summary>The page file of a folder path (<c>en/items/42/</c> → <c>en/items/42/index.html</c>).</summary>
    public static string File(string folder) => folder + "index.html";

    /// <summary>The home of a language.</summary>
    public static string Home(string language) => language + "/";

    /// <summary>A work's page in a language.</summary>
    public static string Item(string language, string slug) => $"{language}/items/{slug}/";

    /// <summary>An index folder (<c>tags</c>, <c>categories</c>, <c>years</c>, <c>authors</c>) in a language.</summary>
    public static string Index(string language, string kind) => $"{language}/{kind}/";

    /// <summary>One entry of an index (<c>en/tags/ai/</c>).</summary>
    public static string IndexEntry(string language, string kind, string key) => $"{language}/{kind}/{Slug(key)}/";

    /// <summary>The about page.</summary>
    public static string About(string language) => $"{language}/about/";

    /// <summary>The search page.</summary>
    public static string Search(string language) => $"{language}/search/";

    /// <summary>The search index the search page loads.</summary>
    public static string SearchIndex(string language) => $"{language}/search-index.json";

    /// <summary>RSS 2.0 feed.</summary>
    public static string Rss(string language) => $"{language}/feed.xml";

    /// <summary>Atom feed.</summary>
    public static string Atom(string language) => $"{language}/atom.xml";

    /// <summary>JSON Feed 1.1.</summary>
    public static string JsonFeed(string language) => $"{language}/feed.json";

    /// <summary>The stylesheet.</summary>
    public const string Css = "assets/site.css";

    /// <summary>The search script: the only script on the site.</summary>
    public const string Script = "assets/search.js";

    /// <summary>
    /// A file-name-safe, URL-safe segment for a tag, category or author: letters and digits of any
    /// script are kept (so Chinese tags stay readable), everything else becomes one <c>-</c>.
    /// </summary>
    public static string Slug(string key)
    {
        var builder = new StringBuilder();
        foreach (char c in (key ?? "").Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        string slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "-" : slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    /// <summary>
    /// The relative link from the page in folder <paramref name="from"/> to <paramref name="to"/>
    /// (a folder or a file), percent-encoded per segment.
    /// </summary>
    public static string Relative(string from, string to)
    {
        int depth = from.Count(c => c == '/');
        var prefix = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            prefix.Append("../");
        }

        string encoded = string.Join('/', to.Split('/').Select(Uri.EscapeDataString));
        string link = prefix + encoded;
        return link.Length == 0 ? "./" : link;
    }

    /// <summary>The absolute URL of a site path under <paramref name="baseUrl"/> (which ends in <c>/</c>).</summary>
    public static string Absolute(string baseUrl, string path) =>
        baseUrl + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
