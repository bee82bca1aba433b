using System.Buffers;

namespace Roots.Core.Identifiers;

public static partial class IdentifierExtractor
{
    // Printable ASCII except the characters that end a URL in running text: < > " ' ` \ | ^ { }.
    private static readonly SearchValues<char> s_urlChars =
        SearchValues.Create("!#$%&()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz~");

    /// <summary>
    /// Where each web address (http:// or https://) in running text is, by the rule identifiers are found with,
    /// so that pages link exactly what the identifiers and <c>publish --check</c> see: a URL is printable ASCII
    /// (it ends at a space, a CJK character or full-width punctuation), without the sentence punctuation after
    /// it or a closing bracket whose opening partner it does not hold ("(https://times.net.au)作为…" is
    /// <c>https://times.net.au</c>), nor an ISSN/ISBN label glued to a path-less address.
    /// </summary>
    /// <returns>Start and length of each address, in order.</returns>
    public static IEnumerable<(int Start, int Length)> UrlSpans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = 0;
        while (i < text.Length)
        {
            int next = text.IndexOfAny(['h', 'H'], i);
            if (next < 0)
            {
                yield break;
            }

            var rest = text.AsSpan(next);
            if (!IdentifierUrls.StartsWithWebScheme(rest) || !StartsWord(text, next))
            {
                i = next + 1;
                continue;
            }

            int length = UrlLength(text.AsSpan(next));
            if (length > "https://".Length)
            {
                yield return (next, length);
            }

            i = next + Math.Max(length, 1);
        }
    }

    /// <summary>The length of the web address at the start of <paramref name="rest"/>, trimmed as <see cref="UrlSpans"/> says.</summary>
    private static int UrlLength(ReadOnlySpan<char> rest)
    {
        int length = rest.IndexOfAnyExcept(s_urlChars);
        var url = TrimUrlEnd(rest[..(length < 0 ? rest.Length : length)]);
        return url.Length - GluedLabelLength(url);
    }

    /// <summary>Removes from the end of an address found in running text what ends the sentence rather than the address (see <see cref="TrimUrlEnd"/>).</summary>
    public static string TrimAddressEnd(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return TrimUrlEnd(address).ToString();
    }

    /// <summary>A URL from http:// or https:// to its end in running text; see the class remarks.</summary>
    private static int ScanUrl(string text, int i, Found found)
    {
        var rest = text.AsSpan(i);
        if (!IdentifierUrls.StartsWithWebScheme(rest) || !StartsWord(text, i))
        {
            return i + 1;
        }

        int length = rest.IndexOfAnyExcept(s_urlChars);
        if (length < 0)
        {
            length = rest.Length;
        }

        var url = TrimUrlEnd(rest[..length]);
        int glued = GluedLabelLength(url);
        url = url[..^glued];
        if (url.Length <= WebUrl.MaxLength && IdentifierUrls.Classify(url.ToString()) is { } identifier)
        {
            found.Add(identifier);
        }

        return glued > 0 ? ScanLabelledNumber(text, i + url.Length, found, afterUrl: true) : i + length;
    }

    /// <summary>
    /// The length of an upper-case ISSN or ISBN label glued to the end of a path-less URL, as text
    /// converted from layouts leaves it: "(https://times.net.auISSN 3083-5178," names the site and the
    /// ISSN, not a host "times.net.auissn". Host names are case-insensitive, so a lower-to-upper
    /// switch right before a label word is a reliable seam; 0 when there is none.
    /// </summary>
    private static int GluedLabelLength(ReadOnlySpan<char> url)
    {
        var authority = url[(url.IndexOf("://") + 3)..];
        if (authority.IndexOfAny('/', '?', '#') >= 0)
        {
            return 0;
        }

        foreach (string label in (ReadOnlySpan<string>)["ISSN", "ISBN"])
        {
            if (authority.Length > label.Length && authority.EndsWith(label, StringComparison.Ordinal) &&
                char.IsAsciiLetterLower(authority[^(label.Length + 1)]))
            {
                return label.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Removes what ends the sentence rather than the URL: . , ; : ! ? * and a closing bracket
    /// whose opening partner is not in the URL ("(see https://example.org/a)" keeps no ")",
    /// "https://en.wikipedia.org/wiki/Rust_(language)" keeps its own). Linear in the URL length.
    /// </summary>
    internal static ReadOnlySpan<char> TrimUrlEnd(ReadOnlySpan<char> url)
    {
        int openParens = url.Count('('), closeParens = url.Count(')');
        int openBrackets = url.Count('['), closeBrackets = url.Count(']');
        int end = url.Length;
        while (end > 0)
        {
            char c = url[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '*')
            {
                end--;
            }
            else if (c == ')' && closeParens > openParens)
            {
                closeParens--;
                end--;
            }
            else if (c == ']' && closeBrackets > openBrackets)
            {
                closeBrackets--;
                end--;
            }
            else
            {
                break;
            }
        }

        return url[..end];
    }
}
