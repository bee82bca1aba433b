using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

/// <summary>
/// The check-digit algorithms against random bodies: a body with its computed check character is
/// accepted in every written form, and every single-digit typo of it is rejected (which ISSN,
/// ORCID, ISBN-10 and ISBN-13 checks all guarantee).
/// </summary>
public class CheckDigitPropertyTests
{
    [Property(MaxTest = 300)]
    public Property IssnNormalize_BodyWithComputedCheckDigit_RoundTripsWithAndWithoutHyphen() =>
        Prop.ForAll(CheckDigitOracle.Digits(7), body =>
        {
            // given seven random digits and the check character computed from the standard
            string compact = CheckDigitOracle.Issn(body);
            string hyphenated = CheckDigitOracle.Hyphenate(compact, 4);

            // then both written forms, and the lower-case x variant, normalise to NNNN-NNNC
            return Issn.Normalize(hyphenated).Value == hyphenated
                && Issn.Normalize(compact).Value == hyphenated
                && Issn.Normalize("ISSN " + hyphenated.ToLowerInvariant()).Value == hyphenated;
        });

    [Property(MaxTest = 300)]
    public Property IssnIsValid_AnySingleDigitSubstitution_IsRejected() =>
        Prop.ForAll(CheckDigitOracle.Digits(7), body =>
        {
            string issn = CheckDigitOracle.Issn(body);
            return CheckDigitOracle.SingleDigitSubstitutions(issn).All(typo => !Issn.IsValid(typo));
        });

    [Property(MaxTest = 300)]
    public Property OrcidNormalize_BodyWithComputedCheckCharacter_RoundTrips() =>
        Prop.ForAll(CheckDigitOracle.Digits(15), body =>
        {
            string compact = CheckDigitOracle.Orcid(body);
            string hyphenated = CheckDigitOracle.Hyphenate(compact, 4, 4, 4);

            return Orcid.Normalize(hyphenated).Value == hyphenated
                && Orcid.Normalize(compact).Value == hyphenated
                && Orcid.Normalize("https://orcid.org/" + hyphenated).Value == hyphenated;
        });

    [Property(MaxTest = 300)]
    public Property OrcidIsValid_AnySingleDigitSubstitution_IsRejected() =>
        Prop.ForAll(CheckDigitOracle.Digits(15), body =>
        {
            string orcid = CheckDigitOracle.Hyphenate(CheckDigitOracle.Orcid(body), 4, 4, 4);
            return CheckDigitOracle.SingleDigitSubstitutions(orcid).All(typo => !Orcid.IsValid(typo));
        });

    [Property(MaxTest = 300)]
    public Property IsbnNormalize_Isbn13WithComputedCheckDigit_RoundTrips() =>
        Prop.ForAll(CheckDigitOracle.Digits(9), Arb.From(Gen.Elements("978", "979")), (body, prefix) =>
        {
            string isbn = CheckDigitOracle.Ean13(prefix + body);
            string written = CheckDigitOracle.Hyphenate(isbn, 3, 1, 4, 4);

            return Isbn.Normalize(isbn).Value == isbn && Isbn.Normalize("ISBN-13: " + written).Value == isbn;
        });

    [Property(MaxTest = 300)]
    public Property IsbnIsValid_AnySingleDigitSubstitutionOfIsbn13_IsRejected() =>
        Prop.ForAll(CheckDigitOracle.Digits(9), Arb.From(Gen.Elements("978", "979")), (body, prefix) =>
        {
            string isbn = CheckDigitOracle.Ean13(prefix + body);
            return CheckDigitOracle.SingleDigitSubstitutions(isbn).All(typo => !Isbn.IsValid(typo));
        });

    [Property(MaxTest = 300)]
    public Property IsbnNormalize_Isbn10WithComputedCheck_BecomesThe978Isbn13() =>
        Prop.ForAll(CheckDigitOracle.Digits(9), body =>
        {
            // given a valid ISBN-10 (its check may be X)
            string isbn10 = CheckDigitOracle.Isbn10(body);

            // then it normalises to the 978 ISBN-13 of the same nine digits, however written
            string expected = CheckDigitOracle.Ean13("978" + body);
            return Isbn.Normalize(isbn10).Value == expected
                && Isbn.Normalize("ISBN-10 " + CheckDigitOracle.Hyphenate(isbn10, 1, 3, 5).ToLowerInvariant()).Value == expected;
        });

    [Property(MaxTest = 300)]
    public Property IsbnIsValid_AnySingleDigitSubstitutionOfIsbn10_IsRejected() =>
        Prop.ForAll(CheckDigitOracle.Digits(9), body =>
        {
            string isbn10 = CheckDigitOracle.Isbn10(body);
            return CheckDigitOracle.SingleDigitSubstitutions(isbn10).All(typo => !Isbn.IsValid(typo));
        });
}
