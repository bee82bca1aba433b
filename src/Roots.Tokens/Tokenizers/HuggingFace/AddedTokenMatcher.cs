using System.Buffers;

namespace Roots.Tokens.Tokenizers.HuggingFace;

/// <summary>
/// Finds the added tokens of a tokenizer.json (<c>&lt;|im_start|&gt;</c>, <c>&lt;think&gt;</c> …) in text:
/// leftmost, longest first, as the Hugging Face tokenizers split them out before pre-tokenizing.
/// Each one found is a single token. Immutable; thread-safe.
/// </summary>
internal sealed class AddedTokenMatcher
{
    private readonly SearchValues<char> _firstChars;
    private readonly Dictionary<char, string[]> _byFirstChar;

    public AddedTokenMatcher(IEnumerable<string> contents)
    {
        _byFirstChar = contents
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .GroupBy(c => c[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Length).ToArray());
        _firstChars = SearchValues.Create([.. _byFirstChar.Keys]);
    }

    /// <summary>True when there is no added token to look for.</summary>
    public bool IsEmpty => _byFirstChar.Count == 0;

    /// <summary>
    /// The first added token in <paramref name="text"/> at or after <paramref name="start"/>:
    /// its index and length, or index -1.
    /// </summary>
    public (int Index, int Length) Next(ReadOnlySpan<char> text, int start)
    {
        int position = start;
        while (position < text.Length)
        {
            int found = text[position..].IndexOfAny(_firstChars);
            if (found < 0)
            {
                return (-1, 0);
            }

            position += found;
            foreach (string candidate in _byFirstChar[text[position]])
            {
                if (text[position..].StartsWith(candidate, StringComparison.Ordinal))
                {
                    return (position, candidate.Length);
                }
            }

            position++;
        }

        return (-1, 0);
    }
}
