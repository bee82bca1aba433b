using Roots.Core.Understanding;

namespace Roots.App.Items;

/// <summary>
/// The author's own abstract and keywords among an item's fields: those its source's metadata gave
/// (front matter <c>description</c>, a meta description) or its text printed under 摘要 / Abstract
/// and 关键词 / Keywords (see <see cref="Ingest.Stages.StatementsStage"/>). Every reader prefers
/// them to a model's summary and to the extractive summary and TF-IDF keywords, and says so.
/// </summary>
public static class AuthorFields
{
    /// <summary>How <c>roots show</c> and the JSON outputs label what the author wrote.</summary>
    public const string By = "author";

    /// <summary>The author's abstract, or null.</summary>
    public static string? Abstract(IReadOnlyDictionary<string, string> fields) => Abstract(fields, "");

    /// <summary>The abstract under <paramref name="prefix"/> (<c>second.</c> for a bilingual item's second version), or null.</summary>
    public static string? Abstract(IReadOnlyDictionary<string, string> fields, string prefix)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (string name in prefix.Length == 0 ? ["description", "abstract"] : new[] { prefix + "abstract" })
        {
            if (fields.TryGetValue(name, out string? value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary>The author's keywords in their order, as <see cref="Keyword"/>s; empty when the item has none.</summary>
    public static IReadOnlyList<Keyword> Keywords(IReadOnlyDictionary<string, string> fields, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!fields.TryGetValue(prefix + "keywords", out string? value) || string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        string[] terms = value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // Scores fall with position, so the author's order survives any sort by score.
        return terms.Select((t, i) => new Keyword(t.ToLowerInvariant(), t, 1.0 - (i / (double)(terms.Length + 1)))).ToList();
    }
}
