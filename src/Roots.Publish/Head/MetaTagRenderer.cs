using Roots.Publish.Metadata;

namespace Roots.Publish.Head;

/// <summary>Renders <see cref="MetaTag"/> lists as HTML, one element per line.</summary>
/// <remarks>
/// Every key and value is HTML-escaped (see <see cref="HtmlText.Escape"/>) and line breaks in
/// values are folded into spaces, so no metadata can close the attribute, the element or the
/// head. Empty values are skipped. Stateless and thread-safe.
/// </remarks>
public static class MetaTagRenderer
{
    /// <summary>Writes each tag as <c>&lt;meta name="…" content="…"&gt;</c> followed by a newline.</summary>
    public static void Render(IEnumerable<MetaTag> tags, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var tag in tags)
        {
            string content = CleanText.OneLine(tag.Content);
            if (content.Length == 0)
            {
                continue;
            }

            string attribute = tag.Attribute == "property" ? "property" : "name";
            writer.Write("<meta " + attribute + "=\"" + HtmlText.Escape(CleanText.OneLine(tag.Key)) + "\" content=\"" + HtmlText.Escape(content) + "\"");
            if (LanguageTagSyntax.IsValid(tag.Language))
            {
                writer.Write(" lang=\"" + HtmlText.Escape(tag.Language!.Trim()) + "\"");
            }

            writer.Write(">\n");
        }
    }

    /// <summary>The rendered tags as a string.</summary>
    public static string Render(IEnumerable<MetaTag> tags)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Render(tags, writer);
        return writer.ToString();
    }
}
