using System.Globalization;
using System.Text;
using System.Xml;
using Roots.Publish.Site.Output;
using Roots.Publish.Site.Rendering;

namespace Roots.Publish.Site.Feeds;

/// <summary>
/// Writes <c>sitemap.xml</c> (sitemaps.org 0.9) with <c>lastmod</c> and, for pages that exist in
/// several languages, the reciprocal <c>xhtml:link rel="alternate" hreflang</c> entries plus
/// <c>x-default</c> that Google reads. Past <see cref="Model.SiteOptions.SitemapLimit"/> URLs the
/// URLs go into <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c> … under a sitemap index.
/// </summary>
public static class SitemapWriter
{
    /// <summary>The sitemaps.org namespace.</summary>
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The XHTML namespace of the alternate links.</summary>
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>The sitemap files: (path, bytes), <c>sitemap.xml</c> first.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Write(string baseUrl, IReadOnlyList<SitemapUrl> urls, int limit)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (urls.Count <= limit)
        {
            return [("sitemap.xml", UrlSet(baseUrl, urls))];
        }

        var parts = urls.Chunk(limit).Select((chunk, i) => ($"sitemap-{i + 1}.xml", UrlSet(baseUrl, chunk), SiteIndexDate(chunk))).ToList();
        var files = new List<(string, byte[])> { ("sitemap.xml", Index(baseUrl, parts.Select(p => (p.Item1, p.Item3)).ToList())) };
        files.AddRange(parts.Select(p => (p.Item1, p.Item2)));
        return files;
    }

    private static DateTimeOffset? SiteIndexDate(IEnumerable<SitemapUrl> urls) => urls.Max(u => u.LastModified);

    private static byte[] UrlSet(string baseUrl, IReadOnlyList<SitemapUrl> urls) => Xml(w =>
    {
        w.WriteStartElement("urlset", Namespace);
        w.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var url in urls)
        {
            w.WriteStartElement("url", Namespace);
            w.WriteElementString("loc", Namespace, SitePaths.Absolute(baseUrl, url.Path));
            if (url.LastModified is { } lastmod)
            {
                w.WriteElementString("lastmod", Namespace, W3c(lastmod));
            }

            if (url.Alternates.Count > 1)
            {
                foreach (var (lang, path) in url.Alternates)
                {
                    Alternate(w, lang, SitePaths.Absolute(baseUrl, path));
                }

                if (url.XDefault is not null)
                {
                    Alternate(w, "x-default", SitePaths.Absolute(baseUrl, url.XDefault));
                }
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private static byte[] Index(string baseUrl, IReadOnlyList<(string Path, DateTimeOffset? LastModified)> parts) => Xml(w =>
    {
        w.WriteStartElement("sitemapindex", Namespace);
        foreach (var (path, lastmod) in parts)
        {
            w.WriteStartElement("sitemap", Namespace);
            w.WriteElementString("loc", Namespace, SitePaths.Absolute(baseUrl, path));
            if (lastmod is { } date)
            {
                w.WriteElementString("lastmod", Namespace, W3c(date));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private static void Alternate(XmlWriter w, string lang, string href)
    {
        w.WriteStartElement("xhtml", "link", XhtmlNamespace);
        w.WriteAttributeString("rel", "alternate");
        w.WriteAttributeString("hreflang", lang);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    /// <summary>W3C Datetime in UTC to the second: <c>2026-06-01T08:30:00Z</c>.</summary>
    public static string W3c(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>An XML document as UTF-8 without BOM, indented, LF line ends.</summary>
    internal static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", IndentChars = "  " };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
