using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

/// <summary>
/// Inputs built to make a careless scanner slow or wrong. The time bounds are generous (the scan
/// takes a small fraction of them) so a busy build machine does not make them flaky; what they
/// catch is quadratic or exponential behaviour, which misses them by orders of magnitude.
/// </summary>
public class IdentifierExtractorHostileInputTests
{
    private static readonly TimeSpan s_budget = TimeSpan.FromSeconds(2);

    [Fact]
    public void Extract_TenMegabytesOfDigitsAndDashes_FinishesWithinTwoSeconds()
    {
        // given 10 MB of random digits and dashes: every position looks like the start of an ISSN,
        // ORCID iD or ISBN, and bare NNNN-NNNN shapes abound
        var random = new Random(20260101);
        var chars = new char[10_000_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = "0123456789-"[random.Next(11)];
        }

        string text = new(chars);

        // when scanned
        var stopwatch = Stopwatch.StartNew();
        var found = IdentifierExtractor.Extract(text);
        stopwatch.Stop();

        // then quickly, and only ORCID iDs can be found without a label (none of which are 0000-0000-… with a bad check)
        Assert.True(stopwatch.Elapsed < s_budget, $"took {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.All(found, identifier => Assert.Equal(IdentifierKind.Orcid, identifier.Kind));
    }

    [Fact]
    public void Extract_HundredThousandDoiStarts_FindsNothingQuickly()
    {
        // given "10.10.10.…": every position could begin a DOI
        string text = string.Concat(Enumerable.Repeat("10.", 100_000));

        var stopwatch = Stopwatch.StartNew();
        var found = IdentifierExtractor.Extract(text);
        stopwatch.Stop();

        Assert.Empty(found);
        Assert.True(stopwatch.Elapsed < s_budget, $"took {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Theory]
    [InlineData("10.1234/", "(", null)] // a DOI whose suffix never ends, made of characters it may contain
    [InlineData("https://example.org/", ")", "url:https://example.org")] // a URL ending in brackets to trim
    [InlineData("https://", "a.", null)] // a URL far over the length limit
    [InlineData("ISSN ", "ISSN ", null)] // labels with no numbers
    [InlineData("", "0000-000", null)] // ORCID starts that never complete
    [InlineData("", "arXiv: ", null)]
    [InlineData("", "http:// ", null)] // URL starts without hosts
    public void Extract_OneMegabyteRepeatingPattern_FinishesWithinBudget(string head, string repeated, string? expected)
    {
        string text = head + string.Concat(Enumerable.Repeat(repeated, 1_000_000 / repeated.Length));

        var stopwatch = Stopwatch.StartNew();
        var found = IdentifierExtractor.Extract(text);
        stopwatch.Stop();

        string[] expectedFound = expected is null ? [] : [expected];
        Assert.Equal(expectedFound, found.Select(identifier => identifier.ToString()));
        Assert.True(stopwatch.Elapsed < s_budget, $"took {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Property(MaxTest = 200)]
    public Property Extract_RandomTextFromIdentifierCharacters_ReturnsOnlyDistinctValidIdentifiers() =>
        Prop.ForAll(
            Gen.Elements("10.", "1234", "/", "0000-", "000", "2-1825-0097", "ISSN ", "ISBN ", "arXiv:", "https://",
                    "doi.org/", "orcid.org/", "x", "X", "-", ".", ")", "(", " ", "见", "：", "3083-5178", "978-0-306-40615-7")
                .ListOf()
                .Select(parts => string.Concat(parts))
                .ToArbitrary(),
            text =>
            {
                // given text stitched from the pieces identifiers are made of
                var found = IdentifierExtractor.Extract(text);

                // then no duplicates, and each one is already in its normalised, valid form
                return found.Distinct().Count() == found.Count
                    && found.All(identifier => Identifier.Create(identifier.Kind, identifier.Value) is { IsSuccess: true } again
                        && again.Value == identifier);
            });
}
