namespace Roots.Tokens;

/// <summary>Character counts for "characters per token", by Unicode scalar value.</summary>
public static class TextMeasure
{
    /// <summary>
    /// The number of Unicode scalar values (code points) in <paramref name="text"/>: 中 and 😀 are one
    /// each, as a reader counts them, where UTF-16 length would count 😀 as two.
    /// </summary>
    public static long CountCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        long count = text.Length;
        foreach (char c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                count--; // the pair was counted twice; a lone low surrogate is rare enough to be off by one
            }
        }

        return count;
    }

    /// <summary>Characters per token, or 0 when there are no tokens.</summary>
    public static double CharactersPerToken(long characters, long tokens) => tokens == 0 ? 0 : (double)characters / tokens;
}
