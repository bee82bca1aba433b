using Roots.Publish.Metadata;

namespace Roots.Publish.Site.Model;

/// <summary>Picks the text for a language from a list of localized texts.</summary>
public static class Localized
{
    /// <summary>
    /// The text in <paramref name="language"/> (primary subtags match, so <c>zh</c> finds
    /// <c>zh-Hans</c>), else the first; <c>null</c> for an empty list.
    /// </summary>
    public static LocalizedText? Pick(IReadOnlyList<LocalizedText> texts, string language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Exact(texts, language) ?? (texts.Count > 0 ? texts[0] : null);
    }

    /// <summary>The text in <paramref name="language"/> only; <c>null</c> when there is none.</summary>
    public static LocalizedText? Exact(IReadOnlyList<LocalizedText> texts, string language)
    {
        ArgumentNullException.ThrowIfNull(texts);
        string primary = Primary(language);
        return texts.FirstOrDefault(t => Primary(t.Language) == primary && t.Text.Length > 0);
    }

    /// <summary>The primary subtag, lower case: <c>zh-Hans</c> → <c>zh</c>.</summary>
    public static string Primary(string? language)
    {
        string tag = (language ?? "").Trim();
        int dash = tag.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }
}
