using Roots.Core;

namespace Roots.App.Publish;

/// <summary>Which items a publish includes: all, those with a tag, or those in a category.</summary>
/// <param name="Kind">all, tag or category.</param>
/// <param name="Value">The tag or category; empty for all.</param>
public sealed record ItemSelection(string Kind, string Value)
{
    /// <summary>Every item.</summary>
    public static ItemSelection All { get; } = new("all", "");

    /// <summary>Parses <c>all</c>, <c>tag:T</c> or <c>category:C</c>.</summary>
    public static Result<ItemSelection> Parse(string? text)
    {
        string value = (text ?? "all").Trim();
        if (value.Length == 0 || value.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return All;
        }

        int colon = value.IndexOf(':', StringComparison.Ordinal);
        string kind = colon < 0 ? "" : value[..colon].Trim().ToLowerInvariant();
        string name = colon < 0 ? "" : value[(colon + 1)..].Trim().ToLowerInvariant();
        return kind is "tag" or "category" && name.Length > 0
            ? new ItemSelection(kind, name)
            : Result<ItemSelection>.Fail($"--select '{value}' is not all, tag:TAG or category:CATEGORY");
    }

    /// <summary>True when an item with these tags and category is selected.</summary>
    public bool Includes(IReadOnlyList<string> tags, string? category) => Kind switch
    {
        "tag" => tags.Contains(Value, StringComparer.OrdinalIgnoreCase),
        "category" => string.Equals(category, Value, StringComparison.OrdinalIgnoreCase),
        _ => true,
    };
}
