namespace Roots.Core.Identifiers;

public static partial class IdentifierExtractor
{
    /// <summary>An arXiv id after an "arXiv" label ("arXiv:2101.00001v2", "arXiv: hep-th/9901001") or in a scheme-less arxiv.org/abs/… reference.</summary>
    private static int ScanArxiv(string text, int i, Found found)
    {
        var rest = text.AsSpan(i);
        if (!IdentifierText.StartsWithIgnoreCase(rest, "arXiv") || !StartsWord(text, i))
        {
            return i + 1;
        }

        int j = i + 5, start;
        if (IdentifierText.StartsWithIgnoreCase(rest[5..], ".org/abs/") || IdentifierText.StartsWithIgnoreCase(rest[5..], ".org/pdf/"))
        {
            start = i;
            j += 9;
        }
        else
        {
            start = j = SkipSeparators(text, j);
            if (j == i + 5)
            {
                return j;
            }
        }

        int end = j;
        while (end < text.Length && end - j < 40 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-' or '/'))
        {
            end++;
        }

        var candidate = text.AsSpan(start, end - start).TrimEnd("./-");
        if (candidate.Length > 0)
        {
            found.Add(IdentifierKind.Arxiv, ArxivId.Normalize(candidate.ToString()));
        }

        return Math.Max(end, j);
    }
}
