using System.Text.Json;

namespace Roots.Ingest.Feeds;

/// <summary>
/// Finds bookmarks in a read-later or bookmark manager's JSON export without knowing its schema:
/// Karakeep (<c>bookmarks[].content.url</c>), Linkwarden (<c>collections[].links[].url</c>),
/// Raindrop and others all nest objects that carry a <c>url</c> (or <c>link</c>) next to a
/// <c>title</c> or <c>name</c> and <c>tags</c> (strings or objects with a name).
/// </summary>
internal static class JsonExport
{
    public static void Walk(JsonElement node, UrlListReader.Builder builder)
    {
        var count = 0;
        Visit(node, null, builder, ref count);
    }

    private static void Visit(JsonElement node, JsonElement? parent, UrlListReader.Builder builder, ref int count)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    Visit(item, parent, builder, ref count);
                }

                break;
            case JsonValueKind.Object:
                var url = String(node, "url") ?? String(node, "link") ?? String(node, "given_url") ?? String(node, "resolved_url");
                if (url is not null)
                {
                    // Karakeep keeps the URL in content{} and the title and tags on the bookmark around it.
                    var owner = parent is { } p && String(node, "title") is null && String(node, "name") is null ? p : node;
                    builder.Add(url, String(owner, "title") ?? String(owner, "name") ?? String(owner, "given_title"), Tags(owner), $"record {++count}");
                    break;
                }

                if (HasEmptyUrl(node))
                {
                    // A bookmark without a URL (a Linkwarden upload, a note): reported, never dropped silently.
                    string? name = String(node, "title") ?? String(node, "name");
                    string? type = String(node, "type");
                    builder.Skip($"record {++count}: no URL to collect{(type is null ? "" : $" (a '{type}' entry)")}{(name is null ? "" : $": \"{name}\"")}");
                    break;
                }

                foreach (var property in node.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && property.Name != "tags")
                    {
                        Visit(property.Value, node, builder, ref count);
                    }
                }

                break;
        }
    }

    /// <summary>An object with a URL field that holds nothing usable (null, blank, a number): a bookmark whose URL is missing.</summary>
    private static bool HasEmptyUrl(JsonElement node) =>
        ((string[])["url", "link"]).Any(name => node.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array));

    private static List<string> Tags(JsonElement node)
    {
        if (!node.TryGetProperty("tags", out var tags))
        {
            return [];
        }

        return tags.ValueKind switch
        {
            JsonValueKind.Array => [.. tags.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : String(t, "name")).OfType<string>()],
            JsonValueKind.String => [.. tags.GetString()!.Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            JsonValueKind.Object => [.. tags.EnumerateObject().Select(p => p.Name)],
            _ => [],
        };
    }

    private static string? String(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String &&
        !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;
}
