using System.Text;
using AngleSharp.Html.Parser;
using Roots.Core.Extraction;
using Roots.Ingest.Extraction;
using Roots.Ingest.Tests.Extraction;
using Roots.Ingest.Web;

namespace Roots.Ingest.Tests.Web;

[Collection(FixtureServerCollection.Name)]
public sealed class WebPageExtractorTests(FixtureServer server)
{
    private readonly WebPageExtractor _extractor = new();

    private async Task<(FetchResult Fetch, WebPage Page)> FetchPage(string path)
    {
        using var client = new GuardedHttpClient(server.Policy);
        var fetch = await client.FetchAsync(server.Url(path));
        Assert.True(fetch.IsSuccess, fetch.Reason);
        var page = _extractor.ExtractPage(fetch);
        Assert.True(page.IsSuccess, page.Error);
        return (fetch, page.Value);
    }

    [Fact]
    public async Task ExtractPage_GbkWithMetaOnly_DecodesChinese()
    {
        var (fetch, page) = await FetchPage("gbk");
        Assert.Null(fetch.Charset);
        Assert.Equal("gb18030", page.Document.Fields["charset"]);
        Assert.Contains(FixtureServer.GbkText, page.Document.Text);
        Assert.Equal("中文标题", page.Document.Title);
    }

    [Fact]
    public async Task ExtractPage_Big5WithHttpEquiv_DecodesTraditionalChinese()
    {
        var (_, page) = await FetchPage("big5");
        Assert.Equal("big5", page.Document.Fields["charset"]);
        Assert.Contains(FixtureServer.Big5Text, page.Document.Text);
    }

    [Fact]
    public async Task ExtractPage_GbkUndeclared_IsDetected()
    {
        var (_, page) = await FetchPage("gbk-undeclared");
        Assert.Contains(FixtureServer.GbkText, page.Document.Text);
    }

    [Fact]
    public async Task ExtractPage_HeaderCharsetBeatsMeta()
    {
        var (_, page) = await FetchPage("header-wins");
        Assert.Equal("big5", page.Document.Fields["charset"]);
        Assert.Contains(FixtureServer.Big5Text, page.Document.Text);
    }

    [Fact]
    public async Task ExtractPage_InvalidCharsetName_FallsBackAndReads()
    {
        var (_, page) = await FetchPage("bad-charset");
        Assert.Contains("bogus label", page.Document.Text);
    }

    [Fact]
    public async Task ExtractPage_Article_ReadsMetadataFromEverySource()
    {
        var (_, page) = await FetchPage("article");
        var meta = page.Metadata;

        Assert.Equal("Roots of Knowledge: Local-First Libraries", meta.Title);
        Assert.Equal(["Lovelace, Ada", "Babbage, Charles"], meta.Authors);
        Assert.Equal("2024-03-05", meta.Published);
        Assert.Equal("The Example Journal", meta.SiteName);
        Assert.Equal("en-GB", meta.Language);
        Assert.Equal(server.Url("articles/roots"), meta.CanonicalUrl);
        Assert.Equal("10.1234/roots.2024.001", meta.Doi);
        Assert.Equal("ScholarlyArticle", meta.Type);
        Assert.Equal("smartreader", page.Document.Fields["extractor"]);
        Assert.Equal("10.1234/roots.2024.001", page.Document.Fields["doi"]);
        Assert.Equal("Lovelace, Ada; Babbage, Charles", page.Document.Fields["author"]);
    }

    [Fact]
    public async Task ExtractPage_Article_KeepsArticleDropsFurniture()
    {
        var (_, page) = await FetchPage("article");
        var text = page.Document.Text;
        Assert.Contains("Local-first software keeps the library", text);
        Assert.Contains("Why archives matter", text);
        Assert.Contains("Keep the original bytes.", text);
        Assert.DoesNotContain("All rights reserved", text);
        Assert.DoesNotContain("Archive About", text);
    }

    [Fact]
    public void Read_JsonLdOnly_FillsFromGraph()
    {
        const string html = """
            <html><head><script type="application/ld+json">{ broken json </script>
            <script type="application/ld+json">[{"@context":"https://schema.org","@type":["NewsArticle"],
              "headline":"LD headline","datePublished":"2023-11-02T08:30:00+08:00","inLanguage":"zh-CN",
              "author":"王小明","publisher":{"@type":"Organization","name":"新闻网"},
              "identifier":{"@type":"PropertyValue","propertyID":"DOI","value":"10.5555/XYZ.1"}}]</script>
            </head><body><p>x</p></body></html>
            """;
        using var doc = new HtmlParser().ParseDocument(html);
        var meta = PageMetadataReader.Read(doc, new Uri("https://news.example/a"));

        Assert.Equal("LD headline", meta.Title);
        Assert.Equal(["王小明"], meta.Authors);
        Assert.Equal("2023-11-02T00:30:00Z", meta.Published);
        Assert.Equal("新闻网", meta.SiteName);
        Assert.Equal("zh-CN", meta.Language);
        Assert.Equal("10.5555/xyz.1", meta.Doi);
        Assert.Equal("NewsArticle", meta.Type);
    }

    [Fact]
    public void Read_DublinCoreAndOpenGraph_AreUsedWhenNothingBetter()
    {
        const string html = """
            <html><head><title>Fallback title</title>
            <meta name="DC.creator" content="Grace Hopper"><meta name="DC.date" content="1952">
            <meta name="DC.identifier" content="doi:10.1000/182"><meta property="og:locale" content="en_US">
            <meta property="og:url" content="https://site.example/p"></head><body></body></html>
            """;
        using var doc = new HtmlParser().ParseDocument(html);
        var meta = PageMetadataReader.Read(doc, null);

        Assert.Equal("Fallback title", meta.Title);
        Assert.Equal(["Grace Hopper"], meta.Authors);
        Assert.Equal("1952", meta.Published);
        Assert.Equal("10.1000/182", meta.Doi);
        Assert.Equal("en-US", meta.Language);
        Assert.Equal(new Uri("https://site.example/p"), meta.CanonicalUrl);
    }

    [Fact]
    public async Task Fetch_Pdf_IsExtractedByMediaType()
    {
        using var client = new GuardedHttpClient(server.Policy);
        var fetch = await client.FetchAsync(server.Url("paper.pdf"));
        Assert.Equal("application/pdf", fetch.MediaType);

        var doc = ExtractorSet.Default.Extract(new ExtractionRequest(fetch.Body, fetch.MediaType!, fetch.FinalUrl.AbsoluteUri));

        Assert.True(doc.IsSuccess, doc.Error);
        Assert.Contains("analytical engine", doc.Value.Text);
        Assert.Equal("A Paper", doc.Value.Title);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("garbage")]
    public async Task ExtractPage_HostileBody_FailsWithReason(string path)
    {
        using var client = new GuardedHttpClient(server.Policy);
        var fetch = await client.FetchAsync(server.Url(path));
        var page = _extractor.ExtractPage(fetch);
        Assert.False(page.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(page.Error));
    }

    [Fact]
    public void ExtractPage_DeeplyNested_DoesNotOverflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 20_000));
        var page = _extractor.ExtractPage(Encoding.UTF8.GetBytes(html), "utf-8", null);
        Assert.True(page.IsSuccess, page.Error);
        Assert.Contains("deep text", page.Value.Document.Text);
    }

    [Theory]
    [InlineData("shift_jis", "日本語のウェブページです。文字コードの判定を確認します。図書館と文書館は知識を保存します。")]
    [InlineData("euc-kr", "한국어 웹 페이지입니다. 문자 인코딩 감지를 확인합니다. 도서관은 지식을 보존합니다.")]
    [InlineData("windows-1251", "Это русская веб-страница для проверки определения кодировки текста библиотеки.")]
    [InlineData("windows-1252", "Ceci est une page française : élève, déjà, où, garçon, cœur — très bien.")]
    public void ExtractPage_LegacyCharsetByMetaOnly_DecodesRight(string charset, string text)
    {
        var html = TestEncodings.Encode(charset, $"<html><head><meta charset=\"{charset}\"></head><body><p>{text}</p></body></html>");
        var page = _extractor.ExtractPage(html, null, null);
        Assert.True(page.IsSuccess, page.Error);
        Assert.Contains(text, page.Value.Document.Text);
    }
}
