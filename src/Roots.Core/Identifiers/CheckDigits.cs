namespace Roots.Core.Identifiers;

/// <summary>
/// The check-digit algorithms of the identifier standards. Each takes the body without its check
/// character (ASCII digits only, already verified by the caller) and returns the expected check
/// character, so a parser can say "should be 8, not 7".
/// </summary>
internal static class CheckDigits
{
    /// <summary>ISSN (ISO 3297): weights 8..2 on the first seven digits, mod 11, 10 written X.</summary>
    public static char Issn(ReadOnlySpan<char> sevenDigits)
    {
        int sum = 0;
        for (int i = 0; i < 7; i++)
        {
            sum += IdentifierText.DigitValue(sevenDigits[i]) * (8 - i);
        }

        return Mod11Character((11 - (sum % 11)) % 11);
    }

    /// <summary>ORCID iD: ISO 7064 MOD 11-2 over the first fifteen digits, 10 written X.</summary>
    public static char Orcid(ReadOnlySpan<char> fifteenDigits)
    {
        int total = 0;
        for (int i = 0; i < 15; i++)
        {
            total = (total + IdentifierText.DigitValue(fifteenDigits[i])) * 2 % 11;
        }

        return Mod11Character((12 - total) % 11);
    }

    /// <summary>ISBN-10: weights 10..2 on the first nine digits, the check makes the sum 0 mod 11, 10 written X.</summary>
    public static char Isbn10(ReadOnlySpan<char> nineDigits)
    {
        int sum = 0;
        for (int i = 0; i < 9; i++)
        {
            sum += IdentifierText.DigitValue(nineDigits[i]) * (10 - i);
        }

        return Mod11Character((11 - (sum % 11)) % 11);
    }

    /// <summary>ISBN-13 (EAN-13): weights 1,3,1,3… on the first twelve digits, mod 10.</summary>
    public static char Ean13(ReadOnlySpan<char> twelveDigits)
    {
        int sum = 0;
        for (int i = 0; i < 12; i++)
        {
            sum += IdentifierText.DigitValue(twelveDigits[i]) * (i % 2 == 0 ? 1 : 3);
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    private static char Mod11Character(int value) => value == 10 ? 'X' : (char)('0' + value);
}
