using System.Collections.Concurrent;
using Roots.App.Ingest.Stages;
using Roots.App.UseCases;
using Roots.Core.Model;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// Re-hashes every archived original, checks that every version's original is present and
    /// intact, that the database is well-formed, and that the index covers every item.
    /// </summary>
    public async Task<VerifyReport> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new VerifyReport();
        var integrity = await _store.CheckIntegrityAsync(cancellationToken).ConfigureAwait(false);
        if (integrity is not null)
        {
            report.Problems.Add($"database: {integrity}");
        }

        var versions = new List<ItemVersion>();
        await foreach (var version in _store.AllVersionsAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(version);
        }

        var problems = new ConcurrentBag<(long Item, int Version, string Problem)>();
        long checkedCount = 0;
        await Parallel.ForEachAsync(versions, new ParallelOptions { CancellationToken = cancellationToken }, async (version, token) =>
        {
            if (await _archive.CheckAsync(version.Sha256, version.Size, token).ConfigureAwait(false) is { } problem)
            {
                problems.Add((version.ItemId, version.Number, problem));
            }

            long done = Interlocked.Increment(ref checkedCount);
            if (done % 1000 == 0)
            {
                progress?.Report(done);
            }
        }).ConfigureAwait(false);

        report.Problems.AddRange(problems.OrderBy(p => p.Item).ThenBy(p => p.Version)
            .Select(p => $"item {p.Item} version {p.Version}: {p.Problem}"));
        report.VersionsChecked = versions.Count;
        report.Items = await Store.CountAsync(cancellationToken).ConfigureAwait(false);
        report.IndexEntries = await Index.CountAsync(cancellationToken).ConfigureAwait(false);
        if (report.IndexEntries != report.Items)
        {
            report.Problems.Add($"index: {report.IndexEntries} entries for {report.Items} items; run roots reindex");
        }

        var referenced = versions.Select(v => v.Sha256).ToHashSet(StringComparer.Ordinal);
        report.UnreferencedOriginals = _archive.EnumerateAddresses().Count(sha => !referenced.Contains(sha));
        return report;
    }

    /// <summary>Rebuilds the full-text index from every item's current text; returns the number of items indexed.</summary>
    public async Task<long> ReindexAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        await Index.RebuildAsync((title, text) => AnalyzeStage.Terms(title, text, Config.Analysis.Chinese), progress, cancellationToken).ConfigureAwait(false);
}
