using Roots.App.Ingest;
using Roots.App.UseCases;

namespace Roots.App.Collect;

/// <summary>Folders that are collected as they change: one watched by <c>roots watch</c>, and the <c>watch:</c> folders of <c>roots.yaml</c> that <c>roots serve</c> scans.</summary>
public sealed class WatchedFolders
{
    private readonly CollectKit _kit;
    private readonly FileCollector _files;

    internal WatchedFolders(CollectKit kit, FileCollector files)
    {
        _kit = kit;
        _files = files;
    }

    /// <summary>
    /// The folders of <c>watch:</c> in <c>roots.yaml</c>, as full paths with their tags: absolute, or
    /// relative to the library folder, with a leading <c>~/</c> meaning the home folder.
    /// </summary>
    public IReadOnlyList<(string Folder, IReadOnlyList<string> Tags)> WatchFolders =>
        [.. _kit.Config.Watch.Select(w => (FullWatchPath(w.Path), (IReadOnlyList<string>)w.Tags))];

    /// <summary>
    /// One round over the watch folders, as <c>roots serve</c> runs it: each folder is added like
    /// <c>roots add FOLDER</c> (unchanged files are skipped by size and time, so a quiet folder costs
    /// a directory listing). A folder that is missing is reported as a failure and the others go on.
    /// </summary>
    public async Task<IngestReport> ScanWatchFoldersAsync(CancellationToken stop = default)
    {
        var report = new IngestReport();
        foreach (var (folder, tags) in WatchFolders)
        {
            stop.ThrowIfCancellationRequested();
            if (!System.IO.Directory.Exists(folder))
            {
                report.Failures.Add(new FailedInput(folder, "watch folder not found"));
                continue;
            }

            IngestReports.Merge(report, await _files.AddPathsAsync([folder], new AddOptions(tags.Count > 0 ? tags : null), null, stop).ConfigureAwait(false));
        }

        return report;
    }

    private string FullWatchPath(string path)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.Length > 2 ? path[2..] : "");
        }

        return Path.GetFullPath(path, _kit.Directory);
    }

    /// <summary>
    /// Collects what is dropped into <paramref name="directory"/> until <paramref name="stop"/>:
    /// file events are debounced (a file being written is collected once it rests), and a periodic
    /// rescan catches what the watcher misses (network drives, overflowing event buffers).
    /// </summary>
    /// <param name="directory">The folder to watch (recursively).</param>
    /// <param name="options">Tags for everything added.</param>
    /// <param name="onReport">Called after each round that collected or failed something.</param>
    /// <param name="rescan">How often to rescan in any case (default 60 s).</param>
    /// <param name="stop">Ends the watch.</param>
    public async Task WatchAsync(string directory, AddOptions options, Action<IngestReport> onReport, TimeSpan? rescan = null, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(onReport);
        using var watcher = new FolderWatcher(directory, FolderWatcher.DefaultQuiet, rescan ?? FolderWatcher.DefaultRescan, _kit.Time);
        while (!stop.IsCancellationRequested)
        {
            var report = await _files.AddPathsAsync([directory], options, null, stop).ConfigureAwait(false);
            if (report.Added + report.Updated + report.Failures.Count + report.Duplicates.Count > 0 || report.StoppedByDiskFull is not null)
            {
                onReport(report);
            }

            if (!await watcher.WaitAsync(stop).ConfigureAwait(false))
            {
                break;
            }
        }
    }
}
