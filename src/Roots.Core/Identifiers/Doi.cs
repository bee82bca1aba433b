using System.Text.RegularExpressions;

namespace Roots.Core.Identifiers;

/// <summary>
/// Validates and normalises Digital Object Identifiers (DOIs).
/// </summary>
/// <remarks>
/// The syntax accepted is Crossref's recommended pattern <c>^10\.\d{4,9}/[-._;()/:A-Z0-9]+$</c>
/// (case-insensitive), which matches nearly every DOI ever registered and rejects the noise that
/// running text attaches to them. DOIs are case-insensitive by definition (ANSI/NISO Z39.84), so
/// the normalised form is lower case; two spellings of one DOI are stored once.
/// </remarks>
public static partial class Doi
{
    /// <summary>The longest DOI accepted, in characters; registered DOIs are far shorter.</summary>
    public const int MaxLength = 1024;

    private static readonly string[] s_prefixes =
    [
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
        "https://www.doi.org/", "http://www.doi.org/", "doi.org/", "dx.doi.org/", "info:doi/",
    ];

    /// <summary>
    /// Normalises a DOI written in any common form: bare (<c>10.5281/zenodo.17978371</c>), with a
    /// label (<c>doi:…</c>, <c>DOI …</c>) or as a resolver URL (<c>https://doi.org/…</c>,
    /// <c>http://dx.doi.org/…</c>), percent-encoded or not.
    /// </summary>
    /// <param name="input">The DOI as written.</param>
    /// <returns>
    /// The lower-case DOI without prefix, with trailing sentence punctuation removed (. , ; : ] 。 ， ； ）
    /// and a closing parenthesis that has no opening partner); or a one-line reason.
    /// </returns>
    public static Result<string> Normalize(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Result<string>.Fail("no DOI given: expected something like 10.5281/zenodo.17978371");
        }

        if (input.Length > IdentifierText.MaxInputLength)
        {
            return Result<string>.Fail($"a DOI is at most {MaxLength} characters long");
        }

        var text = input.AsSpan().Trim();
        IdentifierText.TryStripLabel(ref text, "doi");
        text = IdentifierText.StripPrefix(text, s_prefixes);
        string doi = text.ToString();
        if (doi.Contains('%'))
        {
            doi = Uri.UnescapeDataString(doi);
        }

        doi = TrimTrailing(doi);
        if (doi.Length > MaxLength)
        {
            return Result<string>.Fail($"a DOI is at most {MaxLength} characters long");
        }

        if (!Pattern().IsMatch(doi))
        {
            return Result<string>.Fail(Explain(doi));
        }

        return doi.ToLowerInvariant();
    }

    /// <summary>True when <paramref name="input"/> normalises to a valid DOI (see <see cref="Normalize"/>).</summary>
    public static bool IsValid(string input) => Normalize(input).IsSuccess;

    /// <summary>True for the characters Crossref's pattern allows after the slash.</summary>
    internal static bool IsSuffixChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or ';' or '(' or ')' or '/' or ':';

    /// <summary>
    /// Removes punctuation that ends a sentence rather than a DOI. A closing parenthesis is kept
    /// when the DOI opened one (<c>10.1000/abc(1)</c>), removed when it closes the sentence's own.
    /// Linear: the parenthesis balance is counted once.
    /// </summary>
    internal static string TrimTrailing(string doi)
    {
        int opens = 0, closes = 0;
        foreach (char c in doi)
        {
            if (c == '(')
            {
                opens++;
            }
            else if (c == ')')
            {
                closes++;
            }
        }

        int end = doi.Length;
        while (end > 0)
        {
            char c = doi[end - 1];
            if (c is '.' or ',' or ';' or ':' or ']' or '。' or '，' or '；' or '）')
            {
                end--;
            }
            else if (c == ')' && closes > opens)
            {
                closes--;
                end--;
            }
            else
            {
                break;
            }
        }

        return end == doi.Length ? doi : doi[..end];
    }

    private static string Explain(string doi)
    {
        if (!doi.StartsWith("10.", StringComparison.Ordinal))
        {
            return $"'{IdentifierText.Quote(doi)}' is not a DOI: a DOI starts with 10. followed by a registrant code";
        }

        int slash = doi.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || slash == doi.Length - 1)
        {
            return $"'{IdentifierText.Quote(doi)}' is not a DOI: the prefix must be followed by / and a suffix";
        }

        if (slash < 7 || slash > 12 || !IdentifierText.AllDigits(doi.AsSpan(3, slash - 3)))
        {
            return $"'{IdentifierText.Quote(doi)}' is not a DOI: the registrant code after 10. must be 4 to 9 digits";
        }

        return $"'{IdentifierText.Quote(doi)}' is not a DOI: the suffix may hold only letters, digits and -._;()/:";
    }

    // [0-9] and explicit letter ranges rather than \d and IgnoreCase: \d matches non-ASCII digits
    // and IgnoreCase lets the Kelvin sign match K. \z rather than $, which also matches before a final \n.
    [GeneratedRegex(@"^10\.[0-9]{4,9}/[-._;()/:a-zA-Z0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
