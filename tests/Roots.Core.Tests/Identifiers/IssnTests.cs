using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

public class IssnTests
{
    [Theory]
    [InlineData("3083-5178")]
    [InlineData("0317-8471")]
    [InlineData("2049-3630")]
    [InlineData("0378-5955")]
    [InlineData("2434-561X")]
    public void IsValid_RealIssns_AreValid(string issn)
    {
        Assert.True(Issn.IsValid(issn));
    }

    [Theory]
    [InlineData("3083-5178", "3083-5178")]
    [InlineData("30835178", "3083-5178")]
    [InlineData("ISSN 3083-5178", "3083-5178")]
    [InlineData("ISSN: 3083-5178", "3083-5178")]
    [InlineData("ISSN：3083-5178", "3083-5178")] // full-width colon, as Chinese text writes it
    [InlineData("issn:3083-5178", "3083-5178")]
    [InlineData("eISSN 2049-3630", "2049-3630")]
    [InlineData("3083\u20135178", "3083-5178")] // en dash from a PDF
    [InlineData("https://portal.issn.org/resource/ISSN/3083-5178", "3083-5178")]
    [InlineData("2434-561x", "2434-561X")]
    [InlineData("2434561x", "2434-561X")]
    public void Normalize_WrittenForms_GiveNnnnDashNnnc(string written, string expected)
    {
        Assert.Equal(expected, Issn.Normalize(written).Value);
    }

    [Theory]
    [InlineData("3083-5177", "should be 8, not 7")]
    [InlineData("2434-5610", "should be X, not 0")]
    [InlineData("3083-517", "8 characters")]
    [InlineData("3083-51788", "8 characters")]
    [InlineData("ABCD-EFGH", "seven digits")]
    [InlineData("308X-5178", "seven digits")]
    [InlineData("", "no ISSN given")]
    public void Normalize_Invalid_FailsWithReason(string written, string reason)
    {
        var result = Issn.Normalize(written);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}
