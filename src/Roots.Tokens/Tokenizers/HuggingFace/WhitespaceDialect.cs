using System.Text;

namespace Roots.Tokens.Tokenizers.HuggingFace;

/// <summary>
/// Rewrites <c>\s</c> and <c>\S</c> in a tokenizer.json pattern to JavaScript's whitespace set, the
/// one the reference implementation (transformers.js, via @lenml/tokenizers) matches with.
/// </summary>
/// <remarks>
/// .NET's <c>\s</c> is Unicode White_Space, like Oniguruma's in the Rust tokenizers; JavaScript's
/// adds U+FEFF (byte-order mark) and leaves out U+0085 (next line). Only texts holding those two
/// characters count differently; Roots follows the reference it is tested against, and says so here.
/// </remarks>
internal static class WhitespaceDialect
{
    private const string JavaScriptWhitespace = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

    /// <summary>The pattern with <c>\s</c> spelled out; fails (null) on <c>\S</c> inside a character class, which .NET cannot express that way.</summary>
    public static string? Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 64);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[++i];
                switch (next)
                {
                    case 's':
                        result.Append(inClass ? JavaScriptWhitespace : $"[{JavaScriptWhitespace}]");
                        break;
                    case 'S' when inClass:
                        return null;
                    case 'S':
                        result.Append($"[^{JavaScriptWhitespace}]");
                        break;
                    default:
                        result.Append(c).Append(next);
                        break;
                }

                continue;
            }

            if (c == '[' && !inClass)
            {
                inClass = true;
                result.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    result.Append(pattern[++i]);
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    result.Append(pattern[++i]); // a ']' first in a class is a literal
                }

                continue;
            }

            if (c == ']' && inClass)
            {
                inClass = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
