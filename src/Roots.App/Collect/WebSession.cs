using Roots.Ingest.Web;
using Roots.Ingest.Web.Warc;

namespace Roots.App.Collect;

/// <summary>
/// The one guarded HTTP client of a library's web work, and the WARC writer every response it
/// collects goes to (<c>archive/warc/</c>). One per use case call, shared by all its concurrent
/// fetches, so the per-host limit (2 in flight) holds across pages, feeds and articles.
/// </summary>
/// <remarks>Thread-safe: the client and the writer both are.</remarks>
public sealed class WebSession : IAsyncDisposable
{
    private readonly GuardedHttpClient _client;
    private readonly WarcWriter _warc;

    /// <summary>Opens a session with <paramref name="policy"/>, archiving under <paramref name="warcDirectory"/>.</summary>
    public WebSession(FetchPolicy policy, string warcDirectory, TimeProvider? time = null)
    {
        _client = new GuardedHttpClient(policy, time);
        _warc = new WarcWriter(warcDirectory, timeProvider: time);
    }

    /// <summary>Fetches and archives every exchange (redirects and error pages too: they are what the server said).</summary>
    /// <remarks>A WARC write failure (disk full) fails the fetch with the reason rather than keeping an unarchived copy.</remarks>
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken stop)
    {
        var result = await _client.FetchAsync(request, stop).ConfigureAwait(false);
        if (result.Exchanges.Count > 0)
        {
            await _warc.WriteAsync(result, CancellationToken.None).ConfigureAwait(false);
        }

        return result;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _warc.DisposeAsync().ConfigureAwait(false);
    }
}
