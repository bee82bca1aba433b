using Roots.Publish.Metadata;

namespace Roots.Publish.Tests.Metadata;

public sealed class LanguageTagsTests
{
    [Theory]
    [InlineData("zh", "zho")]
    [InlineData("zh-Hans", "zho")]
    [InlineData("en", "eng")]
    [InlineData("en-GB", "eng")]
    [InlineData("FR", "fra")]
    [InlineData("yue", "yue")]
    [InlineData("", null)]
    [InlineData("x", null)]
    public void ToIso6393_Tag_GivesTheThreeLetterCode(string tag, string? expected) =>
        Assert.Equal(expected, LanguageTags.ToIso6393(tag));

    [Theory]
    [InlineData("zh", "zh_CN")]
    [InlineData("zh-Hant", "zh_TW")]
    [InlineData("zh-HK", "zh_HK")]
    [InlineData("en", "en_US")]
    [InlineData("en-GB", "en_GB")]
    [InlineData("sw", "sw")]
    [InlineData("en\"><", null)]
    public void ToOpenGraphLocale_Tag_GivesLanguageUnderscoreTerritory(string tag, string? expected) =>
        Assert.Equal(expected, LanguageTags.ToOpenGraphLocale(tag));

    [Theory]
    [InlineData("zh", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("en\"><script>", false)]
    [InlineData("", false)]
    [InlineData("toolongsubtag", false)]
    public void LanguageTagSyntax_IsValid_FollowsXsLanguage(string tag, bool expected) =>
        Assert.Equal(expected, LanguageTagSyntax.IsValid(tag));
}
