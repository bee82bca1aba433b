namespace Roots.Core.Identifiers;

public static partial class IdentifierExtractor
{
    /// <summary>At most this many spaces and colons between a label and its number.</summary>
    private const int MaxSeparators = 4;

    /// <summary>An ISSN or ISBN after its label: "ISSN 3083-5178", "ISSN：3083-5178", "ISBN-13: 978-…", "eISSN (online) 2049-3630".</summary>
    /// <param name="text">The text.</param>
    /// <param name="i">Where the label may start.</param>
    /// <param name="found">The identifiers found so far.</param>
    /// <param name="afterUrl">True when the label was found glued to a URL, so the word boundary before it is implied.</param>
    private static int ScanLabelledNumber(string text, int i, Found found, bool afterUrl = false)
    {
        var rest = text.AsSpan(i);
        bool issn = IdentifierText.StartsWithIgnoreCase(rest, "ISSN");
        if (!issn && !IdentifierText.StartsWithIgnoreCase(rest, "ISBN"))
        {
            return i + 1;
        }

        bool prefixed = i > 0 && text[i - 1] is 'e' or 'E' or 'p' or 'P' && StartsWord(text, i - 1);
        if (!afterUrl && !StartsWord(text, i) && !(issn && prefixed))
        {
            return i + 1;
        }

        int j = issn ? SkipIssnLabelTail(text, i + 4) : SkipIsbnLabelTail(text, i + 4);
        j = SkipSeparators(text, j);
        if (j < text.Length && text[j] == '(')
        {
            // "ISSN (Print): 0317-8471", "ISBN (pbk.) 978-…": a short qualifier in parentheses.
            int close = text.AsSpan(j, Math.Min(16, text.Length - j)).IndexOf(')');
            if (close > 0)
            {
                j = SkipSeparators(text, j + close + 1);
            }
        }

        return issn ? ScanIssnBody(text, j, found) : ScanIsbnBody(text, j, found);
    }

    private static int SkipIssnLabelTail(string text, int j) =>
        j + 1 < text.Length && text[j] == '-' && text[j + 1] is 'L' or 'l' && (j + 2 == text.Length || !char.IsAsciiLetter(text[j + 2]))
            ? j + 2
            : j;

    private static int SkipIsbnLabelTail(string text, int j)
    {
        var rest = text.AsSpan(j);
        int dash = rest.Length > 0 && rest[0] == '-' ? 1 : 0;
        var number = rest[dash..];
        if (number.Length >= 2 && (number.StartsWith("10") || number.StartsWith("13")) &&
            (number.Length == 2 || !char.IsAsciiDigit(number[2])))
        {
            return j + dash + 2;
        }

        return j;
    }

    private static int SkipSeparators(string text, int j)
    {
        int limit = Math.Min(text.Length, j + MaxSeparators);
        while (j < limit && IdentifierText.IsLabelSeparator(text[j]))
        {
            j++;
        }

        return j;
    }

    /// <summary>NNNN-NNNC or NNNNNNNC, standing on its own.</summary>
    private static int ScanIssnBody(string text, int start, Found found)
    {
        int k = start;
        for (int n = 0; n < 8; n++)
        {
            if (n == 4 && k < text.Length && IdentifierText.IsDash(text[k]))
            {
                k++;
            }

            if (k >= text.Length || !(char.IsAsciiDigit(text[k]) || (n == 7 && text[k] is 'X' or 'x')))
            {
                return start;
            }

            k++;
        }

        if (k < text.Length && char.IsAsciiLetterOrDigit(text[k]))
        {
            return start;
        }

        found.Add(IdentifierKind.Issn, Issn.Normalize(text[start..k]));
        return k;
    }
}
