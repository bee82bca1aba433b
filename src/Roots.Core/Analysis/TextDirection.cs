namespace Roots.Core.Analysis;

/// <summary>
/// Which way a language is written: the value of an HTML <c>dir</c> attribute for a language tag.
/// The site's pages, the web item page and anything else that marks text with <c>lang</c> mark it
/// with <c>dir</c> from here, so an Arabic page mirrors and an English title inside it does not.
/// </summary>
/// <remarks>
/// Decided by the primary subtag (<c>ar-EG</c> is Arabic), except that a script subtag wins where one
/// is given (<c>az-Arab</c> is right to left, <c>ku-Latn</c> left to right): that is how a language with
/// two scripts says which one it means. Pure and thread-safe.
/// </remarks>
public static class TextDirection
{
    /// <summary>The value for left-to-right text.</summary>
    public const string LeftToRight = "ltr";

    /// <summary>The value for right-to-left text.</summary>
    public const string RightToLeft = "rtl";

    /// <summary>
    /// Languages written right to left by default: Arabic, Hebrew (and its old code <c>iw</c>), Persian,
    /// Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Central Kurdish and Syriac.
    /// </summary>
    private static readonly HashSet<string> s_rightToLeft = new(StringComparer.Ordinal)
    {
        "ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr",
    };

    /// <summary>Scripts written right to left (ISO 15924), for tags that name their script.</summary>
    private static readonly HashSet<string> s_rightToLeftScripts = new(StringComparer.Ordinal)
    {
        "arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg",
    };

    /// <summary>True when <paramref name="language"/> (a BCP 47 tag; <c>null</c> or empty: unknown, so false) is written right to left.</summary>
    public static bool IsRightToLeft(string? language)
    {
        var parts = (language ?? "").Trim().ToLowerInvariant().Split('-', '_');
        // A script subtag is the four-letter one after the language: it overrides the language's default.
        if (parts.Length > 1 && parts[1].Length == 4 && parts[1].All(char.IsAsciiLetter))
        {
            return s_rightToLeftScripts.Contains(parts[1]);
        }

        return s_rightToLeft.Contains(parts[0]);
    }

    /// <summary><c>rtl</c> or <c>ltr</c> for <paramref name="language"/>: what its <c>dir</c> attribute says.</summary>
    public static string Of(string? language) => IsRightToLeft(language) ? RightToLeft : LeftToRight;
}
