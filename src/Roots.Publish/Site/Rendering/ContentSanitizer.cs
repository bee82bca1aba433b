using AngleSharp.Css.Dom;
using Ganss.Xss;

namespace Roots.Publish.Site.Rendering;

/// <summary>
/// The last step before collected content reaches a page: HtmlSanitizer with a short allow-list
/// of text elements, no style, no forms, no embedded media or SVG, and only http, https and
/// mailto URLs. Whatever a template or the body renderer produced, nothing collected can run in a
/// reader's browser.
/// </summary>
/// <remarks>
/// Allow-listing (not block-listing) is why this holds against tricks nobody thought of: an
/// element or attribute not named here is removed. One sanitizer per thread, because the
/// library's instances are not documented as thread-safe.
/// </remarks>
public static class ContentSanitizer
{
    private static readonly string[] s_tags =
    [
        "p", "br", "a", "em", "strong", "b", "i", "u", "code", "pre", "blockquote", "ul", "ol", "li",
        "h2", "h3", "h4", "h5", "h6", "mark", "sub", "sup", "span", "div", "section", "article",
        "table", "thead", "tbody", "tr", "th", "td", "hr", "abbr", "cite", "q", "small", "del", "ins",
    ];

    // No class or id: collected markup must not borrow the theme's styles or clobber the DOM.
    private static readonly string[] s_attributes = ["href", "title", "lang", "dir", "colspan", "rowspan"];

    private static readonly ThreadLocal<HtmlSanitizer> s_sanitizer = new(Create);

    /// <summary>The sanitised form of an HTML fragment.</summary>
    public static string Sanitize(string html) => s_sanitizer.Value!.Sanitize(html ?? "");

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(s_tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(s_attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = false };

        // Links out of collected text open nothing in this page's context.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } a && a.HasAttribute("href"))
            {
                a.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
