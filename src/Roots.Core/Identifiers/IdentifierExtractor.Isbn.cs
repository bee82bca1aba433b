namespace Roots.Core.Identifiers;

public static partial class IdentifierExtractor
{
    /// <summary>
    /// Ten or thirteen digits with single hyphens or spaces between them. When thirteen digits do
    /// not form an ISBN-13 but the first ten, ended by a separator, form an ISBN-10 ("ISBN
    /// 0-306-40615-2 1999"), the ISBN-10 is taken.
    /// </summary>
    private static int ScanIsbnBody(string text, int start, Found found)
    {
        Span<char> digits = stackalloc char[13];
        int count = 0, k = start, endOfTen = -1;
        while (k < text.Length && count < 13)
        {
            char c = text[k];
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
                k++;
                endOfTen = count == 10 ? k : endOfTen;
            }
            else if (count == 9 && c is 'X' or 'x')
            {
                digits[count++] = 'X';
                k++;
                endOfTen = k;
                break;
            }
            else if (count > 0 && (IdentifierText.IsDash(c) || c == ' ') && k + 1 < text.Length &&
                     (char.IsAsciiDigit(text[k + 1]) || (count == 9 && text[k + 1] is 'X' or 'x')))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        bool endsHere = k == text.Length || !char.IsAsciiLetterOrDigit(text[k]);
        if (count == 13 && endsHere && Isbn.Normalize(new string(digits)) is { IsSuccess: true } isbn13)
        {
            found.Add(IdentifierKind.Isbn, isbn13);
            return k;
        }

        if (endOfTen > 0 && (endOfTen == text.Length || !char.IsAsciiLetterOrDigit(text[endOfTen])))
        {
            found.Add(IdentifierKind.Isbn, Isbn.Normalize(new string(digits[..10])));
            return endOfTen;
        }

        return Math.Max(k, start + 1);
    }
}
