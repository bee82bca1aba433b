using System.Text.Json;

namespace Roots.Ingest.Feeds;

/// <summary>
/// Karakeep's (formerly Hoarder) JSON export: <c>{"bookmarks": [{id?, createdAt (Unix seconds),
/// title, tags: [names], content: {type: "link", url} | {type: "text", text} | {type: "asset",
/// assetId} | null, note}], "lists": [...]}</c>. Links become URLs to collect, text bookmarks
/// become notes; assets (images, PDFs) are not in the JSON, so each is reported as skipped with
/// what to do, as is anything else the export holds that cannot be collected.
/// </summary>
internal static class KarakeepExport
{
    /// <summary>True when <paramref name="root"/> has Karakeep's shape: a <c>bookmarks</c> array of objects carrying <c>content</c>.</summary>
    public static bool Recognises(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object &&
        root.TryGetProperty("bookmarks", out var bookmarks) && bookmarks.ValueKind == JsonValueKind.Array &&
        bookmarks.EnumerateArray().Any(b => b.ValueKind == JsonValueKind.Object && b.TryGetProperty("content", out _));

    public static void Read(JsonElement root, UrlListReader.Builder builder)
    {
        int number = 0;
        foreach (var bookmark in root.GetProperty("bookmarks").EnumerateArray())
        {
            string where = $"bookmark {++number}";
            if (bookmark.ValueKind != JsonValueKind.Object)
            {
                builder.Skip($"{where}: not a bookmark object");
                continue;
            }

            string? title = String(bookmark, "title");
            var tags = Tags(bookmark);
            var content = bookmark.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.Object ? c : (JsonElement?)null;
            string? type = content is { } found ? String(found, "type") : null;
            switch (type)
            {
                case "link":
                    builder.Add(String(content!.Value, "url"), title, tags, where);
                    break;
                case "text" when String(content!.Value, "text") is { } text:
                    builder.AddNote(new UrlListNote(Key(bookmark), title, WithNote(text, String(bookmark, "note")), tags, Created(bookmark)));
                    break;
                case "text":
                    builder.Skip($"{where}: a text bookmark with no text{Named(title)}");
                    break;
                case "asset":
                    builder.Skip($"{where}: an uploaded file (image or PDF){Named(title)} is not in Karakeep's JSON export; download it from Karakeep and roots add the file");
                    break;
                default:
                    builder.Skip($"{where}: {(type is null ? "no content" : $"content of unknown type '{type}'")}{Named(title)}");
                    break;
            }
        }
    }

    private static string Named(string? title) => title is null ? "" : $" (\"{title}\")";

    /// <summary>The user's own note on a text bookmark is part of what they kept.</summary>
    private static string WithNote(string text, string? note) => note is null ? text : $"{text.TrimEnd()}\n\n{note}";

    private static string? Key(JsonElement bookmark) => String(bookmark, "id") is { } id ? $"karakeep:{id}" : null;

    private static DateTimeOffset? Created(JsonElement bookmark)
    {
        if (!bookmark.TryGetProperty("createdAt", out var created))
        {
            return null;
        }

        // Unix seconds in the export; an ISO date from older versions or other tools.
        if (created.ValueKind == JsonValueKind.Number && created.TryGetInt64(out long seconds) && seconds is > 0 and < 253_402_300_800)
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return created.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(created.GetString(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
    }

    private static List<string> Tags(JsonElement bookmark) =>
        bookmark.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
            ? [.. tags.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : String(t, "name")).OfType<string>().Where(t => t.Length > 0)]
            : [];

    private static string? String(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String &&
        !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;
}
