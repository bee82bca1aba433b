namespace Roots.Tokens.Tokenizers.HuggingFace;

/// <summary>
/// GPT-2's byte-to-character map (<c>bytes_to_unicode</c>): byte-level BPE vocabularies spell every
/// byte as a printable character, so a token is a string of these characters.
/// </summary>
internal static class ByteLevelAlphabet
{
    /// <summary>The character that spells each byte.</summary>
    public static IReadOnlyList<char> Chars { get; } = Build();

    private static char[] Build()
    {
        var chars = new char[256];
        var printable = new bool[256];
        for (int b = '!'; b <= '~'; b++)
        {
            printable[b] = true;
        }

        for (int b = 0xA1; b <= 0xAC; b++)
        {
            printable[b] = true;
        }

        for (int b = 0xAE; b <= 0xFF; b++)
        {
            printable[b] = true;
        }

        int next = 0;
        for (int b = 0; b < 256; b++)
        {
            chars[b] = printable[b] ? (char)b : (char)(256 + next++);
        }

        return chars;
    }
}
