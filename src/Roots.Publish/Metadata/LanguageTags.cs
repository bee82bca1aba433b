namespace Roots.Publish.Metadata;

/// <summary>
/// Conversions between the BCP 47 tags records carry (<c>zh</c>, <c>en-GB</c>, <c>zh-Hant</c>)
/// and the codes other vocabularies need: ISO 639-3 for Zenodo, <c>ll_TT</c> locales for OpenGraph.
/// </summary>
/// <remarks>
/// The tables are small on purpose: they cover the languages a multilingual journal is likely to
/// publish in; an unknown language passes through unchanged rather than being guessed.
/// </remarks>
public static class LanguageTags
{
    // ISO 639-1 → ISO 639-3 (for these languages also the ISO 639-2/T code Zenodo accepts).
    private static readonly Dictionary<string, string> s_iso6393 = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "ara", ["bn"] = "ben", ["cs"] = "ces", ["da"] = "dan", ["de"] = "deu", ["el"] = "ell",
        ["en"] = "eng", ["es"] = "spa", ["fa"] = "fas", ["fi"] = "fin", ["fr"] = "fra", ["he"] = "heb",
        ["hi"] = "hin", ["hu"] = "hun", ["id"] = "ind", ["it"] = "ita", ["ja"] = "jpn", ["ko"] = "kor",
        ["la"] = "lat", ["ms"] = "msa", ["nl"] = "nld", ["no"] = "nor", ["pl"] = "pol", ["pt"] = "por",
        ["ro"] = "ron", ["ru"] = "rus", ["sv"] = "swe", ["th"] = "tha", ["tr"] = "tur", ["uk"] = "ukr",
        ["vi"] = "vie", ["zh"] = "zho",
    };

    // The territory OpenGraph readers expect when a tag names none (og:locale is language_TERRITORY).
    private static readonly Dictionary<string, string> s_defaultTerritory = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "AR", ["de"] = "DE", ["en"] = "US", ["es"] = "ES", ["fr"] = "FR", ["it"] = "IT",
        ["ja"] = "JP", ["ko"] = "KR", ["nl"] = "NL", ["pt"] = "BR", ["ru"] = "RU", ["zh"] = "CN",
    };

    /// <summary>The primary language subtag in lower case: <c>zh</c> for <c>zh-Hant-TW</c>; empty for an empty tag.</summary>
    public static string Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return "";
        }

        string trimmed = tag.Trim().Replace('_', '-');
        int dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? trimmed : trimmed[..dash]).ToLowerInvariant();
    }

    /// <summary>True when two tags name the same primary language (<c>zh</c> and <c>zh-Hans</c>).</summary>
    public static bool SameLanguage(string? a, string? b) => Primary(a).Length > 0 && Primary(a) == Primary(b);

    /// <summary>The ISO 639-3 code for a tag (<c>zh</c> → <c>zho</c>, <c>en-GB</c> → <c>eng</c>); a three-letter code passes through; <c>null</c> when unknown.</summary>
    public static string? ToIso6393(string? tag)
    {
        string primary = Primary(tag);
        if (s_iso6393.TryGetValue(primary, out var code))
        {
            return code;
        }

        return primary.Length == 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary>
    /// The OpenGraph locale for a tag: <c>zh</c> → <c>zh_CN</c>, <c>zh-Hant</c> → <c>zh_TW</c>,
    /// <c>en-GB</c> → <c>en_GB</c>, <c>en</c> → <c>en_US</c>; an unknown language gives the bare code.
    /// </summary>
    public static string? ToOpenGraphLocale(string? tag)
    {
        string primary = Primary(tag);
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        var subtags = tag!.Trim().Replace('_', '-').Split('-');
        string? region = subtags.Skip(1).FirstOrDefault(s => s.Length == 2 && s.All(char.IsAsciiLetter));
        if (region is null && primary == "zh" && subtags.Skip(1).Any(s => s.Equals("Hant", StringComparison.OrdinalIgnoreCase)))
        {
            region = "TW";
        }

        region ??= s_defaultTerritory.GetValueOrDefault(primary);
        return region is null ? primary : primary + "_" + region.ToUpperInvariant();
    }
}
