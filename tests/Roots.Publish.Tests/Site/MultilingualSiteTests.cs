using System.Text.RegularExpressions;
using Roots.Publish.Site.Check;
using Roots.Publish.Site.Rendering;

namespace Roots.Publish.Tests.Site;

/// <summary>
/// A ten-language publish of the small fixture library: every page speaks its own language in the
/// theme's words, Arabic pages are right to left (and nothing else is), and content in the other
/// direction keeps its own.
/// </summary>
public sealed partial class MultilingualSiteTests : IDisposable
{
    private static readonly string[] s_ten = ["zh", "en", "ja", "ko", "fr", "de", "es", "ru", "ar", "pt"];

    private readonly string _dir = SiteFixtures.Publish(SiteFixtures.Content() with { Options = SiteFixtures.Options with { Languages = s_ten } }).Directory;

    public static TheoryData<string> Languages => [.. s_ten];

    private string Read(string path) => File.ReadAllText(Path.Combine(_dir, path));

    [Fact]
    public void Check_AcceptsTheTenLanguageSite()
    {
        var report = SiteChecker.Check(_dir, SiteFixtures.BaseUrl);
        Assert.True(report.Ok, string.Join("\n", report.Problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryPage_HasItsLanguageAndDirection_OnTheHtmlElement(string lang)
    {
        string dir = lang == "ar" ? "rtl" : "ltr";
        var pages = Directory.GetFiles(Path.Combine(_dir, lang), "index.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 10);
        Assert.All(pages, page => Assert.Contains($"<html lang=\"{lang}\" dir=\"{dir}\">", File.ReadAllText(page), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Navigation_IsInThePageLanguage(string lang)
    {
        var words = UiText.For(lang);
        string nav = Nav().Match(Read(lang + "/items/2/index.html")).Groups[1].Value;

        Assert.Contains($">{words["home"]}</a>", nav, StringComparison.Ordinal);
        Assert.Contains($">{words["tags"]}</a>", nav, StringComparison.Ordinal);
        Assert.Contains($">{words["categories"]}</a>", nav, StringComparison.Ordinal);
        Assert.Contains($">{words["search"]}</a>", nav, StringComparison.Ordinal);
        if (lang != "en")
        {
            Assert.DoesNotContain(">Home</a>", nav, StringComparison.Ordinal);
            Assert.DoesNotContain(">Categories</a>", nav, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void JapanesePages_SayTheirWordsInJapanese_TheSearchPageToo()
    {
        Assert.Contains("<a href=\"../../../ja/\">ホーム</a>", Read("ja/items/2/index.html"), StringComparison.Ordinal);
        Assert.Contains("<h2>新着記事</h2>", Read("ja/index.html"), StringComparison.Ordinal);
        string search = Read("ja/search/index.html");
        Assert.Contains("placeholder=\"タイトル・キーワード・要旨を検索…\"", search, StringComparison.Ordinal);
        Assert.Contains("data-none=\"見つかりませんでした。\"", search, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"ja\" dir=\"ltr\">キーワード：</span>", Read("ja/items/2/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void ArabicItemPage_IsRightToLeft_AndItsEnglishContentLeftToRight()
    {
        string page = Read("ar/items/2/index.html");

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../../../ar/\">الرئيسية</a>", page, StringComparison.Ordinal);
        // The work exists only in English: its article, title and keywords keep left to right inside the Arabic page.
        Assert.Contains("<article lang=\"en\" dir=\"ltr\">", page, StringComparison.Ordinal);
        Assert.Contains("<article lang=\"en\" dir=\"ltr\">\n<h1>Notes on web archiving</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kw\" lang=\"en\" dir=\"ltr\">WARC</span>", page, StringComparison.Ordinal);
        Assert.Contains("<aside lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("<pre dir=\"ltr\">@", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en/items/1/index.html")]
    [InlineData("ar/items/1/index.html")]
    [InlineData("zh/index.html")]
    [InlineData("index.html")]
    public void LanguageSwitcher_MarksEachEntryWithItsLanguageAndDirection(string path)
    {
        string page = Read(path);
        var entries = SwitcherEntry().Matches(page).Select(m => (Lang: m.Groups[1].Value, Dir: m.Groups[2].Value, Name: m.Groups[3].Value)).ToList();

        Assert.Equal(s_ten, entries.Select(e => e.Lang).Distinct());
        Assert.All(entries, e => Assert.Equal(e.Lang == "ar" ? "rtl" : "ltr", e.Dir));
        Assert.Contains(entries, e => e is { Lang: "ar", Name: "العربية" });
    }

    [Fact]
    public void Lists_GiveEachTitleItsOwnDirection()
    {
        string home = Read("ar/index.html");
        Assert.Contains("lang=\"en\" dir=\"ltr\">Notes on web archiving</a>", home, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh\" dir=\"ltr\">", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Theme_UsesNoPhysicalLeftOrRight()
    {
        string css = CssComment().Replace(Read("assets/site.css"), "");
        Assert.DoesNotMatch(PhysicalSide(), css);
        Assert.Contains("margin-inline-end: auto", css, StringComparison.Ordinal);
    }

    [GeneratedRegex("<nav aria-label=\"[^\"]*\">(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex Nav();

    [GeneratedRegex("(?:hreflang=\"[a-z]+\"|aria-current=\"page\") lang=\"([a-z]+)\" dir=\"(rtl|ltr)\">([^<]+)<")]
    private static partial Regex SwitcherEntry();

    [GeneratedRegex(@"(?<![-\w])(left|right)\s*:|(margin|padding|border)-(left|right)|float\s*:|text-align\s*:\s*(left|right)")]
    private static partial Regex PhysicalSide();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CssComment();

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
