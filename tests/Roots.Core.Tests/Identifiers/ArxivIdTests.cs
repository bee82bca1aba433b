using Roots.Core.Identifiers;

namespace Roots.Core.Tests.Identifiers;

public class ArxivIdTests
{
    [Theory]
    [InlineData("2101.00001", "2101.00001")]
    [InlineData("arXiv:2101.00001", "2101.00001")]
    [InlineData("arXiv: 2101.00001v2", "2101.00001v2")]
    [InlineData("ARXIV:2101.00001V2", "2101.00001v2")]
    [InlineData("https://arxiv.org/abs/2101.00001", "2101.00001")]
    [InlineData("https://arxiv.org/abs/2101.00001v3?context=cs", "2101.00001v3")]
    [InlineData("https://arxiv.org/pdf/2101.00001v2.pdf", "2101.00001v2")]
    [InlineData("http://export.arxiv.org/pdf/2101.00001", "2101.00001")]
    [InlineData("0704.0001", "0704.0001")]
    [InlineData("1412.8765", "1412.8765")]
    [InlineData("1501.00001", "1501.00001")]
    [InlineData("hep-th/9901001", "hep-th/9901001")]
    [InlineData("arXiv:hep-th/9901001v2", "hep-th/9901001v2")]
    [InlineData("math.GT/0309136", "math/0309136")] // the subject class is not part of the identity
    [InlineData("https://arxiv.org/abs/math.GT/0309136", "math/0309136")]
    [InlineData("cond-mat/0703999", "cond-mat/0703999")]
    public void Normalize_NewAndOldStyle_GiveTheBareIdentifier(string written, string expected)
    {
        Assert.Equal(expected, ArxivId.Normalize(written).Value);
    }

    [Theory]
    [InlineData("2113.00001", "not a month")]
    [InlineData("2100.00001", "not a month")]
    [InlineData("2101.0001", "5 digits after the dot")] // since 2015 the number has five digits
    [InlineData("1412.12345", "4 digits after the dot")] // before 2015 it had four
    [InlineData("0612.1234", "began in April 2007")]
    [InlineData("2101.00001v0", "expected YYMM.NNNNN")]
    [InlineData("foo-bar/9901001", "not an arXiv archive")]
    [InlineData("hep-th/0801001", "run from 9108 to 0703")]
    [InlineData("hep-th/9013001", "run from 9108 to 0703")]
    [InlineData("3.14159", "expected YYMM.NNNNN")]
    [InlineData("arXiv:", "expected YYMM.NNNNN")]
    public void Normalize_Invalid_FailsWithReason(string written, string reason)
    {
        var result = ArxivId.Normalize(written);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}
