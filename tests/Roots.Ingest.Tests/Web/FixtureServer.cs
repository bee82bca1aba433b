using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roots.Ingest.Tests.Extraction;
using Roots.Ingest.Web;

namespace Roots.Ingest.Tests.Web;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (port chosen by the OS) serving the fixtures of the web
/// tests: charsets, an article with rich metadata, a PDF, redirect chains, slow and endless
/// bodies, a gzip bomb, transient errors, conditional GET and feeds. Counts requests per path so
/// that tests can prove what was (not) sent.
/// </summary>
public sealed partial class FixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private int _inFlight;
    private int _maxInFlight;

    public FixtureServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            o.Limits.MaxResponseBufferSize = null;
        });
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            _hits.AddOrUpdate(context.Request.Path + context.Request.QueryString, 1, (_, n) => n + 1);
            await next(context);
        });
        Map(_app);
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    public int Port => BaseUrl.Port;

    /// <summary>An allow list naming exactly this server (address and port), nothing else.</summary>
    public FetchAllowList AllowThisServer => FetchAllowList.Parse($"127.0.0.1:{Port}").Value;

    /// <summary>Fast limits for tests: short timeouts, small caps, tiny retry delays.</summary>
    public FetchPolicy Policy => new()
    {
        Allow = AllowThisServer,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        ResponseTimeout = TimeSpan.FromSeconds(5),
        MaxBodyBytes = 4 * 1024 * 1024,
        MaxDecompressedBytes = 4 * 1024 * 1024,
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
    };

    public int TotalHits => _hits.Values.Sum();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public Uri Url(string relative) => new(BaseUrl, relative);

    public int Hits(string pathAndQuery) => _hits.TryGetValue(pathAndQuery, out var n) ? n : 0;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Task Send(HttpContext context, byte[] body, string contentType, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Legacy(string encoding, string text) => TestEncodings.Encode(encoding, text);

    private async Task Concurrent(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        await Task.Delay(150);
        Interlocked.Decrement(ref _inFlight);
        await Send(context, Utf8("<p>ok</p>"), "text/html");
    }
}
