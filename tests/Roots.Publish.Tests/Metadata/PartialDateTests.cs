using Roots.Publish.Metadata;

namespace Roots.Publish.Tests.Metadata;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2026", "2026", "2026")]
    [InlineData("2026-06", "2026-06", "2026/06")]
    [InlineData("2026-06-01", "2026-06-01", "2026/06/01")]
    public void Parse_IsoDate_KeepsOnlyTheKnownParts(string text, string iso, string slashes)
    {
        var date = PartialDate.Parse(text).Value;

        Assert.Equal(iso, date.ToIsoString());
        Assert.Equal(slashes, date.ToSlashString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-02-30")]
    [InlineData("26")]
    [InlineData("June 2026")]
    [InlineData("")]
    public void Parse_Invalid_FailsWithAReason(string text) =>
        Assert.False(PartialDate.Parse(text).IsSuccess);

    [Fact]
    public void YearText_EarlyYear_IsFourDigits() =>
        Assert.Equal("0999", PartialDate.Create(999).Value.YearText);
}
