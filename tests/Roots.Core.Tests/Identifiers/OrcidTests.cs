using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

public class OrcidTests
{
    [Theory]
    [InlineData("0000-0002-1825-0097")]
    [InlineData("0000-0001-5109-3700")]
    [InlineData("0000-0002-1694-233X")]
    [InlineData("0009-0009-5318-3027")] // from the seed essay: the 0009 block ORCID opened in 2023
    public void IsValid_RealOrcidIds_AreValid(string orcid)
    {
        Assert.True(Orcid.IsValid(orcid));
    }

    [Theory]
    [InlineData("0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("0000000218250097", "0000-0002-1825-0097")]
    [InlineData("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("http://orcid.org/0000-0002-1825-0097/", "0000-0002-1825-0097")]
    [InlineData("orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("ORCID: 0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("ORCID iD 0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("orcid:0000-0002-1825-0097", "0000-0002-1825-0097")]
    [InlineData("0000-0002-1694-233x", "0000-0002-1694-233X")]
    public void Normalize_WrittenForms_GiveFourHyphenatedGroups(string written, string expected)
    {
        Assert.Equal(expected, Orcid.Normalize(written).Value);
    }

    [Theory]
    [InlineData("0000-0002-1825-0098", "should be 7, not 8")]
    [InlineData("0000-0002-1694-2330", "should be X, not 0")]
    [InlineData("0000-0002-1825-009", "16 characters")]
    [InlineData("0000-0002-1825-00977", "16 characters")]
    [InlineData("0000-000X-1825-0097", "fifteen digits")]
    [InlineData("https://orcid.org/signin", "16 characters")]
    public void Normalize_Invalid_FailsWithReason(string written, string reason)
    {
        var result = Orcid.Normalize(written);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}
