using System.Text.Encodings.Web;
using System.Text.Json;

namespace Roots.Publish.Site.Feeds;

/// <summary>JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).</summary>
public static class JsonFeedWriter
{
    /// <summary>The version URL every JSON Feed 1.1 starts with.</summary>
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The feed document as UTF-8 bytes.</summary>
    public static byte[] Write(FeedInfo feed, IReadOnlyList<FeedEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_options))
        {
            w.WriteStartObject();
            w.WriteString("version", Version);
            w.WriteString("title", feed.Title);
            w.WriteString("home_page_url", feed.HomeUrl);
            w.WriteString("feed_url", feed.FeedUrl);
            if (feed.Description.Length > 0)
            {
                w.WriteString("description", feed.Description);
            }

            w.WriteString("language", feed.Language);
            w.WriteStartArray("authors");
            w.WriteStartObject();
            w.WriteString("name", feed.Author);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("items");
            foreach (var entry in entries)
            {
                w.WriteStartObject();
                w.WriteString("id", entry.Url);
                w.WriteString("url", entry.Url);
                w.WriteString("title", entry.Line.Title);
                w.WriteString("content_text", entry.Line.Summary.Length > 0 ? entry.Line.Summary : entry.Line.Title);
                if (entry.Line.Summary.Length > 0)
                {
                    w.WriteString("summary", entry.Line.Summary);
                }

                w.WriteString("date_published", SitemapWriter.W3c(entry.Published));
                w.WriteString("date_modified", SitemapWriter.W3c(entry.Updated));
                w.WriteString("language", entry.Line.TitleLanguage);
                if (entry.Line.Authors.Length > 0)
                {
                    w.WriteStartArray("authors");
                    foreach (string author in entry.Line.Authors.Split(", ", StringSplitOptions.RemoveEmptyEntries))
                    {
                        w.WriteStartObject();
                        w.WriteString("name", author);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                if (entry.Line.Work.Tags.Count > 0)
                {
                    w.WriteStartArray("tags");
                    foreach (string tag in entry.Line.Work.Tags)
                    {
                        w.WriteStringValue(tag);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
