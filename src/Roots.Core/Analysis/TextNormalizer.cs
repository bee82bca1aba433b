using System.Text;

namespace Roots.Core.Analysis;

/// <summary>
/// The one normalisation applied to text before it is indexed or matched: Unicode NFKC (which
/// also folds full-width Latin letters and digits to their ASCII forms, and compatibility
/// ideographs to the unified ones) followed by invariant lower-casing as a case fold.
/// </summary>
/// <remarks>Stateless and thread-safe. The same function runs at index and query time, so a
/// query typed with full-width letters (ＡＩ) finds text written with ASCII ones (AI).</remarks>
public static class TextNormalizer
{
    /// <summary>Returns the normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        string composed = IsAscii(text) ? text : NormalizeUnicode(text);
        return composed.ToLowerInvariant();
    }

    /// <summary>
    /// Folds one character for matching without changing text length: full-width ASCII to
    /// ASCII, the ideographic space to a space, and lower case. Used where offsets into the
    /// original text must be kept (snippet highlighting).
    /// </summary>
    public static char FoldChar(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c == '\u3000')
        {
            return ' ';
        }

        return char.ToLowerInvariant(c);
    }

    private static string NormalizeUnicode(string text)
    {
        // Malformed surrogates make Normalize throw; such text still deserves indexing.
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static bool IsAscii(string text) => Ascii.IsValid(text);
}
