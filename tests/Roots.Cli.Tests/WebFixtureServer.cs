using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Roots.TestKit;

namespace Roots.Cli.Tests;

/// <summary>
/// The kit's <see cref="LoopbackServer"/> serving pages, a GBK page, a feed and near-duplicate articles to the roots
/// process under test. Responses carry an ETag and answer a matching If-None-Match with 304; every request is
/// counted per path.
/// </summary>
public sealed class WebFixtureServer : IAsyncDisposable
{
    public const string GbkSentence = "中文网页的标题与正文，用于测试字符集的识别是否正确。知识管理系统需要正确读取简体中文。";

    private readonly ConcurrentDictionary<string, string> _pages = new();
    private readonly LoopbackServer _server;

    static WebFixtureServer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public WebFixtureServer() => _server = LoopbackServer.Start(Map);

    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>The environment that opens exactly this server (address and port) to roots.</summary>
    public IReadOnlyDictionary<string, string> AllowEnvironment => new Dictionary<string, string> { ["ROOTS_FETCH_ALLOW"] = $"127.0.0.1:{BaseUrl.Port}" };

    public string Url(string relative) => _server.Url(relative).AbsoluteUri;

    public int Hits(string path) => _server.Hits(path);

    /// <summary>Serves (or replaces) an article at <c>/page/NAME</c>.</summary>
    public string Page(string name, string title, string text)
    {
        _pages[name] = Article(title, text, "example");
        return Url($"page/{name}");
    }

    /// <summary>Serves (or replaces) <paramref name="html"/>, a whole page, at <c>/page/NAME</c>.</summary>
    public string Html(string name, string html)
    {
        _pages[name] = html;
        return Url($"page/{name}");
    }

    public static string Article(string title, string text, string site) =>
        $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
        <meta property="og:site_name" content="{site}"><meta name="citation_author" content="Ada Lovelace">
        <meta name="citation_publication_date" content="2024/05/01"></head>
        <body><nav><a href="/">{site} home</a></nav><article><h1>{title}</h1>
        {string.Concat(text.Split("\n\n").Select(p => $"<p>{p}</p>"))}
        </article></body></html>
        """;

    public static string LongText() => string.Join("\n\n", Enumerable.Range(0, 12).Select(i =>
        $"Paragraph {i} of the essay considers how libraries keep knowledge across generations, " +
        $"why archives copy their holdings, and what readers number {i} expect to find when they return years later."));

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.MapGet("/page/{name}", (HttpContext c, string name) =>
            _pages.TryGetValue(name, out var body) ? Send(c, Encoding.UTF8.GetBytes(body), "text/html; charset=utf-8") : NotFound(c));
        app.MapGet("/gbk", c => Send(c, Encoding.GetEncoding("gbk").GetBytes(
            $"<html><head><meta charset=\"gbk\"><title>中文标题</title></head><body><article><h1>中文标题</h1><p>{GbkSentence}</p><p>{GbkSentence}</p></article></body></html>"),
            "text/html"));
        app.MapGet("/feed.xml", c => Send(c, Encoding.UTF8.GetBytes(Rss()), "application/rss+xml"));
        app.MapGet("/dupe/{site}", (HttpContext c, string site) => Send(c, Encoding.UTF8.GetBytes(Article("Shared essay", LongText(), site)), "text/html; charset=utf-8"));
    }

    private static string Rss() =>
        """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Fixture Blog</title><link>http://example.invalid/</link>
        <item><title>First post</title><link>http://example.invalid/1</link><guid>post-1</guid>
          <description>The first post of the fixture blog talks about archives and their readers.</description></item>
        <item><title>Second post</title><link>http://example.invalid/2</link><guid>post-2</guid>
          <description>The second post of the fixture blog talks about feeds and conditional requests.</description></item>
        </channel></rss>
        """;

    private static Task Send(HttpContext context, byte[] body, string contentType)
    {
        string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = 304;
            return Task.CompletedTask;
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
}
