using Roots.Core.Analysis;

namespace Roots.Core.Tests.Analysis;

public class TextDirectionTests
{
    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("ar-EG", "rtl")]
    [InlineData("AR", "rtl")]
    [InlineData("he", "rtl")]
    [InlineData("iw", "rtl")]
    [InlineData("fa", "rtl")]
    [InlineData("ur", "rtl")]
    [InlineData("az-Arab", "rtl")]
    [InlineData("ku-Latn", "ltr")]
    [InlineData("ar-Latn", "ltr")]
    [InlineData("en", "ltr")]
    [InlineData("zh-Hans", "ltr")]
    [InlineData("ja", "ltr")]
    [InlineData("ru", "ltr")]
    [InlineData("", "ltr")]
    [InlineData(null, "ltr")]
    [InlineData("not a language tag at all", "ltr")]
    public void Of_LanguageTag_GivesItsDirection(string? language, string expected)
    {
        Assert.Equal(expected, TextDirection.Of(language));
        Assert.Equal(expected == "rtl", TextDirection.IsRightToLeft(language));
    }
}
