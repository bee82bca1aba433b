using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Groups a page's letters, in the order the PDF draws them (for ordinary documents the reading
/// order), into lines with their geometry. A new line starts where the baseline moves by more than
/// <see cref="NewLineShare"/> of the smaller point size; within a line a space is written for a
/// space glyph or for a gap PdfPig judges to be one, except a gap between two CJK characters,
/// which justified Chinese text spreads apart without meaning a word boundary.
/// Stateless and thread-safe.
/// </summary>
internal static class PdfPageLines
{
    /// <summary>
    /// Share of the point size the baseline must move to start a new line: 0.8. Less would split a
    /// superscript (raised about a third of an em) from its line; more would merge tight lines.
    /// </summary>
    public const double NewLineShare = 0.8;

    /// <summary>The page's lines, top to bottom as drawn; lines with no visible glyph are left out.</summary>
    public static List<PdfTextLine> Read(Page page)
    {
        var lines = new List<PdfTextLine>();
        var line = new LineInProgress();
        Letter? previous = null;
        var spaceGlyphSeen = false;
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrEmpty(letter.Value))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                spaceGlyphSeen = previous is not null;
                continue;
            }

            if (previous is not null && StartsNewLine(previous, letter))
            {
                line.AddTo(lines);
                line = new LineInProgress();
            }
            else if (previous is not null && (spaceGlyphSeen || IsGapSpace(previous, letter)))
            {
                line.Space();
            }

            line.Add(letter);
            previous = letter;
            spaceGlyphSeen = false;
        }

        line.AddTo(lines);
        return lines;
    }

    private static bool StartsNewLine(Letter previous, Letter letter)
    {
        var size = Math.Max(1, Math.Min(previous.PointSize, letter.PointSize));
        return Math.Abs(previous.StartBaseLine.Y - letter.StartBaseLine.Y) > size * NewLineShare;
    }

    private static bool IsGapSpace(Letter previous, Letter letter)
    {
        var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
        if (!WhitespaceSizeStatistics.IsProbablyWhitespace(gap, previous))
        {
            return false;
        }

        return !(CjkText.EndsUnspaced(previous.Value) && CjkText.StartsUnspaced(letter.Value));
    }

    /// <summary>The letters of the line being read, and the point sizes they use.</summary>
    private sealed class LineInProgress
    {
        private readonly StringBuilder _text = new();
        private readonly Dictionary<double, int> _sizes = [];
        private Letter? _first;
        private Letter? _last;

        public void Space() => _text.Append(' ');

        public void Add(Letter letter)
        {
            _first ??= letter;
            _last = letter;
            _text.Append(letter.Value);
            var size = Math.Round(letter.PointSize, 1);
            _sizes[size] = _sizes.GetValueOrDefault(size) + letter.Value.Length;
        }

        public void AddTo(List<PdfTextLine> lines)
        {
            if (_first is null || _last is null)
            {
                return;
            }

            var size = _sizes.MaxBy(pair => pair.Value).Key;
            lines.Add(new PdfTextLine(_text.ToString().Trim(), _first.StartBaseLine.Y, _first.StartBaseLine.X, _last.EndBaseLine.X, size));
        }
    }
}
