namespace Roots.Core.Identifiers;

/// <summary>
/// Validates and normalises ORCID iDs, the persistent identifiers of researchers.
/// </summary>
/// <remarks>
/// An ORCID iD is sixteen characters in four groups of four; the last is an ISO 7064 MOD 11-2
/// check character (10 is written X). The check catches every single-digit typo, which matters
/// because an iD attributes work to a person.
/// </remarks>
public static class Orcid
{
    private static readonly string[] s_prefixes =
    [
        "https://orcid.org/", "http://orcid.org/", "https://www.orcid.org/", "http://www.orcid.org/",
        "orcid.org/", "www.orcid.org/",
    ];

    private static readonly string[] s_labels = ["ORCID iD", "ORCID"];

    /// <summary>
    /// Normalises an ORCID iD written as <c>0000-0002-1825-0097</c>, <c>0000000218250097</c>,
    /// <c>https://orcid.org/0000-0002-1825-0097</c>, <c>orcid.org/…</c>, <c>ORCID: …</c> or
    /// <c>orcid:…</c>; a lower-case x check character is accepted.
    /// </summary>
    /// <param name="input">The iD as written.</param>
    /// <returns>The iD as <c>NNNN-NNNN-NNNN-NNNC</c> with an upper-case X; or a one-line reason.</returns>
    public static Result<string> Normalize(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Result<string>.Fail("no ORCID iD given: expected something like 0000-0002-1825-0097");
        }

        if (input.Length > IdentifierText.MaxInputLength)
        {
            return Result<string>.Fail("an ORCID iD has 16 characters in four groups");
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
        if (text.Length > 0 && text[^1] == '/')
        {
            text = text[..^1];
        }

        Span<char> body = stackalloc char[16];
        if (text.Length == 19 && IdentifierText.IsDash(text[4]) && IdentifierText.IsDash(text[9]) && IdentifierText.IsDash(text[14]))
        {
            for (int group = 0; group < 4; group++)
            {
                text.Slice(group * 5, 4).CopyTo(body[(group * 4)..]);
            }
        }
        else if (text.Length == 16 && !text.ContainsAny(IdentifierText.Dashes))
        {
            text.CopyTo(body);
        }
        else
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not an ORCID iD: it has 16 characters in four groups (0000-0002-1825-0097)");
        }

        char last = body[15] == 'x' ? 'X' : body[15];
        if (!IdentifierText.AllDigits(body[..15]) || !(IdentifierText.IsDigit(last) || last == 'X'))
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not an ORCID iD: expected fifteen digits and a check digit or X");
        }

        char expected = CheckDigits.Orcid(body[..15]);
        if (last != expected)
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not a valid ORCID iD: the check character should be {expected}, not {last}");
        }

        Span<char> result = stackalloc char[19];
        for (int group = 0; group < 4; group++)
        {
            body.Slice(group * 4, 4).CopyTo(result[(group * 5)..]);
            if (group < 3)
            {
                result[(group * 5) + 4] = '-';
            }
        }

        result[18] = expected;
        return new string(result);
    }

    /// <summary>True when <paramref name="input"/> normalises to a valid ORCID iD (see <see cref="Normalize"/>).</summary>
    public static bool IsValid(string input) => Normalize(input).IsSuccess;
}
