using System.Text.Json;
using Roots.Core;

namespace Roots.Ingest.Feeds;

/// <summary>JSON Feed 1.0 and 1.1 (<c>author</c> and <c>authors</c> both read).</summary>
internal static class JsonFeedParser
{
    private static readonly JsonDocumentOptions _options = new() { MaxDepth = 32, AllowTrailingCommas = true };

    public static Result<FeedDocument> Parse(ReadOnlyMemory<byte> content, Uri? feedUrl)
    {
        using var json = JsonDocument.Parse(content, _options);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object ||
            !(String(root, "version")?.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return Result<FeedDocument>.Fail("not a feed: JSON without a JSON Feed version");
        }

        var baseUrl = feedUrl ?? FeedLinks.Resolve(String(root, "feed_url"), null);
        var feedAuthors = Authors(root);
        var items = root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => Entry(i, baseUrl, feedAuthors)).ToList()
            : [];
        return new FeedDocument
        {
            Format = FeedFormat.JsonFeed,
            Title = String(root, "title"),
            SiteLink = FeedLinks.Resolve(String(root, "home_page_url"), baseUrl),
            Description = String(root, "description"),
            Entries = items,
        };
    }

    private static FeedEntry Entry(JsonElement item, Uri? baseUrl, IReadOnlyList<string> feedAuthors)
    {
        var link = FeedLinks.Resolve(String(item, "url") ?? String(item, "external_url"), baseUrl);
        var title = String(item, "title");
        var authors = Authors(item);
        return new FeedEntry
        {
            Id = String(item, "id") ?? link?.AbsoluteUri ?? title ?? string.Empty,
            Link = link,
            Title = title,
            Summary = String(item, "summary"),
            Content = String(item, "content_html") ?? String(item, "content_text"),
            Published = FeedDates.Parse(String(item, "date_published")),
            Updated = FeedDates.Parse(String(item, "date_modified")),
            Authors = authors.Count > 0 ? authors : feedAuthors,
        };
    }

    private static List<string> Authors(JsonElement node)
    {
        var names = new List<string>();
        if (node.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            names.AddRange(authors.EnumerateArray().Select(a => String(a, "name")).OfType<string>());
        }

        if (names.Count == 0 && node.TryGetProperty("author", out var author) && String(author, "name") is { } name)
        {
            names.Add(name);
        }

        return names;
    }

    /// <summary>A string (or number, for ids) property, trimmed; null when absent or blank.</summary>
    private static string? String(JsonElement node, string name)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
