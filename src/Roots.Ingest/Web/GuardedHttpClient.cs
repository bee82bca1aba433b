using System.Diagnostics;
using System.Net;
using Polly;

namespace Roots.Ingest.Web;

/// <summary>
/// The one HTTP client for every request that content or a user's add/feed command causes
/// (pages, PDFs, feeds, images, redirects). It fetches only http and https, resolves and checks
/// every address at connect time (<see cref="AddressGuard"/>, <see cref="FetchAllowList"/>),
/// ignores proxies from the environment, follows at most <see cref="FetchPolicy.MaxRedirects"/>
/// redirects checking each hop, caps time and size, retries transient failures with backoff
/// and answers with a <see cref="FetchResult"/> — never an exception, except cancellation by
/// the caller. Thread-safe; create one per library and share it (it owns a connection pool).
/// </summary>
/// <example>
/// <code>
/// using var client = new GuardedHttpClient(FetchPolicy.Default with { Allow = allowList });
/// var result = await client.FetchAsync(new Uri("https://example.org/a"));
/// if (!result.IsSuccess) Console.Error.WriteLine(result.Reason);
/// </code>
/// </example>
public sealed partial class GuardedHttpClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly FetchPolicy _policy;
    private readonly TimeProvider _time;
    private readonly HostLimiter _limiter;
    private readonly ResiliencePipeline<HopResult> _retry;

    /// <summary>Creates a client; <paramref name="policy"/> is validated (throws on out-of-range values).</summary>
    /// <param name="policy">Limits and the allow list; <see cref="FetchPolicy.Default"/> when null.</param>
    /// <param name="timeProvider">The clock for timeouts, retry delays and timings; the system clock when null.</param>
    public GuardedHttpClient(FetchPolicy? policy = null, TimeProvider? timeProvider = null)
    {
        _policy = policy ?? FetchPolicy.Default;
        _policy.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _limiter = new HostLimiter(_policy.MaxConcurrentPerHost);
        _retry = RetryPipeline.Build(_policy, _time);
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = _policy.ConnectTimeout,
            MaxResponseHeadersLength = Math.Max(1, _policy.MaxResponseHeaderBytes / 1024),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = new GuardedConnector(_policy.Allow).ConnectAsync,
        };
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The policy this client enforces.</summary>
    public FetchPolicy Policy => _policy;

    /// <summary>Fetches <paramref name="url"/> (a plain GET).</summary>
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default) =>
        FetchAsync(new FetchRequest(url), cancellationToken);

    /// <summary>
    /// Fetches <paramref name="request"/>, following redirects. Never throws for anything the
    /// network or the content does; throws <see cref="OperationCanceledException"/> only when
    /// <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _time.GetUtcNow();
        var clock = _time.GetTimestamp();
        var url = request.Url;
        var redirects = new List<RedirectHop>();
        var exchanges = new List<HttpExchange>();
        var attempts = 0;
        while (true)
        {
            if (UrlGuard.Check(url) is { } refusal)
            {
                return Finish(HopResult.Failed(refusal, transient: false, TimeSpan.Zero) with { Outcome = FetchOutcome.Refused });
            }

            var conditional = redirects.Count == 0 ? request : null;
            var hop = await _retry.ExecuteAsync(
                async token =>
                {
                    Interlocked.Increment(ref attempts);
                    return await AttemptAsync(url, conditional, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            if (hop.Exchange is { } exchange)
            {
                exchanges.Add(exchange);
            }

            if (hop.Location is null)
            {
                return Finish(hop);
            }

            if (redirects.Count >= _policy.MaxRedirects)
            {
                return Finish(HopResult.Failed(FetchReasons.TooManyRedirects(request.Url, _policy.MaxRedirects), false, hop.Elapsed));
            }

            redirects.Add(new RedirectHop(url, hop.StatusCode ?? 0, hop.Location));
            url = hop.Location;
        }

        FetchResult Finish(HopResult hop)
        {
            var exchange = hop.Outcome is FetchOutcome.Fetched or FetchOutcome.NotModified or FetchOutcome.HttpError ? hop.Exchange : null;
            var headers = exchange?.ResponseHeaders ?? [];
            return new FetchResult
            {
                Outcome = hop.Outcome,
                RequestedUrl = request.Url,
                FinalUrl = url,
                StatusCode = hop.StatusCode,
                Reason = hop.Reason,
                IsTransient = hop.IsTransient,
                Headers = headers,
                ContentType = Find(headers, "Content-Type"),
                Body = hop.Outcome == FetchOutcome.Fetched && exchange is not null ? exchange.Body : ReadOnlyMemory<byte>.Empty,
                ETag = Find(headers, "ETag"),
                LastModified = DateTimeOffset.TryParse(Find(headers, "Last-Modified"), out var lm) ? lm : null,
                Redirects = redirects,
                Exchanges = exchanges,
                Attempts = attempts,
                Timings = new FetchTimings(started, _time.GetElapsedTime(clock), hop.Elapsed),
            };
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static string? Find(IReadOnlyList<KeyValuePair<string, string>> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
