using System.Text.Json;

namespace Roots.TestKit.Citation;

/// <summary>One record as citation-js read it back, in CSL-JSON terms: the fields the exporter tests assert, and the whole item.</summary>
public sealed record CitationRecord
{
    /// <summary>CSL <c>type</c> (<c>article-journal</c>, <c>webpage</c> …); empty when absent.</summary>
    public required string Type { get; init; }

    /// <summary>CSL <c>title</c>; null when absent.</summary>
    public string? Title { get; init; }

    /// <summary>CSL <c>author</c>, in order; empty when there is none.</summary>
    public required IReadOnlyList<CitationName> Authors { get; init; }

    /// <summary>The first <c>issued.date-parts</c> array (year, month, day as known); empty when there is no date.</summary>
    public required IReadOnlyList<int> Issued { get; init; }

    /// <summary>CSL <c>DOI</c>; null when absent.</summary>
    public string? Doi { get; init; }

    /// <summary>CSL <c>ISSN</c>; null when absent.</summary>
    public string? Issn { get; init; }

    /// <summary>CSL <c>container-title</c> (the journal); null when absent.</summary>
    public string? ContainerTitle { get; init; }

    /// <summary>CSL <c>keyword</c>, split at commas and trimmed; empty when absent.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    /// <summary>CSL <c>URL</c>; null when absent.</summary>
    public string? Url { get; init; }

    /// <summary>The whole CSL-JSON item, for fields not named here.</summary>
    public required JsonElement Json { get; init; }

    /// <summary>Reads one CSL-JSON item; fields of the wrong JSON kind count as absent.</summary>
    public static CitationRecord FromJson(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a CSL-JSON item is an object, not " + item.ValueKind);
        }

        return new CitationRecord
        {
            Type = StringOrNull(item, "type") ?? "",
            Title = StringOrNull(item, "title"),
            Authors = item.TryGetProperty("author", out var authors) && authors.ValueKind == JsonValueKind.Array
                ? authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(CitationName.FromJson).ToList()
                : [],
            Issued = DateParts(item),
            Doi = StringOrNull(item, "DOI"),
            Issn = StringOrNull(item, "ISSN"),
            ContainerTitle = StringOrNull(item, "container-title"),
            Keywords = (StringOrNull(item, "keyword") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Url = StringOrNull(item, "URL"),
            Json = item.Clone(),
        };
    }

    internal static string? StringOrNull(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<int> DateParts(JsonElement item)
    {
        if (item.TryGetProperty("issued", out var issued) && issued.ValueKind == JsonValueKind.Object
            && issued.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array
            && parts.GetArrayLength() > 0 && parts[0].ValueKind == JsonValueKind.Array)
        {
            // citation-js writes numbers; CSL also allows numeric strings.
            return parts[0].EnumerateArray()
                .Select(p => p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out int n) ? n
                    : p.ValueKind == JsonValueKind.String && int.TryParse(p.GetString(), System.Globalization.CultureInfo.InvariantCulture, out int s) ? s
                    : throw new FormatException("a date part is not a number: " + p.GetRawText()))
                .ToList();
        }

        return [];
    }
}
