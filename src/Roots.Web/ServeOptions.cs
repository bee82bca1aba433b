using System.Net;

namespace Roots.Web;

/// <summary>How <c>roots serve</c> listens and what it runs in the background.</summary>
public sealed record ServeOptions
{
    /// <summary>The default port.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The library directory (must hold a library).</summary>
    public required string LibraryDirectory { get; init; }

    /// <summary>The address to bind; loopback (127.0.0.1, the default) needs no login.</summary>
    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    /// <summary>The port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// Treat the server as reachable from other machines although it binds loopback: a reverse
    /// proxy in front, or tests. Exposed servers require the access token for every request.
    /// </summary>
    public bool Exposed { get; init; }

    /// <summary>More host names the Host header may carry (a proxy's name); loopback names and the bind address are always allowed.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>The largest upload accepted, in bytes (default 32 MiB); larger requests get 413.</summary>
    public long MaxUploadBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>The largest JSON body accepted, in bytes (default 1 MiB); a note is text, not a file.</summary>
    public long MaxJsonBytes { get; init; } = 1024 * 1024;

    /// <summary>How often pending embeddings are run (default 1 minute); zero turns the worker off.</summary>
    public TimeSpan EmbedInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the <c>watch:</c> folders of roots.yaml are scanned for new and changed files (default 1 minute, first at start); zero turns it off.</summary>
    public TimeSpan WatchInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often due feeds are polled (default 5 minutes); zero turns the poller off.</summary>
    public TimeSpan FeedInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often the server looks for queued jobs nobody is running (default 30 s) and works them off
    /// like <c>roots worker</c>: jobs retried on the Jobs page, or left by an interrupted import. Only
    /// jobs that waited a whole interval are taken, so that URLs a request is collecting right now stay
    /// that request's. Zero turns the worker off.
    /// </summary>
    public TimeSpan WorkInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>These options with every background round off (embedding, watching, feeds, the job worker): <c>roots serve --no-background</c>.</summary>
    public ServeOptions WithoutBackgroundWork() =>
        this with { EmbedInterval = TimeSpan.Zero, WatchInterval = TimeSpan.Zero, FeedInterval = TimeSpan.Zero, WorkInterval = TimeSpan.Zero };

    /// <summary>How many libraries (SQLite connections) serve requests at once (default 2: memory over throughput).</summary>
    public int Connections { get; init; } = 2;

    /// <summary>
    /// How long an answer of <c>/api/search</c> may be reused for the same query (default 1 s, the
    /// refresh interval of Elasticsearch); zero turns the cache off. Changes made through this
    /// server clear it at once; see <see cref="Hosting.SearchCache"/>.
    /// </summary>
    public TimeSpan SearchCacheAge { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>True when every request needs the access token: not loopback, or <see cref="Exposed"/>.</summary>
    public bool RequiresToken => Exposed || !IPAddress.IsLoopback(Bind);
}
