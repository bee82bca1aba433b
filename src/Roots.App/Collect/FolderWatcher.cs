namespace Roots.App.Collect;

/// <summary>
/// Says when a watched folder is worth scanning again: after file events have been quiet for a
/// moment (a file being copied raises many events; it is collected once, when it rests), or when
/// the periodic rescan is due, whichever comes first. The watcher is only a hint: the scan that
/// follows decides what changed, so a missed or doubled event never loses or duplicates anything.
/// </summary>
public sealed class FolderWatcher : IDisposable
{
    /// <summary>How long events must be quiet before a scan (default 2 s).</summary>
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromSeconds(2);

    /// <summary>How often to scan without events (default 60 s).</summary>
    public static readonly TimeSpan DefaultRescan = TimeSpan.FromSeconds(60);

    private readonly FileSystemWatcher? _watcher;
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _rescan;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _events = new(0, int.MaxValue);

    /// <summary>Starts watching <paramref name="directory"/> recursively; a folder that cannot be watched is rescanned only.</summary>
    public FolderWatcher(string directory, TimeSpan quiet, TimeSpan rescan, TimeProvider time)
    {
        _quiet = quiet;
        _rescan = rescan;
        _time = time;
        try
        {
            _watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, InternalBufferSize = 64 * 1024 };
            _watcher.Created += (_, _) => _events.Release();
            _watcher.Changed += (_, _) => _events.Release();
            _watcher.Renamed += (_, _) => _events.Release();
            _watcher.Error += (_, _) => _events.Release();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is ArgumentException or IOException or PlatformNotSupportedException)
        {
            _watcher?.Dispose();
            _watcher = null;
        }
    }

    /// <summary>Waits until a scan is due; false when <paramref name="stop"/> fired.</summary>
    public async Task<bool> WaitAsync(CancellationToken stop)
    {
        try
        {
            if (!await EventWithinAsync(_rescan, stop).ConfigureAwait(false))
            {
                return true; // the periodic rescan
            }

            // Debounce: wait until no event came for the quiet period.
            while (await EventWithinAsync(_quiet, stop).ConfigureAwait(false))
            {
                while (_events.CurrentCount > 0 && _events.Wait(0))
                {
                }
            }

            return true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task<bool> EventWithinAsync(TimeSpan timeout, CancellationToken stop)
    {
        using var timer = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timer.Token);
        try
        {
            await _events.WaitAsync(linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher?.Dispose();
        _events.Dispose();
    }
}
