namespace Roots.Tokens.LanguageTax;

/// <summary>A translation pair cut into segments that say the same thing on both sides.</summary>
/// <param name="Segments">The segments: paragraph by paragraph when aligned, else the whole texts as one.</param>
/// <param name="ParagraphAligned">True when both sides had the same number of paragraphs (two or more) and were paired paragraph by paragraph.</param>
public sealed record AlignedPair(IReadOnlyList<(string Text, string English)> Segments, bool ParagraphAligned)
{
    /// <summary>
    /// Aligns <paramref name="pair"/>: paragraphs are separated by blank lines; when both sides have
    /// the same number of them (at least two) they are paired in order, since a translation keeps
    /// the paragraphs of its original. Otherwise, a translator having joined or split some, nothing
    /// but the whole texts can be said to match, and they make one segment.
    /// </summary>
    public static AlignedPair Of(MeaningPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var text = Paragraphs(pair.Text);
        var english = Paragraphs(pair.English);
        if (text.Count >= 2 && text.Count == english.Count)
        {
            return new AlignedPair([.. text.Zip(english)], true);
        }

        return new AlignedPair([(pair.Text.Trim(), pair.English.Trim())], false);
    }

    /// <summary>The non-blank paragraphs of <paramref name="text"/>, trimmed; lines with only spaces count as blank.</summary>
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            current.Add(line);
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join('\n', current).Trim());
                current.Clear();
            }
        }
    }
}
