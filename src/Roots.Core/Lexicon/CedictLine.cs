namespace Roots.Core.Lexicon;

/// <summary>
/// Reads one line of CC-CEDICT: <c>TRADITIONAL SIMPLIFIED [pin1 yin1] /sense/sense/</c>. The pinyin is
/// optional, because the dictionary Roots embeds leaves it out (see <c>scripts/cedict/convert.py</c>);
/// an unmodified <c>cedict_ts.u8</c> reads the same way.
/// </summary>
/// <remarks>Returns a result instead of throwing: a dictionary with a broken line loses that line only.</remarks>
public static class CedictLine
{
    /// <summary>Lines longer than this are refused as malformed (the longest real entry is about 1,500 characters).</summary>
    public const int MaxLength = 8192;

    /// <summary>Parses <paramref name="line"/>; comments (<c>#</c>), blank and malformed lines give false.</summary>
    /// <param name="line">One line of the dictionary, without its line break.</param>
    /// <param name="entry">The entry, when the line is one.</param>
    public static bool TryParse(string? line, out CedictEntry? entry)
    {
        entry = null;
        if (string.IsNullOrWhiteSpace(line) || line[0] == '#' || line.Length > MaxLength)
        {
            return false;
        }

        line = line.TrimEnd('\r', ' ', '\t');
        int firstSpace = line.IndexOf(' ', StringComparison.Ordinal);
        int secondSpace = firstSpace < 1 ? -1 : line.IndexOf(' ', firstSpace + 1);
        if (secondSpace <= firstSpace + 1 || secondSpace + 1 >= line.Length)
        {
            return false;
        }

        int rest = secondSpace + 1;
        if (line[rest] == '[')
        {
            int close = line.IndexOf(']', rest);
            if (close < 0 || close + 2 >= line.Length || line[close + 1] != ' ')
            {
                return false;
            }

            rest = close + 2;
        }

        if (line[rest] != '/' || line[^1] != '/' || line.Length - rest < 3)
        {
            return false;
        }

        var senses = line[(rest + 1)..^1].Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (senses.Length == 0)
        {
            return false;
        }

        entry = new CedictEntry(line[..firstSpace], line[(firstSpace + 1)..secondSpace], senses);
        return true;
    }
}
