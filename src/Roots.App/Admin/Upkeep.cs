using System.Collections.Concurrent;
using Roots.App.Configuration;
using Roots.App.Ingest;
using Roots.App.Ingest.Stages;
using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Archive;

namespace Roots.App.Admin;

/// <summary><c>roots verify</c> (and <c>--repair</c>) and <c>roots reindex</c>: keeping the library whole.</summary>
/// <param name="items">The items and their versions.</param>
/// <param name="index">The full-text index.</param>
/// <param name="archive">The archive of originals.</param>
/// <param name="config">The library's configuration (how text is analysed for the index).</param>
/// <param name="checkIntegrity">The store's own integrity check: null when well-formed, else what is wrong.</param>
/// <param name="restoreFromArchive">Collects again the archived originals no item refers to.</param>
/// <param name="writeSidecars">Writes every sidecar from the database; returns how many.</param>
public sealed class Upkeep(
    IItemStore items,
    ISearchIndex index,
    FileArchive archive,
    LibraryConfig config,
    Func<CancellationToken, ValueTask<string?>> checkIntegrity,
    Func<IProgress<IngestProgress>?, CancellationToken, Task<IngestReport>> restoreFromArchive,
    Func<CancellationToken, Task<int>> writeSidecars)
{
    /// <summary>
    /// Checks the library both ways: every version's original is present and hashes to its
    /// address, the database is well-formed, the index covers every item; and every archived
    /// original belongs to an item (one that does not was lost by the database or left by a
    /// killed run), and no temporary file of a killed writer lies in the archive.
    /// </summary>
    public async Task<VerifyReport> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new VerifyReport();
        var integrity = await checkIntegrity(cancellationToken).ConfigureAwait(false);
        if (integrity is not null)
        {
            report.Problems.Add($"database: {integrity}");
        }

        var versions = await AllVersionsAsync(cancellationToken).ConfigureAwait(false);
        var damaged = await CheckOriginalsAsync(versions, progress, cancellationToken).ConfigureAwait(false);
        report.Problems.AddRange(damaged.Select(p => $"item {p.Version.ItemId} version {p.Version.Number}: {p.Problem}"));
        report.VersionsChecked = versions.Count;
        report.Items = await items.CountAsync(cancellationToken).ConfigureAwait(false);
        report.IndexEntries = await index.CountAsync(cancellationToken).ConfigureAwait(false);
        if (report.IndexEntries != report.Items)
        {
            report.Problems.Add($"index: {report.IndexEntries} entries for {report.Items} items; run roots reindex");
        }

        var referenced = versions.Select(v => v.Sha256).ToHashSet(StringComparer.Ordinal);
        var unreferenced = archive.EnumerateAddresses().Where(sha => !referenced.Contains(sha)).ToList();
        report.UnreferencedOriginals = unreferenced.Count;
        report.RestorableOriginals = unreferenced.Count(sha => archive.ReadSidecar(sha) is not null);
        if (unreferenced.Count > 0)
        {
            report.Problems.Add(
                $"archive: {unreferenced.Count} archived originals belong to no item ({report.RestorableOriginals} with a sidecar naming their source): " +
                "lost by the database or left by a killed run; roots verify --repair collects them again");
        }

        report.StaleTemporaryFiles = archive.FindStaleTemporaryFiles().Count;
        if (report.StaleTemporaryFiles > 0)
        {
            report.Problems.Add($"archive: {report.StaleTemporaryFiles} unfinished temporary files left by killed writers; roots verify --repair removes them");
        }

        report.MissingSidecars = referenced.Count(sha => !File.Exists(archive.SidecarPathOf(sha)));
        return report;
    }

    /// <summary>
    /// <c>roots verify --repair</c>: brings back what the archive (and the sources still on disk)
    /// can. Temporary files of killed writers are removed; originals no item refers to are
    /// collected again from their sidecars; a missing or damaged original whose source file
    /// still holds the same bytes is archived again; every sidecar is written from the database.
    /// </summary>
    public async Task<RepairReport> RepairAsync(IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var repair = new RepairReport { TemporaryFilesRemoved = archive.RemoveStaleTemporaryFiles() };
        var versions = await AllVersionsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (version, problem) in await CheckOriginalsAsync(versions, null, cancellationToken).ConfigureAwait(false))
        {
            var item = await items.GetAsync(version.ItemId, cancellationToken).ConfigureAwait(false);
            if (item is not null && await ArchiveFromSourceAsync(item.Source, version.Sha256, cancellationToken).ConfigureAwait(false))
            {
                repair.OriginalsRecovered++;
            }
            else
            {
                repair.Unrepairable.Add($"item {version.ItemId} version {version.Number}: {problem}; its source no longer holds these bytes");
            }
        }

        repair.Restored = await restoreFromArchive(progress, cancellationToken).ConfigureAwait(false);
        repair.SidecarsWritten = await writeSidecars(cancellationToken).ConfigureAwait(false);
        return repair;
    }

    /// <summary>Archives the file at <paramref name="source"/> again when it still hashes to <paramref name="sha256"/>.</summary>
    private async Task<bool> ArchiveFromSourceAsync(string source, string sha256, CancellationToken cancellationToken)
    {
        if (!Path.IsPathFullyQualified(source) || !File.Exists(source))
        {
            return false;
        }

        try
        {
            byte[] bytes = await File.ReadAllBytesAsync(source, cancellationToken).ConfigureAwait(false);
            if (FileArchive.HashOf(bytes) != sha256)
            {
                return false;
            }

            await archive.StoreAsync(bytes, cancellationToken).ConfigureAwait(false);
            return await archive.CheckAsync(sha256, bytes.Length, cancellationToken).ConfigureAwait(false) is null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private async Task<List<ItemVersion>> AllVersionsAsync(CancellationToken cancellationToken)
    {
        var versions = new List<ItemVersion>();
        await foreach (var version in items.AllVersionsAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(version);
        }

        return versions;
    }

    /// <summary>Re-hashes the original of every version, in parallel; returns those missing or changed, in item order.</summary>
    private async Task<List<(ItemVersion Version, string Problem)>> CheckOriginalsAsync(
        IReadOnlyList<ItemVersion> versions, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var problems = new ConcurrentBag<(ItemVersion Version, string Problem)>();
        long checkedCount = 0;
        await Parallel.ForEachAsync(versions, new ParallelOptions { CancellationToken = cancellationToken }, async (version, token) =>
        {
            if (await archive.CheckAsync(version.Sha256, version.Size, token).ConfigureAwait(false) is { } problem)
            {
                problems.Add((version, problem));
            }

            long done = Interlocked.Increment(ref checkedCount);
            if (done % 1000 == 0)
            {
                progress?.Report(done);
            }
        }).ConfigureAwait(false);

        return [.. problems.OrderBy(p => p.Version.ItemId).ThenBy(p => p.Version.Number)];
    }

    /// <summary>Rebuilds the full-text index from every item's current text; returns the number of items indexed.</summary>
    public async Task<long> ReindexAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        await index.RebuildAsync((title, text) => AnalyzeStage.Terms(title, text, config.Analysis.Chinese), progress, cancellationToken).ConfigureAwait(false);
}
