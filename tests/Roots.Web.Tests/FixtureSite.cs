using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Roots.TestKit;

namespace Roots.Web.Tests;

/// <summary>
/// A small web site on the kit's <see cref="LoopbackServer"/> for the server to collect from: a bilingual page at
/// <c>/garden</c>, a page whose server fails (<c>/broken</c>, HTTP 500), one that fails until <see cref="Recover"/> (<c>/flaky</c>, 503, then a page) and an RSS feed at <c>/feed.xml</c>.
/// The served library must allow 127.0.0.1 (<see cref="FetchAllowYaml"/>), as a user would.
/// </summary>
public sealed class FixtureSite : IAsyncDisposable
{
    public const string GardenTitle = "园艺笔记 Garden notes";

    /// <summary>roots.yaml lines that let the guarded fetcher reach loopback.</summary>
    public const string FetchAllowYaml = "\nfetch:\n  allow: [\"127.0.0.1\"]\n";

    private LoopbackServer _server = null!;

    private volatile bool _recovered;

    private FixtureSite()
    {
    }

    public Uri Address => _server.BaseUrl;

    /// <summary>From now on <c>/flaky</c> answers with its page instead of 503.</summary>
    public void Recover() => _recovered = true;

    public string Url(string path) => new Uri(Address, path).AbsoluteUri;

    public static async Task<FixtureSite> StartAsync()
    {
        var site = new FixtureSite();
        site._server = await LoopbackServer.StartAsync(site.Map);
        return site;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.MapGet("/garden", () => Results.Content(
            $"<!doctype html><html lang=\"zh\"><head><title>{GardenTitle}</title></head><body><article><h1>{GardenTitle}</h1>" +
            "<p>园丁每天给番茄浇水，知识花园也需要照料。</p><p>A gardener waters the tomatoes every morning; a knowledge garden needs tending too.</p>" +
            "</article></body></html>", "text/html; charset=utf-8"));
        app.MapGet("/broken", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
        app.MapGet("/flaky", () => !_recovered
            ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
            : Results.Content("<!doctype html><html lang=\"en\"><head><title>Back again</title></head><body><p>The server recovered; this page was collected on the retry.</p></body></html>", "text/html; charset=utf-8"));
        app.MapGet("/feed.xml", () => Results.Content(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture feed</title><link>http://127.0.0.1/</link><description>d</description>" +
            "<item><title>First entry</title><link>http://127.0.0.1/garden</link><guid>e1</guid><description>An entry about gardens.</description></item>" +
            "</channel></rss>", "application/rss+xml"));
    }
}
