namespace Roots.Core.Identifiers;

public static partial class IdentifierExtractor
{
    /// <summary>A bare DOI: 10., a 4–9 digit registrant code, a slash and a suffix.</summary>
    private static int ScanDoi(string text, int i, Found found)
    {
        if (!StartsWord(text, i) || i + 2 >= text.Length || text[i + 1] != '0' || text[i + 2] != '.')
        {
            return i + 1;
        }

        int registrantStart = i + 3, slash = registrantStart;
        while (slash < text.Length && slash - registrantStart < 10 && char.IsAsciiDigit(text[slash]))
        {
            slash++;
        }

        int digits = slash - registrantStart;
        if (digits is < 4 or > 9 || slash >= text.Length || text[slash] != '/')
        {
            return i + 1;
        }

        int end = slash + 1;
        while (end < text.Length && Doi.IsSuffixChar(text[end]))
        {
            end++;
        }

        if (end > slash + 1 && end - i <= Doi.MaxLength + 16)
        {
            found.Add(IdentifierKind.Doi, Doi.Normalize(text[i..end]));
        }

        return end;
    }

    /// <summary>
    /// A bare, hyphenated ORCID iD standing on its own, in the blocks ORCID issues:
    /// 0000-000N-NNNN-NNNC and, since 2023, 0009-00NN-NNNN-NNNC.
    /// </summary>
    private static int ScanOrcid(string text, int i, Found found)
    {
        const int length = 19;
        if (i + length > text.Length || (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || IdentifierText.IsDash(text[i - 1]))))
        {
            return i + 1;
        }

        var candidate = text.AsSpan(i, length);
        for (int k = 0; k < length; k++)
        {
            char c = candidate[k];
            bool fits = k switch
            {
                4 or 9 or 14 => IdentifierText.IsDash(c),
                < 3 or 5 or 6 => c == '0',
                3 => c is '0' or '9',
                7 => c == '0' || (c == '1' && candidate[3] == '9'),
                18 => char.IsAsciiDigit(c) || c is 'X' or 'x',
                _ => char.IsAsciiDigit(c),
            };
            if (!fits)
            {
                return i + 1;
            }
        }

        if (i + length < text.Length && char.IsAsciiLetterOrDigit(text[i + length]))
        {
            return i + 1;
        }

        found.Add(IdentifierKind.Orcid, Orcid.Normalize(candidate.ToString()));
        return i + length;
    }
}
