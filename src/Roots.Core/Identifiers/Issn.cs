namespace Roots.Core.Identifiers;

/// <summary>
/// Validates and normalises International Standard Serial Numbers (ISO 3297).
/// </summary>
/// <remarks>
/// An ISSN is seven digits and a check character computed mod 11 with weights 8 to 2 (10 is
/// written X). The check is what separates an ISSN from a date range or a phone number that
/// happens to have the shape NNNN-NNNN, so nothing is accepted without it.
/// </remarks>
public static class Issn
{
    private static readonly string[] s_prefixes =
    [
        "https://portal.issn.org/resource/ISSN/", "http://portal.issn.org/resource/ISSN/",
        "portal.issn.org/resource/ISSN/",
    ];

    private static readonly string[] s_labels = ["ISSN-L", "e-ISSN", "p-ISSN", "eISSN", "pISSN", "ISSN"];

    /// <summary>
    /// Normalises an ISSN written as <c>3083-5178</c>, <c>30835178</c>, <c>ISSN 3083-5178</c>,
    /// <c>ISSN: 3083-517x</c>, <c>issn:3083-5178</c> or as a portal.issn.org URL.
    /// </summary>
    /// <param name="input">The ISSN as written.</param>
    /// <returns>The ISSN as <c>NNNN-NNNC</c> with an upper-case X; or a one-line reason.</returns>
    public static Result<string> Normalize(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Result<string>.Fail("no ISSN given: expected something like 3083-5178");
        }

        if (input.Length > IdentifierText.MaxInputLength)
        {
            return Result<string>.Fail("an ISSN has 8 characters (NNNN-NNNC)");
        }

        var text = input.AsSpan().Trim();
        foreach (string label in s_labels)
        {
            if (IdentifierText.TryStripLabel(ref text, label))
            {
                break;
            }
        }

        text = IdentifierText.StripPrefix(text, s_prefixes);
        Span<char> body = stackalloc char[8];
        if (text.Length == 9 && IdentifierText.IsDash(text[4]))
        {
            text[..4].CopyTo(body);
            text[5..].CopyTo(body[4..]);
        }
        else if (text.Length == 8 && !text.ContainsAny(IdentifierText.Dashes))
        {
            text.CopyTo(body);
        }
        else
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not an ISSN: an ISSN has 8 characters (NNNN-NNNC)");
        }

        char last = body[7] == 'x' ? 'X' : body[7];
        if (!IdentifierText.AllDigits(body[..7]) || !(IdentifierText.IsDigit(last) || last == 'X'))
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not an ISSN: expected seven digits and a check digit or X");
        }

        char expected = CheckDigits.Issn(body[..7]);
        if (last != expected)
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not a valid ISSN: the check digit should be {expected}, not {last}");
        }

        Span<char> result = stackalloc char[9];
        body[..4].CopyTo(result);
        result[4] = '-';
        body[4..7].CopyTo(result[5..]);
        result[8] = expected;
        return new string(result);
    }

    /// <summary>True when <paramref name="input"/> normalises to a valid ISSN (see <see cref="Normalize"/>).</summary>
    public static bool IsValid(string input) => Normalize(input).IsSuccess;
}
