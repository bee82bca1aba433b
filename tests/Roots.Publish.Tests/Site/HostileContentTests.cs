using AngleSharp.Html.Parser;
using Roots.Publish.Site.Rendering;

namespace Roots.Publish.Tests.Site;

/// <summary>Nothing collected can run in a reader's browser: no script, handler, javascript: URL, frame, form, SVG or style survives.</summary>
public sealed class HostileContentTests : IDisposable
{
    private static readonly string[] s_banned = ["iframe", "form", "input", "svg", "style", "object", "embed", "img", "textarea", "math", "base"];

    // Relative links, fragments, and http(s)/mailto only.
    private static readonly System.Text.RegularExpressions.Regex s_safeUrl = new(@"^(https?:|mailto:|[^:]*$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private readonly string _dir = SiteFixtures.Publish().Directory;

    [Fact]
    public void EveryPage_HasNoActiveContentFromItems()
    {
        var parser = new HtmlParser();
        foreach (string file in Directory.EnumerateFiles(_dir, "*.html", SearchOption.AllDirectories))
        {
            using var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var script in document.QuerySelectorAll("script"))
            {
                // Only the site's own search script, and the JSON-LD data block (not executable).
                bool own = script.GetAttribute("src")?.EndsWith("assets/search.js", StringComparison.Ordinal) == true && script.TextContent.Length == 0;
                bool data = script.GetAttribute("type") == "application/ld+json" && !script.TextContent.Contains('<');
                Assert.True(own || data, $"{file}: unexpected script {script.OuterHtml}");
            }

            bool searchPage = file.EndsWith(Path.Combine("search", "index.html"), StringComparison.Ordinal);
            foreach (var element in document.All)
            {
                string[] banned = searchPage ? s_banned.Where(n => n != "input").ToArray() : s_banned;
                Assert.DoesNotContain(element.LocalName, banned);
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file}: event handler {element.OuterHtml}");
                    Assert.NotEqual("style", attribute.Name);
                    // The theme's empty favicon (data:,) keeps browsers from requesting /favicon.ico; it is the one data: URL.
                    bool themeIcon = element.LocalName == "link" && element.GetAttribute("rel") == "icon" && attribute.Value == "data:,";
                    bool url = !themeIcon && attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href";
                    Assert.False(url && !s_safeUrl.IsMatch(attribute.Value.Trim()), $"{file}: unsafe URL {element.OuterHtml}");
                }
            }

            var csp = document.QuerySelector("meta[http-equiv=Content-Security-Policy]");
            Assert.NotNull(csp);
            Assert.Equal(SitePlanner.ContentSecurityPolicy, csp!.GetAttribute("content"));
        }
    }

    [Fact]
    public void HostileText_IsShownAsText()
    {
        string page = File.ReadAllText(Path.Combine(_dir, "en", "items", "3", "index.html"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,hi\">x</a>")]
    [InlineData("<p onclick=\"alert(1)\" style=\"color:red\">x</p>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<form><input></form>")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>")]
    public void Sanitizer_RemovesActiveMarkup(string html)
    {
        string clean = ContentSanitizer.Sanitize(html);
        Assert.DoesNotContain("javascript", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitizer_KeepsHttpLinks()
    {
        string clean = ContentSanitizer.Sanitize("<p><a href=\"https://doi.org/10.1/x\">d</a> <a href=\"mailto:a@b.org\">m</a></p>");
        Assert.Contains("href=\"https://doi.org/10.1/x\"", clean, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:a@b.org\"", clean, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
