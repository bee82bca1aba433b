namespace Roots.Ingest.Extraction;

/// <summary>
/// Decides what a hyphen at the end of a PDF line is. Typesetters break long words at a hyphen
/// (<c>infor-</c> / <c>mation</c>), and such a hyphen must go, or search never finds the word; but
/// a compound that really has a hyphen (<c>well-known</c>) may also be broken there. The document
/// itself is the dictionary: a compound written with its hyphen somewhere inside a line keeps the
/// hyphen when it is broken at it; any other line-end hyphen before a lower-case letter is removed.
/// Built once per document; read-only afterwards and so thread-safe.
/// </summary>
internal sealed class PdfHyphenation
{
    private readonly HashSet<string> _compounds = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Collects the hyphenated compounds the lines contain (not those broken at a line end).</summary>
    public PdfHyphenation(IEnumerable<PdfTextLine> lines)
    {
        foreach (var line in lines)
        {
            foreach (var word in line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var compound = word.Trim(TrimmedPunctuation);
                var hyphen = compound.IndexOf('-', StringComparison.Ordinal);
                if (hyphen > 0 && hyphen < compound.Length - 1)
                {
                    _compounds.Add(compound);
                }
            }
        }
    }

    private static readonly char[] TrimmedPunctuation = ['.', ',', ';', ':', '!', '?', '(', ')', '"', '\'', '“', '”', '‘', '’', '[', ']'];

    /// <summary>
    /// When <paramref name="line"/> ends in a word broken by a hyphen and <paramref name="next"/>
    /// goes on with a lower-case letter, whether to keep that hyphen (true for a known compound).
    /// Null when the line end is no hyphenated break at all.
    /// </summary>
    public bool? KeepsHyphen(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        if (line.Length < 2 || line[^1] is not ('-' or '\u2010') || !char.IsLetter(line[^2]) || next.IsEmpty || !char.IsLower(next[0]))
        {
            return null;
        }

        var start = line.LastIndexOf(' ') + 1;
        var end = next.IndexOf(' ');
        var head = line[start..].ToString();
        var tail = (end < 0 ? next : next[..end]).ToString();
        return _compounds.Contains((head + tail).Trim(TrimmedPunctuation));
    }
}
