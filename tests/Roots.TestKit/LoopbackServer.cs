using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Roots.TestKit;

/// <summary>
/// A real Kestrel server on 127.0.0.1, port chosen by the OS, serving the routes a test adds. It counts the
/// requests it receives per path and query, so a test can prove what was (not) sent. Fixture servers with
/// behaviour of their own (feeds, charsets, a fake model provider) are built on it instead of hosting Kestrel
/// themselves.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    // Requests still running at the end (a hung answer, an endless body) are cut after this long.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits;

    private LoopbackServer(WebApplication app, ConcurrentDictionary<string, int> hits)
    {
        _app = app;
        _hits = hits;
        var address = new Uri(app.Urls.First());
        BaseUrl = new Uri($"http://127.0.0.1:{address.Port}/");
    }

    /// <summary>The server's root, <c>http://127.0.0.1:PORT/</c> (ending in a slash, so relative URLs resolve under it).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The port the OS gave the server.</summary>
    public int Port => BaseUrl.Port;

    /// <summary>All requests received, on any path.</summary>
    public int TotalHits => _hits.Values.Sum();

    /// <summary>
    /// Starts a server whose middleware and routes <paramref name="routes"/> adds (<c>app.MapGet</c>, <c>app.Use</c> …);
    /// <paramref name="kestrel"/> may change Kestrel's limits. The request counter runs before anything it adds.
    /// </summary>
    public static async Task<LoopbackServer> StartAsync(Action<WebApplication> routes, Action<KestrelServerOptions>? kestrel = null)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            kestrel?.Invoke(options);
        });
        var app = builder.Build();
        var hits = new ConcurrentDictionary<string, int>();
        app.Use(async (context, next) =>
        {
            hits.AddOrUpdate(context.Request.Path + context.Request.QueryString, 1, (_, n) => n + 1);
            await next(context);
        });
        routes(app);
        await app.StartAsync();
        return new LoopbackServer(app, hits);
    }

    /// <summary>
    /// <see cref="StartAsync"/> for fixtures built in a constructor. Safe under xUnit, which runs tests without a
    /// synchronization context.
    /// </summary>
    public static LoopbackServer Start(Action<WebApplication> routes, Action<KestrelServerOptions>? kestrel = null) =>
        StartAsync(routes, kestrel).GetAwaiter().GetResult();

    /// <summary><paramref name="relative"/> resolved against <see cref="BaseUrl"/>.</summary>
    public Uri Url(string relative) => new(BaseUrl, relative);

    /// <summary>Requests received for <paramref name="pathAndQuery"/> (e.g. <c>/page/a</c> or <c>/to?url=x</c>).</summary>
    public int Hits(string pathAndQuery) => _hits.TryGetValue(pathAndQuery, out var n) ? n : 0;

    /// <summary>Stops the server, cutting requests still running after a short grace.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(StopGrace))
        {
            await _app.StopAsync(stop.Token);
        }

        await _app.DisposeAsync();
    }
}
