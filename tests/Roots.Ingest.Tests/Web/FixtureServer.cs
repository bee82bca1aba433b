using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Roots.Ingest.Tests.Extraction;
using Roots.Ingest.Web;
using Roots.TestKit;

namespace Roots.Ingest.Tests.Web;

/// <summary>
/// The kit's <see cref="LoopbackServer"/> serving the fixtures of the web tests: charsets, an article with rich
/// metadata, a PDF, redirect chains, slow and endless bodies, a gzip bomb, transient errors, conditional GET and
/// feeds. Counts requests per path and query so that tests can prove what was (not) sent.
/// </summary>
public sealed partial class FixtureServer : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private int _inFlight;
    private int _maxInFlight;

    // Unbuffered responses, so the endless and trickling bodies reach the client as they are written.
    public FixtureServer() => _server = LoopbackServer.Start(Map, kestrel => kestrel.Limits.MaxResponseBufferSize = null);

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl => _server.BaseUrl;

    public int Port => _server.Port;

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

    public int TotalHits => _server.TotalHits;

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public Uri Url(string relative) => _server.Url(relative);

    public int Hits(string pathAndQuery) => _server.Hits(pathAndQuery);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

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
