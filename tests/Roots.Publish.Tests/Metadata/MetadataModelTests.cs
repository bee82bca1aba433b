using Roots.Publish.Metadata;
using Roots.Publish.Tests.Support;

namespace Roots.Publish.Tests.Metadata;

public sealed class MetadataModelTests
{
    [Fact]
    public void FromSpdx_KnownLicence_FillsUrlAndName()
    {
        var license = License.FromSpdx("cc-by-4.0");

        Assert.Equal("CC-BY-4.0", license.SpdxId);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", license.Url);
        Assert.Equal("Creative Commons Attribution 4.0 International", license.DisplayName);
    }

    [Fact]
    public void FromSpdx_UnknownLicence_KeepsTheId()
    {
        var license = License.FromSpdx("LicenseRef-Custom");

        Assert.Null(license.Url);
        Assert.Equal("LicenseRef-Custom", license.DisplayName);
    }

    [Fact]
    public void Resolve_TitleInRecordLanguage_IsTheTitleProper()
    {
        var r = ResolvedRecord.Of(Records.BilingualEn);

        Assert.Equal("Beyond Tokens: What Is Truly Scarce in the Age of AI?", r.TitleText);
        Assert.Equal("zh", Assert.Single(r.TranslatedTitles).Language);
        Assert.Equal("en", r.Abstract!.Language);
    }

    [Fact]
    public void Resolve_OwnWorkWithoutCreatorsPublisherOrLicence_TakesTheJournals()
    {
        var record = Records.BilingualZh with { Creators = [], Publisher = null, License = null, IsOwnWork = true };

        var r = ResolvedRecord.Of(record);

        Assert.Equal("Wu", Assert.Single(r.Creators).FamilyName);
        Assert.Equal("The Epochal Transition", r.Publisher);
        Assert.Equal("CC-BY-4.0", r.License!.SpdxId);
    }

    [Fact]
    public void Resolve_SomeoneElsesWorkWithoutCreators_HasNoAuthor_NotTheJournals()
    {
        // Li Wei's essay on a site whose site.authors is Wu Zhaohui: its author is unknown, never Wu.
        var record = Records.BilingualZh with { Creators = [], IsOwnWork = false };

        var r = ResolvedRecord.Of(record);

        Assert.Empty(r.Creators);
        Assert.Equal("The Epochal Transition", r.Publisher);
    }

    [Fact]
    public void CleanText_ControlCharactersAndLoneSurrogates_AreRemovedOrReplaced()
    {
        Assert.Equal("ab\uFFFDc\td", CleanText.Of("a\u0000b\ud800c\t\u0007d"));
        Assert.Equal("😀", CleanText.Of("😀"));
        Assert.Equal("one two", CleanText.OneLine("  one\r\n\ttwo \n"));
    }
}
