using Roots.Publish.Site.Rendering;
using Roots.Publish.Site.Search;

namespace Roots.Publish.Tests.Site;

public sealed class ThemeAndTokensTests
{
    [Fact]
    public void SearchTokens_ChineseBigramsAndLowerCaseWords()
    {
        Assert.Equal(["词元", "元之", "之后", "beyond", "tokens", "2026"], SearchTokens.Of("词元之后 Beyond TOKENS, 2026"));
        Assert.Equal(["茶"], SearchTokens.Of("茶"));
        Assert.Equal(["ｆｕｌｌ".Normalize(System.Text.NormalizationForm.FormKC)], SearchTokens.Of("ＦＵＬＬ"));
    }

    [Fact]
    public void TextToHtml_EndsAddressesAndDoisBeforeChinese()
    {
        string html = TextToHtml.Render("成果发布于独立平台(https://times.net.au)作为这些成果的长期存档，参见10.1145/3359591.3359737的讨论。");

        Assert.Contains("(<a href=\"https://times.net.au\">https://times.net.au</a>)作为这些成果", html, StringComparison.Ordinal);
        Assert.Contains("参见<a href=\"https://doi.org/10.1145/3359591.3359737\">10.1145/3359591.3359737</a>的讨论", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TextToHtml_JoinsWrappedLinesAndLinksUrls()
    {
        string html = TextToHtml.Render("Title\n\nline one\nline two https://example.org/a.\n\n中文第一行\n第二行 10.5281/zenodo.1", "Title");
        Assert.Equal("<p>line one line two <a href=\"https://example.org/a\">https://example.org/a</a>.</p>\n<p>中文第一行第二行 <a href=\"https://doi.org/10.5281/zenodo.1\">10.5281/zenodo.1</a></p>\n", html);
    }

    [Fact]
    public void Theme_FileInTemplatesFolder_ReplacesDefault()
    {
        string dir = Directory.CreateTempSubdirectory("roots-theme-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "home.liquid"), "<p>custom home {{ site_title }}</p>");
            var (site, _) = SiteFixtures.Publish(SiteFixtures.Content() with { Options = SiteFixtures.Options with { TemplateDirectory = dir } });
            try
            {
                Assert.Contains("<p>custom home The Epochal Transition</p>", File.ReadAllText(Path.Combine(site, "en", "index.html")), StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(site, recursive: true);
            }

            File.WriteAllText(Path.Combine(dir, "item.liquid"), "{% if %}");
            var broken = Roots.Publish.Site.SitePublisher.Publish(SiteFixtures.Content() with { Options = SiteFixtures.Options with { TemplateDirectory = dir } }, Path.Combine(dir, "out"));
            Assert.False(broken.IsSuccess);
            Assert.Contains("item.liquid", broken.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("AI", "ai")]
    [InlineData("machine learning", "machine-learning")]
    [InlineData("人工智能", "人工智能")]
    [InlineData("<script>", "script")]
    [InlineData("javascript:alert(1)", "javascript-alert-1")]
    [InlineData("../../etc", "etc")]
    public void Slug_IsSafeForFoldersAndUrls(string key, string slug) => Assert.Equal(slug, SitePaths.Slug(key));
}
