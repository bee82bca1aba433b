namespace Roots.Publish.Head;

/// <summary>
/// One <c>&lt;meta&gt;</c> element of a page head, as data: the builders return lists of these
/// and <see cref="MetaTagRenderer"/> turns them into escaped HTML.
/// </summary>
/// <param name="Attribute">Which attribute names the tag: <c>name</c> (Google Scholar, Dublin Core) or <c>property</c> (OpenGraph).</param>
/// <param name="Key">The tag's name or property, such as <c>citation_title</c> or <c>og:title</c>.</param>
/// <param name="Content">The value, unescaped.</param>
/// <param name="Language">A <c>lang</c> attribute for the element; <c>null</c> for none.</param>
public sealed record MetaTag(string Attribute, string Key, string Content, string? Language = null)
{
    /// <summary>A <c>&lt;meta name="…" content="…"&gt;</c> tag.</summary>
    public static MetaTag Name(string key, string content, string? language = null) => new("name", key, content, language);

    /// <summary>A <c>&lt;meta property="…" content="…"&gt;</c> tag.</summary>
    public static MetaTag Property(string key, string content) => new("property", key, content);
}
