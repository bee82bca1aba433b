using Roots.App.Ingest;
using Roots.App.UseCases;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// The folders of <c>watch:</c> in <c>roots.yaml</c>, as full paths with their tags: absolute, or
    /// relative to the library folder, with a leading <c>~/</c> meaning the home folder.
    /// </summary>
    public IReadOnlyList<(string Folder, IReadOnlyList<string> Tags)> WatchFolders =>
        [.. Config.Watch.Select(w => (FullWatchPath(w.Path), (IReadOnlyList<string>)w.Tags))];

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

            IngestReports.Merge(report, await AddPathsAsync([folder], new AddOptions(tags.Count > 0 ? tags : null), null, stop).ConfigureAwait(false));
        }

        return report;
    }

    private string FullWatchPath(string path)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.Length > 2 ? path[2..] : "");
        }

        return Path.GetFullPath(path, Directory);
    }
}
