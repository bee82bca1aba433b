using FsCheck;
using FsCheck.Fluent;

namespace Roots.Core.Tests.Identifiers;

/// <summary>
/// Builds valid identifiers for the property tests with check-digit formulas written from the
/// standards, independently of the production code, so a bug there cannot agree with itself.
/// </summary>
internal static class CheckDigitOracle
{
    /// <summary>Random ASCII digit strings of a fixed length.</summary>
    public static Arbitrary<string> Digits(int length) =>
        Gen.Choose(0, 9).ArrayOf(length).Select(ds => string.Concat(ds)).ToArbitrary();

    /// <summary>ISSN: sum of digit × (8 … 2), check = (11 − sum mod 11) mod 11, 10 → X.</summary>
    public static string Issn(string sevenDigits)
    {
        int sum = sevenDigits.Select((c, i) => (c - '0') * (8 - i)).Sum();
        return sevenDigits + Mod11((11 - sum % 11) % 11);
    }

    /// <summary>ORCID iD: ISO 7064 MOD 11-2, total = (total + digit) × 2, check = (12 − total mod 11) mod 11.</summary>
    public static string Orcid(string fifteenDigits)
    {
        long total = 0;
        foreach (char c in fifteenDigits)
        {
            total = (total + (c - '0')) * 2;
        }

        return fifteenDigits + Mod11((int)((12 - total % 11) % 11));
    }

    /// <summary>ISBN-10: weights 10 … 1 over all ten characters must sum to 0 mod 11.</summary>
    public static string Isbn10(string nineDigits)
    {
        for (int check = 0; check <= 10; check++)
        {
            int sum = nineDigits.Select((c, i) => (c - '0') * (10 - i)).Sum() + check;
            if (sum % 11 == 0)
            {
                return nineDigits + Mod11(check);
            }
        }

        throw new InvalidOperationException("unreachable: one of 0..10 completes the sum");
    }

    /// <summary>EAN-13: weights 1, 3, 1, 3 … over all thirteen digits must sum to 0 mod 10.</summary>
    public static string Ean13(string twelveDigits)
    {
        for (int check = 0; check <= 9; check++)
        {
            int sum = twelveDigits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum() + check;
            if (sum % 10 == 0)
            {
                return twelveDigits + (char)('0' + check);
            }
        }

        throw new InvalidOperationException("unreachable: one of 0..9 completes the sum");
    }

    /// <summary>Every string made by replacing one digit of <paramref name="value"/> with a different digit.</summary>
    public static IEnumerable<string> SingleDigitSubstitutions(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                continue;
            }

            for (char d = '0'; d <= '9'; d++)
            {
                if (d != value[i])
                {
                    yield return string.Concat(value.AsSpan(0, i), [d], value.AsSpan(i + 1));
                }
            }
        }
    }

    /// <summary>Inserts hyphens after the given character counts: Hyphenate("12345678", 4) is "1234-5678".</summary>
    public static string Hyphenate(string value, params int[] groups)
    {
        var parts = new List<string>();
        int at = 0;
        foreach (int length in groups)
        {
            parts.Add(value.Substring(at, length));
            at += length;
        }

        parts.Add(value[at..]);
        return string.Join('-', parts);
    }

    private static char Mod11(int value) => value == 10 ? 'X' : (char)('0' + value);
}
