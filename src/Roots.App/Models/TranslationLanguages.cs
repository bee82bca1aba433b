using Roots.Core;

namespace Roots.App.Models;

/// <summary>
/// The languages <c>roots translate --to</c> accepts, with the English names the prompt uses. A fixed list
/// (the ten the site and the exporters are tested with) so a typo is a usage error, not a paid call into "fe".
/// </summary>
public static class TranslationLanguages
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh"] = "Chinese (Simplified)", ["en"] = "English", ["ja"] = "Japanese", ["ko"] = "Korean", ["fr"] = "French",
        ["de"] = "German", ["es"] = "Spanish", ["ru"] = "Russian", ["ar"] = "Arabic", ["pt"] = "Portuguese",
    };

    /// <summary>The codes, in the order of the help text.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["zh", "en", "ja", "ko", "fr", "de", "es", "ru", "ar", "pt"];

    /// <summary>The English name of a supported code.</summary>
    public static string Name(string code) => Names[code];

    /// <summary>Reads <c>zh,en</c>: lower-cased, duplicates dropped; fails on an empty list or an unknown code.</summary>
    public static Result<IReadOnlyList<string>> Parse(string? list)
    {
        var codes = (list ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            return Result<IReadOnlyList<string>>.Fail("name the target languages: --to " + string.Join(',', Supported));
        }

        return codes.FirstOrDefault(c => !Names.ContainsKey(c)) is { } unknown
            ? Result<IReadOnlyList<string>>.Fail($"cannot translate into '{unknown}'; --to takes {string.Join(',', Supported)}")
            : Result<IReadOnlyList<string>>.Ok(codes);
    }

    /// <summary>The primary subtag of a language tag (<c>zh-Hans</c> → <c>zh</c>).</summary>
    public static string Primary(string language) => language.Split('-', '_')[0].ToLowerInvariant();
}
