using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Roots.Web.Tests;

/// <summary>
/// A small web site on a free loopback port for the server to collect from: a bilingual page at
/// <c>/garden</c>, a page whose server fails (<c>/broken</c>, HTTP 500) and an RSS feed at <c>/feed.xml</c>.
/// The served library must allow 127.0.0.1 (<see cref="FetchAllowYaml"/>), as a user would.
/// </summary>
public sealed class FixtureSite : IAsyncDisposable
{
    public const string GardenTitle = "园艺笔记 Garden notes";

    /// <summary>roots.yaml lines that let the guarded fetcher reach loopback.</summary>
    public const string FetchAllowYaml = "\nfetch:\n  allow: [\"127.0.0.1\"]\n";

    private readonly WebApplication _app;

    private FixtureSite(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public string Url(string path) => new Uri(Address, path).AbsoluteUri;

    public static async Task<FixtureSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/garden", () => Results.Content(
            $"<!doctype html><html lang=\"zh\"><head><title>{GardenTitle}</title></head><body><article><h1>{GardenTitle}</h1>" +
            "<p>园丁每天给番茄浇水，知识花园也需要照料。</p><p>A gardener waters the tomatoes every morning; a knowledge garden needs tending too.</p>" +
            "</article></body></html>", "text/html; charset=utf-8"));
        app.MapGet("/broken", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
        app.MapGet("/feed.xml", () => Results.Content(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture feed</title><link>http://127.0.0.1/</link><description>d</description>" +
            "<item><title>First entry</title><link>http://127.0.0.1/garden</link><guid>e1</guid><description>An entry about gardens.</description></item>" +
            "</channel></rss>", "application/rss+xml"));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new FixtureSite(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
