using System.Text;

namespace Roots.Ingest.Extraction;

/// <summary>
/// Turns a page's lines into paragraphs separated by a blank line, joining the lines of one
/// paragraph the way the text was written before it was wrapped: nothing between two CJK
/// characters (<c>大量网</c> / <c>页</c> is <c>大量网页</c>), a broken word's hyphen removed (see
/// <see cref="PdfHyphenation"/>), a soft hyphen dropped, else one space.
/// A paragraph ends where the layout says so: a gap over <see cref="BlankGapShare"/> of the usual
/// line pitch (a blank line), a change of point size (a heading), a line that does not go down
/// (a new column or a block drawn out of order), or a line ending in sentence punctuation that is
/// short or is followed by an indented line.
/// Read-only after construction and so thread-safe.
/// </summary>
internal sealed class PdfParagraphJoiner(PdfHyphenation hyphenation)
{
    /// <summary>A baseline drop over 1.4 times the page's usual line pitch is a blank line between paragraphs.</summary>
    public const double BlankGapShare = 1.4;

    /// <summary>A line ending this much of the text width before the widest line ends is short: 0.2.</summary>
    public const double ShortLineShare = 0.2;

    /// <summary>A line starting this many ems right of the usual left edge is indented: 0.8.</summary>
    public const double IndentEms = 0.8;

    /// <summary>The page's text: paragraphs separated by a blank line; empty for no lines.</summary>
    public string Join(IReadOnlyList<PdfTextLine> lines)
    {
        var text = new StringBuilder();
        var layout = PageLayout.Of(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Length == 0)
            {
                continue;
            }

            if (text.Length == 0)
            {
                text.Append(lines[i].Text);
            }
            else if (IsParagraphBreak(lines[i - 1], lines[i], layout))
            {
                text.Append("\n\n").Append(lines[i].Text);
            }
            else
            {
                AppendWrapped(text, lines[i].Text);
            }
        }

        return text.ToString();
    }

    private void AppendWrapped(StringBuilder text, string next)
    {
        if (text[^1] == '\u00AD')
        {
            text.Length--;
            text.Append(next);
            return;
        }

        var tailStart = Math.Max(0, text.Length - 64);
        var tail = text.ToString(tailStart, text.Length - tailStart);
        if (hyphenation.KeepsHyphen(tail, next) is { } keep)
        {
            if (!keep)
            {
                text.Length--;
            }

            text.Append(next);
            return;
        }

        if (!(CjkText.EndsUnspaced(tail) || CjkText.StartsUnspaced(next)))
        {
            text.Append(' ');
        }

        text.Append(next);
    }

    private static bool IsParagraphBreak(PdfTextLine above, PdfTextLine below, PageLayout layout)
    {
        var size = Math.Max(1, Math.Max(above.PointSize, below.PointSize));
        var drop = above.Baseline - below.Baseline;
        if (drop <= 0 || Math.Abs(above.PointSize - below.PointSize) > size * 0.15)
        {
            return true;
        }

        if (drop > (layout.LinePitch ?? size * 1.25) * BlankGapShare)
        {
            return true;
        }

        if (!EndsSentence(above.Text))
        {
            return false;
        }

        var width = layout.Right - layout.Left;
        var isShort = above.Right < layout.Right - Math.Max(width * ShortLineShare, size * 2);
        var isIndented = below.Left > layout.Left + size * IndentEms && below.Left > above.Left + size * IndentEms;
        return isShort || isIndented;
    }

    private static bool EndsSentence(string line)
    {
        var end = line.AsSpan().TrimEnd("\"'”’」』)）]】");
        return !end.IsEmpty && end[^1] is '.' or '!' or '?' or ':' or '。' or '！' or '？' or '：' or '…' or ';' or '；';
    }

    /// <summary>What is usual on the page: the line pitch, the left edge most lines start at, the right edge.</summary>
    private readonly record struct PageLayout(double? LinePitch, double Left, double Right)
    {
        public static PageLayout Of(IReadOnlyList<PdfTextLine> lines)
        {
            if (lines.Count == 0)
            {
                return new PageLayout(null, 0, 0);
            }

            var drops = new List<double>();
            for (var i = 1; i < lines.Count; i++)
            {
                var drop = lines[i - 1].Baseline - lines[i].Baseline;
                if (drop > 0 && Math.Abs(lines[i - 1].PointSize - lines[i].PointSize) < 0.5)
                {
                    drops.Add(drop);
                }
            }

            // The lower quartile: paragraph gaps only ever add to the pitch, so the smaller drops are
            // the plain line breaks. One drop alone may itself be a blank line, so it is not trusted.
            drops.Sort();
            double? pitch = drops.Count >= 2 ? drops[(drops.Count - 1) / 4] : null;
            var left = lines.GroupBy(line => Math.Round(line.Left)).MaxBy(group => group.Count())!.Key;
            var right = lines.Max(line => line.Right);
            return new PageLayout(pitch, left, right);
        }
    }
}
