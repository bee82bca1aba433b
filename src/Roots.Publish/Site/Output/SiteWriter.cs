using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Roots.Publish.Site.Output;

/// <summary>
/// Writes a planned site into a folder incrementally: a file whose input key matches the manifest
/// and still exists is skipped without rendering; a rendered file is written only when its bytes
/// differ from what is on disk; files the last publish wrote that are no longer planned are deleted.
/// </summary>
/// <remarks>
/// Rendering runs on every core (pages are independent); the manifest is saved last, so a publish
/// interrupted half-way re-renders what it had not recorded. Every file, the manifest included, is
/// written through <see cref="AtomicFile"/>, so a publish killed at any moment leaves each file
/// whole (old or new); the temporaries such a publish leaves are removed by the next one.
/// Deterministic: the bytes depend only on the plan.
/// </remarks>
public static class SiteWriter
{
    /// <summary>Writes <paramref name="plan"/> into <paramref name="directory"/>.</summary>
    /// <param name="plan">The files of the site.</param>
    /// <param name="directory">The output folder; created when missing.</param>
    /// <param name="progress">Told the number of files done so far, now and then.</param>
    /// <param name="cancellationToken">Stops between files; what was written stays, the manifest is not updated.</param>
    /// <param name="beforeRendering">
    /// Told the entries that will be rendered (new, changed, or missing from the folder) before any
    /// is: for a caller that prepares what only those need (reads their texts, say).
    /// </param>
    /// <param name="manifest">The folder's manifest, when the caller has loaded it already (on another thread while planning, say); null: loaded here.</param>
    public static SiteWriteReport Write(IReadOnlyList<SitePlanEntry> plan, string directory, IProgress<int>? progress = null, CancellationToken cancellationToken = default,
        Action<IReadOnlyList<SitePlanEntry>>? beforeRendering = null, SiteManifest? manifest = null)
    {
        var pass = Compare(plan, directory, progress, manifest);
        beforeRendering?.Invoke(pass.Todo);
        return Render(pass, plan, directory, progress, cancellationToken);
    }

    /// <summary>
    /// As <see cref="Write"/>, with a <paramref name="beforeRendering"/> that works asynchronously: a
    /// caller reads what the entries to render need (their texts, from a database) without blocking.
    /// </summary>
    /// <param name="plan">The files of the site.</param>
    /// <param name="directory">The output folder; created when missing.</param>
    /// <param name="beforeRendering">Told the entries that will be rendered, before any is; rendering starts when its task ends.</param>
    /// <param name="progress">Told the number of files done so far, now and then.</param>
    /// <param name="manifest">The folder's manifest, when the caller has loaded it already; null: loaded here.</param>
    /// <param name="cancellationToken">Stops between files; what was written stays, the manifest is not updated.</param>
    public static async Task<SiteWriteReport> WriteAsync(IReadOnlyList<SitePlanEntry> plan, string directory,
        Func<IReadOnlyList<SitePlanEntry>, CancellationToken, Task> beforeRendering, IProgress<int>? progress = null, SiteManifest? manifest = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(beforeRendering);
        var pass = Compare(plan, directory, progress, manifest);
        await beforeRendering(pass.Todo, cancellationToken).ConfigureAwait(false);
        return Render(pass, plan, directory, progress, cancellationToken);
    }

    /// <summary>What the comparison of a plan with the folder found: the files kept as they are, and those to render.</summary>
    private sealed record Pass(SiteManifest Old, ConcurrentDictionary<string, SiteManifestEntry> Next, List<SitePlanEntry> Todo, int Done);

    private static Pass Compare(IReadOnlyList<SitePlanEntry> plan, string directory, IProgress<int>? progress, SiteManifest? manifest)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Directory.CreateDirectory(directory);
        AtomicFile.RemoveStale(directory);
        var old = manifest ?? SiteManifest.Load(directory);
        var next = new ConcurrentDictionary<string, SiteManifestEntry>(StringComparer.Ordinal);
        int done = 0;

        // Decide what to render first, in one cheap pass, then render only that on every core, each
        // worker taking the next entry when done, last planned first: the few large site-wide files
        // (sitemap, search indexes, feeds) come last in the plan and must not wait behind the pages.
        var todo = new List<SitePlanEntry>();
        foreach (var entry in plan)
        {
            if (old.Files.TryGetValue(entry.Path, out var before) && before.Key == entry.InputKey && File.Exists(Path.Combine(directory, entry.Path)))
            {
                next[entry.Path] = before;
                if (++done % 500 == 0)
                {
                    progress?.Report(done);
                }
            }
            else
            {
                todo.Add(entry);
            }
        }

        return new Pass(old, next, todo, done);
    }

    private static SiteWriteReport Render(Pass pass, IReadOnlyList<SitePlanEntry> plan, string directory, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var (old, next, todo, done) = pass;
        var written = new ConcurrentBag<string>();
        int rendered = 0;
        todo.Reverse();
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(todo, loadBalance: true), options, entry =>
        {
            var before = old.Files.GetValueOrDefault(entry.Path);
            string path = Path.Combine(directory, entry.Path);
            Interlocked.Increment(ref rendered);
            byte[] bytes = entry.Render();
            string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (WriteIfChanged(path, bytes, before?.Sha256 == sha ? sha : null))
            {
                written.Add(entry.Path);
            }

            next[entry.Path] = new SiteManifestEntry(entry.InputKey, sha);
            int count = Interlocked.Increment(ref done);
            if (count % 500 == 0)
            {
                progress?.Report(count);
            }
        });

        int removed = 0;
        foreach (string gone in old.Files.Keys.Where(p => !next.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            string path = Path.Combine(directory, gone);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed++;
                RemoveEmptyFolders(Path.GetDirectoryName(path)!, directory);
            }
        }

        // Nothing rendered and nothing of the old manifest dropped: it would be saved byte for byte
        // as it is (3.9 MB of JSON for 20,000 files), so a publish that changed nothing skips it.
        if (todo.Count > 0 || old.Files.Count != next.Count)
        {
            new SiteManifest { Files = new(next, StringComparer.Ordinal) }.Save(directory);
        }

        progress?.Report(plan.Count);
        return new SiteWriteReport(plan.Count, rendered, written.Count, removed, written.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/> unless the file already holds
    /// exactly them; <paramref name="knownSha256"/>, when the manifest says the file had these
    /// bytes, lets a same-size file be trusted without reading it back. Written through
    /// <see cref="AtomicFile"/>: a reader sees the old file or the new one, never part of it.
    /// </summary>
    /// <returns>True when the file was written.</returns>
    public static bool WriteIfChanged(string path, byte[] bytes, string? knownSha256 = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var info = new FileInfo(path);
        if (info.Exists && info.Length == bytes.Length && (knownSha256 is not null || File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteAllBytes(path, bytes);
        return true;
    }

    private static void RemoveEmptyFolders(string folder, string root)
    {
        string top = Path.GetFullPath(root);
        for (var dir = new DirectoryInfo(folder); dir is not null && Path.GetFullPath(dir.FullName) != top && dir.Exists; dir = dir.Parent)
        {
            if (dir.EnumerateFileSystemInfos().Any())
            {
                return;
            }

            dir.Delete();
        }
    }
}
