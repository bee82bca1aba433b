using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

public class DoiTests
{
    [Theory]
    [InlineData("10.5281/zenodo.17978371")]
    [InlineData("doi:10.5281/zenodo.17978371")]
    [InlineData("DOI 10.5281/ZENODO.17978371")]
    [InlineData("DOI: 10.5281/zenodo.17978371")]
    [InlineData("https://doi.org/10.5281/zenodo.17978371")]
    [InlineData("http://dx.doi.org/10.5281/zenodo.17978371")]
    [InlineData("https://dx.doi.org/10.5281/zenodo.17978371")]
    [InlineData("https://doi.org/10.5281%2Fzenodo.17978371")]
    [InlineData("  10.5281/zenodo.17978371.  ")]
    [InlineData("10.5281/zenodo.17978371。")]
    [InlineData("10.5281/zenodo.17978371）")]
    [InlineData("10.5281/zenodo.17978371),")]
    public void Normalize_CommonWrittenForms_GiveTheLowerCaseBareDoi(string written)
    {
        // when any common spelling of the Zenodo DOI is normalised, then it is the one stored form
        Assert.Equal("10.5281/zenodo.17978371", Doi.Normalize(written).Value);
    }

    [Theory]
    [InlineData("10.1145/3359591.3359737", "10.1145/3359591.3359737")]
    [InlineData("10.1000/abc(1)", "10.1000/abc(1)")]
    [InlineData("10.1000/abc(1)).", "10.1000/abc(1)")]
    [InlineData("10.1000/abc)", "10.1000/abc")]
    [InlineData("10.1000/A;B:C/D_E-F", "10.1000/a;b:c/d_e-f")]
    [InlineData("10.123456789/x", "10.123456789/x")]
    public void Normalize_ValidDois_KeepEverythingButTrailingSentencePunctuation(string written, string expected)
    {
        Assert.Equal(expected, Doi.Normalize(written).Value);
    }

    [Theory]
    [InlineData("", "no DOI given")]
    [InlineData("   ", "no DOI given")]
    [InlineData("11.1234/abc", "starts with 10.")]
    [InlineData("10.123/abc", "4 to 9 digits")]
    [InlineData("10.1234567890/abc", "4 to 9 digits")]
    [InlineData("10.1234/", "followed by / and a suffix")]
    [InlineData("10.1234", "followed by / and a suffix")]
    [InlineData("10.1234/a b", "only letters, digits")]
    [InlineData("10.1234/abc<def>", "only letters, digits")]
    [InlineData("10.١٢٣٤/abc", "4 to 9 digits")] // Arabic-Indic digits are not the ASCII digits Crossref means
    public void Normalize_InvalidInput_FailsWithOneLineReason(string written, string reason)
    {
        var result = Doi.Normalize(written);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void Normalize_KelvinSignInSuffix_IsRejectedNotFoldedToK()
    {
        // given a suffix with U+212A KELVIN SIGN, which case-insensitive regexes equate with K
        var result = Doi.Normalize("10.1234/\u212Aabc");

        // then it is not a DOI (the pattern is ASCII-only)
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Normalize_ReasonForMultiLineInput_StaysOnOneLine()
    {
        var result = Doi.Normalize("10.1234/abc\ndef");

        Assert.False(result.IsSuccess);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Theory]
    [InlineData("10.5281/zenodo.17978371", true)]
    [InlineData("doi:10.1145/3359591.3359737", true)]
    [InlineData("zenodo.17978371", false)]
    public void IsValid_AgreesWithNormalize(string written, bool expected)
    {
        Assert.Equal(expected, Doi.IsValid(written));
    }

    [Fact]
    public void Normalize_TooLong_FailsWithoutWorkingOnIt()
    {
        string huge = "10.1234/" + new string('a', 5_000);

        Assert.False(Doi.Normalize(huge).IsSuccess);
    }
}
