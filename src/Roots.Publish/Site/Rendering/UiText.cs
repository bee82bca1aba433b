using Roots.Core.Analysis;
using Roots.Publish.Site.Rendering.Words;

namespace Roots.Publish.Site.Rendering;

/// <summary>
/// The words of the default theme's navigation and headings in the ten site languages (zh, en, ja,
/// ko, fr, de, es, ru, ar, pt), one file per language under <c>Words/</c>; any other language gets
/// the English words (its content is still shown in its own language). Templates read them as
/// <c>{{ t.latest }}</c>, so an overriding template can use its own words instead.
/// </summary>
/// <remarks>
/// Every language has exactly English's keys (a test holds them to it), so a template never shows
/// an empty heading. <c>colon</c> is the label separator as each language sets it (<c>：</c> in
/// Chinese and Japanese, a no-break space before it in French). Thread-safe: the tables are read-only.
/// </remarks>
public static class UiText
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> s_tables = new(StringComparer.Ordinal)
    {
        ["zh"] = ChineseWords.Words,
        ["en"] = EnglishWords.Words,
        ["ja"] = JapaneseWords.Words,
        ["ko"] = KoreanWords.Words,
        ["fr"] = FrenchWords.Words,
        ["de"] = GermanWords.Words,
        ["es"] = SpanishWords.Words,
        ["ru"] = RussianWords.Words,
        ["ar"] = ArabicWords.Words,
        ["pt"] = PortugueseWords.Words,
    };

    /// <summary>The languages the theme has its own words for, in the order of <c>roots translate --to</c>.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. s_tables.Keys];

    /// <summary>The words for <paramref name="language"/> (by its primary subtag); English for a language not in <see cref="Languages"/>.</summary>
    public static IReadOnlyDictionary<string, string> For(string language) =>
        s_tables.GetValueOrDefault(Model.Localized.Primary(language), EnglishWords.Words);

    /// <summary><c>rtl</c> or <c>ltr</c>: the <c>dir</c> of text in <paramref name="language"/> (see <see cref="TextDirection"/>).</summary>
    public static string Direction(string? language) => TextDirection.Of(language);

    /// <summary>The name of a language in itself, for the language switcher.</summary>
    public static string LanguageName(string language) => Model.Localized.Primary(language) switch
    {
        "zh" => "中文",
        "en" => "English",
        "ja" => "日本語",
        "ko" => "한국어",
        "fr" => "Français",
        "de" => "Deutsch",
        "es" => "Español",
        "ru" => "Русский",
        "ar" => "العربية",
        "pt" => "Português",
        _ => language,
    };
}
