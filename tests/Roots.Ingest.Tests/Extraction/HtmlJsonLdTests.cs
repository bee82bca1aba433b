using Roots.Core.Extraction;
using Roots.Ingest.Extraction;

namespace Roots.Ingest.Tests.Extraction;

/// <summary>A page's authors and date from its schema.org JSON-LD, when its meta tags give none; broken JSON-LD says nothing.</summary>
public sealed class HtmlJsonLdTests
{
    private readonly HtmlExtractor _extractor = new();

    private ExtractedDocument Extract(string head) =>
        _extractor.Extract(new ExtractionRequest(System.Text.Encoding.UTF8.GetBytes(
            $"<!doctype html><html><head><title>Beyond Tokens</title>{head}</head><body><article><p>Tokens are merely fuel; the system is the engine.</p></article></body></html>"),
            MediaTypes.Html, "page.html", null)).Value;

    [Fact]
    public void JsonLdAuthorsAndDate_FillWhatTheMetaTagsLeaveUnsaid()
    {
        var page = Extract("""
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Epochal Transition"},
             {"@type":"ScholarlyArticle","author":[{"@type":"Person","name":"Wu Zhaohui"},"Li Wei"],"datePublished":"2026-06-01"}]}
            </script>
            """);

        Assert.Equal("Wu Zhaohui; Li Wei", page.Fields["author"]);
        Assert.Equal("2026-06-01", page.Fields["published"]);
    }

    [Fact]
    public void MetaTags_WinOverJsonLd()
    {
        var page = Extract("""
            <meta name="author" content="Jane Doe"><meta name="citation_publication_date" content="2025/01/02">
            <script type="application/ld+json">{"author":{"name":"Someone Else"},"datePublished":"2026-06-01"}</script>
            """);

        Assert.Equal("Jane Doe", page.Fields["author"]);
        Assert.Equal("2025/01/02", page.Fields["published"]);
    }

    [Theory]
    [InlineData("{\"author\": ")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]")]
    [InlineData("{\"author\": 42, \"datePublished\": {\"x\": 1}}")]
    [InlineData("")]
    public void BrokenOrOddJsonLd_SaysNothing_AndThePageIsStillRead(string json)
    {
        var page = Extract($"<script type=\"application/ld+json\">{json}</script>");

        Assert.False(page.Fields.ContainsKey("author"));
        Assert.False(page.Fields.ContainsKey("published"));
        Assert.Contains("merely fuel", page.Text);
    }
}
