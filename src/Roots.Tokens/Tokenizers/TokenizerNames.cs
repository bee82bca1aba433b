namespace Roots.Tokens.Tokenizers;

/// <summary>The names of the built-in tokenizers and the short aliases users type.</summary>
public static class TokenizerNames
{
    /// <summary>GPT-4o, GPT-4.1, o-series and GPT-5.</summary>
    public const string O200kBase = "o200k_base";

    /// <summary>GPT-4, GPT-3.5 and the text-embedding-3 models.</summary>
    public const string Cl100kBase = "cl100k_base";

    /// <summary>Codex and text-davinci-002/003: r50k plus tokens for runs of 2 to 25 spaces.</summary>
    public const string P50kBase = "p50k_base";

    /// <summary>GPT-2 and GPT-3 (davinci).</summary>
    public const string R50kBase = "r50k_base";

    /// <summary>The built-in encodings, newest first.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = [O200kBase, Cl100kBase, P50kBase, R50kBase];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["o200k"] = O200kBase,
        ["cl100k"] = Cl100kBase,
        ["p50k"] = P50kBase,
        ["r50k"] = R50kBase,
        ["gpt2"] = R50kBase,
    };

    /// <summary>The canonical name for <paramref name="name"/>: aliases resolved, built-in names lower-cased, others unchanged.</summary>
    public static string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string trimmed = name.Trim();
        if (Aliases.TryGetValue(trimmed, out string? canonical))
        {
            return canonical;
        }

        return BuiltIn.FirstOrDefault(b => string.Equals(b, trimmed, StringComparison.OrdinalIgnoreCase)) ?? trimmed;
    }
}
