using System.Text.RegularExpressions;

namespace Roots.Tokens.Tokenizers;

/// <summary>
/// The pre-tokenizer patterns of the tiktoken encodings, exactly as the reference (npm
/// <c>tiktoken</c>) ships them, compiled at build time.
/// </summary>
internal static partial class TiktokenPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+", Options)]
    public static partial Regex O200k();

    [GeneratedRegex(@"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+", Options)]
    public static partial Regex Cl100k();

    /// <summary>Shared by r50k_base and p50k_base (and GPT-2's byte-level pre-tokenizer).</summary>
    [GeneratedRegex(@"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+", Options)]
    public static partial Regex R50k();
}
