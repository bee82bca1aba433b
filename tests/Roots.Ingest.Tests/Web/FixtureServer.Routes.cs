using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Roots.Ingest.Tests.Extraction;

namespace Roots.Ingest.Tests.Web;

/// <summary>The fixture routes.</summary>
public sealed partial class FixtureServer
{
    public const string GbkText = "中文网页的标题与正文，用于测试字符集的识别是否正确。知识管理系统需要正确读取简体中文。";
    public const string Big5Text = "繁體中文網頁的內容，用於測試字元集的辨識是否正確。圖書館與檔案館保存人類的知識。";

    private void Map(WebApplication app)
    {
        app.MapGet("/gbk", c => Send(c, Legacy("gbk",
            $"<html><head><meta charset=\"gbk\"><title>中文标题</title></head><body><article><h1>中文标题</h1><p>{GbkText}</p><p>{GbkText}</p></article></body></html>"),
            "text/html"));
        app.MapGet("/big5", c => Send(c, Legacy("big5",
            $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"><title>繁體標題</title></head><body><p>{Big5Text}</p><p>{Big5Text}</p></body></html>"),
            "text/html"));
        app.MapGet("/gbk-undeclared", c => Send(c, Legacy("gbk", $"<html><body><p>{GbkText}{GbkText}{GbkText}</p></body></html>"), "text/html"));
        app.MapGet("/header-wins", c => Send(c, Legacy("big5", $"<html><head><meta charset=\"gbk\"></head><body><p>{Big5Text}</p></body></html>"), "text/html; charset=big5"));
        app.MapGet("/article", c => Send(c, Utf8(WebFixtures.ArticleHtml), "text/html; charset=utf-8"));
        app.MapGet("/paper.pdf", c => Send(c, TestPdfs.Build("A Paper", "Ada Lovelace", ["The analytical engine weaves algebraic patterns."]), "application/pdf"));
        app.MapGet("/gzip", c =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            return Send(c, Gzip(Utf8(WebFixtures.ArticleHtml)), "text/html; charset=utf-8");
        });
        app.MapGet("/bomb", c =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            return Send(c, Gzip(new byte[32 * 1024 * 1024]), "text/html");
        });
        app.MapGet("/truncated-gzip", c =>
        {
            c.Response.Headers.ContentEncoding = "gzip";
            var full = Gzip(Utf8(WebFixtures.ArticleHtml + new string('x', 50_000)));
            return Send(c, full[..(full.Length / 2)], "text/html");
        });
        app.MapGet("/redirect/{n:int}", (HttpContext c, int n) =>
        {
            c.Response.StatusCode = n % 2 == 0 ? 302 : 301;
            c.Response.Headers.Location = n <= 0 ? "/article" : $"/redirect/{n - 1}";
            return Task.CompletedTask;
        });
        app.MapGet("/to", (HttpContext c, string url) =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = url;
            return Task.CompletedTask;
        });
        app.MapGet("/trickle", async c =>
        {
            c.Response.ContentType = "text/html";
            for (var i = 0; i < 1000 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.Body.WriteAsync(Utf8("."), c.RequestAborted);
                await c.Response.Body.FlushAsync(c.RequestAborted);
                await Task.Delay(100, c.RequestAborted);
            }
        });
        app.MapGet("/endless", async c =>
        {
            c.Response.ContentType = "text/html";
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            while (!c.RequestAborted.IsCancellationRequested)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
        });
        app.MapGet("/status/{code:int}", (HttpContext c, int code) => Send(c, Utf8($"status {code}"), "text/plain", code));
        app.MapGet("/fail-then-ok", (HttpContext c, string key, int fails, int code, int? retryAfter) =>
        {
            var n = Hits(c.Request.Path + c.Request.QueryString);
            if (n <= fails)
            {
                if (code == 429 || code == 503)
                {
                    c.Response.Headers.RetryAfter = (retryAfter ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return Send(c, Utf8("busy"), "text/plain", code);
            }

            return Send(c, Utf8("<html><body><p>recovered</p></body></html>"), "text/html");
        });
        app.MapGet("/etag", c =>
        {
            c.Response.Headers.ETag = "\"v1\"";
            c.Response.Headers.LastModified = "Wed, 01 Jan 2025 00:00:00 GMT";
            var inm = c.Request.Headers.IfNoneMatch.ToString();
            var ims = c.Request.Headers.IfModifiedSince.ToString();
            if (inm == "\"v1\"" || (inm.Length == 0 && ims.Length > 0 && DateTimeOffset.Parse(ims) >= new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)))
            {
                c.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            return Send(c, Utf8("<p>versioned</p>"), "text/html");
        });
        app.MapGet("/huge-headers", c =>
        {
            c.Response.Headers["X-Huge"] = new string('h', 200 * 1024);
            return Send(c, Utf8("x"), "text/html");
        });
        app.MapGet("/empty", c => Send(c, [], "text/html"));
        app.MapGet("/garbage", c => Send(c, TestEncodings.RandomBytes(20_000), "text/html"));
        app.MapGet("/bad-charset", c => Send(c, Utf8("<html><body><p>plain ascii text with a bogus label</p></body></html>"), "text/html; charset=x-no-such-charset"));
        app.MapGet("/concurrent/{i:int}", Concurrent);
        app.MapGet("/echo-headers", c => Send(c, Utf8(string.Join("\n", c.Request.Headers.Select(h => $"{h.Key}: {h.Value}"))), "text/plain"));
        MapFeeds(app);
    }
}
