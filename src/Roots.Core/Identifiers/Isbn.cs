namespace Roots.Core.Identifiers;

/// <summary>
/// Validates and normalises International Standard Book Numbers (ISO 2108), ISBN-10 and ISBN-13.
/// </summary>
/// <remarks>
/// ISBN-10 carries a mod-11 check (weights 10 to 2, 10 written X); ISBN-13 is an EAN-13 with the
/// prefix 978 or 979 and a mod-10 check (weights 1 and 3). Every ISBN-10 is also a 978 ISBN-13,
/// so the normalised form is always the 13 digits: one book, one stored value.
/// </remarks>
public static class Isbn
{
    private static readonly string[] s_labels = ["ISBN-13", "ISBN-10", "ISBN13", "ISBN10", "ISBN"];

    /// <summary>
    /// Normalises an ISBN written with or without hyphens or spaces, with or without an
    /// <c>ISBN</c>, <c>ISBN-13:</c>, <c>ISBN-10:</c> or <c>isbn:</c> label, such as
    /// <c>978-0-306-40615-7</c> or <c>0-306-40615-2</c>; a lower-case x check character is accepted.
    /// </summary>
    /// <param name="input">The ISBN as written.</param>
    /// <returns>The ISBN-13 as 13 digits without separators; or a one-line reason.</returns>
    public static Result<string> Normalize(string input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Result<string>.Fail("no ISBN given: expected something like 978-0-306-40615-7");
        }

        if (input.Length > IdentifierText.MaxInputLength)
        {
            return Result<string>.Fail("an ISBN has 10 or 13 digits");
        }

        var text = input.AsSpan().Trim();
        foreach (string label in s_labels)
        {
            if (IdentifierText.TryStripLabel(ref text, label))
            {
                break;
            }
        }

        Span<char> digits = stackalloc char[13];
        int count = 0;
        foreach (char c in text)
        {
            if (IdentifierText.IsDash(c) || c is ' ' or '\u00A0')
            {
                continue;
            }

            if (count == 13 || !(IdentifierText.IsDigit(c) || c is 'X' or 'x'))
            {
                return Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not an ISBN: an ISBN has 10 or 13 digits");
            }

            digits[count++] = c == 'x' ? 'X' : c;
        }

        return count switch
        {
            10 => FromIsbn10(digits[..10], text),
            13 => FromIsbn13(digits, text),
            _ => Result<string>.Fail($"'{IdentifierText.Quote(text)}' is not an ISBN: an ISBN has 10 or 13 digits"),
        };
    }

    /// <summary>True when <paramref name="input"/> normalises to a valid ISBN (see <see cref="Normalize"/>).</summary>
    public static bool IsValid(string input) => Normalize(input).IsSuccess;

    private static Result<string> FromIsbn10(ReadOnlySpan<char> digits, ReadOnlySpan<char> written)
    {
        if (!IdentifierText.AllDigits(digits[..9]))
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(written)}' is not an ISBN: only the last character of an ISBN-10 may be X");
        }

        char expected = CheckDigits.Isbn10(digits[..9]);
        if (digits[9] != expected)
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(written)}' is not a valid ISBN-10: the check character should be {expected}, not {digits[9]}");
        }

        Span<char> isbn13 = stackalloc char[13];
        "978".CopyTo(isbn13);
        digits[..9].CopyTo(isbn13[3..]);
        isbn13[12] = CheckDigits.Ean13(isbn13[..12]);
        return new string(isbn13);
    }

    private static Result<string> FromIsbn13(ReadOnlySpan<char> digits, ReadOnlySpan<char> written)
    {
        if (!IdentifierText.AllDigits(digits))
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(written)}' is not an ISBN: an ISBN-13 has digits only");
        }

        if (!digits.StartsWith("978") && !digits.StartsWith("979"))
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(written)}' is not an ISBN: an ISBN-13 starts with 978 or 979");
        }

        char expected = CheckDigits.Ean13(digits[..12]);
        if (digits[12] != expected)
        {
            return Result<string>.Fail($"'{IdentifierText.Quote(written)}' is not a valid ISBN-13: the check digit should be {expected}, not {digits[12]}");
        }

        return new string(digits);
    }
}
