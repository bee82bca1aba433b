using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Classification;
using Roots.Core.Model;
using Roots.Ingest.Archive;
using Roots.Ingest.Sources;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>
    /// Collects again, from the archive alone, every original that no version refers to: the items
    /// a damaged database lost (or a deleted one, for <c>roots rebuild</c>), and those a killed run
    /// archived but never kept. Each is read with its sidecar's source, title, tags and time, in
    /// the order it was first collected, so versions of one source come back in order; an original
    /// without a sidecar comes back as <c>archive:&lt;sha&gt;</c> with what its bytes say.
    /// </summary>
    public async Task<IngestReport> RestoreFromArchiveAsync(IProgress<IngestProgress>? progress = null, CancellationToken stop = default)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var version in _store.AllVersionsAsync(stop).ConfigureAwait(false))
        {
            referenced.Add(version.Sha256);
        }

        var lost = _archive.EnumerateAddresses()
            .Where(sha => !referenced.Contains(sha))
            .Select(sha => (Sha: sha, Sidecar: _archive.ReadSidecar(sha)))
            .OrderBy(o => o.Sidecar is null)
            .ThenBy(o => o.Sidecar?.CollectedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(o => o.Sha, StringComparer.Ordinal)
            .ToList();

        var report = new IngestReport();
        if (lost.Count == 0)
        {
            return report;
        }

        // Fetched pages are read as they were when fetched: web extractors, charset from the header.
        var files = lost.Where(o => o.Sidecar?.Fetched != true).Select(o => RestoreInput(o.Sha, o.Sidecar)).ToList();
        var fetched = lost.Where(o => o.Sidecar?.Fetched == true).Select(o => RestoreInput(o.Sha, o.Sidecar)).ToList();
        if (files.Count > 0)
        {
            IngestReports.Merge(report, await _collect.FileRunner().RunAsync(files, lost.Count, progress, stop).ConfigureAwait(false));
        }

        if (fetched.Count > 0)
        {
            IngestReports.Merge(report, await _collect.WebRunner().RunAsync(fetched, lost.Count, progress, stop).ConfigureAwait(false));
        }

        await _collect.AfterKeepAsync(report).ConfigureAwait(false);
        return report;
    }

    /// <summary>
    /// Writes the sidecar of every version's original from what the database says now (current
    /// title, user tags), where it is missing or says something else; returns how many were written.
    /// Libraries made before sidecars existed get theirs this way.
    /// </summary>
    public async Task<int> WriteSidecarsAsync(CancellationToken cancellationToken = default)
    {
        var versions = new List<ItemVersion>();
        await foreach (var version in _store.AllVersionsAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(version);
        }

        int written = 0;
        foreach (var chunk in versions.GroupBy(v => v.ItemId).Chunk(500))
        {
            var items = (await _store.GetManyAsync([.. chunk.Select(g => g.Key)], cancellationToken).ConfigureAwait(false)).ToDictionary(i => i.Id);
            foreach (var group in chunk)
            {
                if (!items.TryGetValue(group.Key, out var item))
                {
                    continue;
                }

                var userTags = await UserTagsAsync(item.Id, cancellationToken).ConfigureAwait(false);
                foreach (var version in group.OrderBy(v => v.Number))
                {
                    var existing = _archive.ReadSidecar(version.Sha256);
                    if (existing is not null && existing.Source != item.Source)
                    {
                        continue;
                    }

                    var sidecar = SidecarOf(item, version, userTags, existing);
                    if (existing is null || !OriginalSidecars.Same(existing, sidecar))
                    {
                        await _archive.WriteSidecarAsync(version.Sha256, sidecar, cancellationToken).ConfigureAwait(false);
                        written++;
                    }
                }
            }
        }

        return written;
    }

    /// <summary>Writes the sidecar of an item's current version from what the database says now.</summary>
    private async Task RefreshSidecarAsync(long itemId, CancellationToken cancellationToken)
    {
        var item = await _store.GetAsync(itemId, cancellationToken).ConfigureAwait(false);
        var version = item is null ? null : (await _store.GetVersionsAsync(itemId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(v => v.Number == item.CurrentVersion);
        if (item is null || version is null)
        {
            return;
        }

        var existing = _archive.ReadSidecar(version.Sha256);
        if (existing is not null && existing.Source != item.Source)
        {
            return;
        }

        var userTags = await UserTagsAsync(itemId, cancellationToken).ConfigureAwait(false);
        try
        {
            await _archive.WriteSidecarAsync(version.Sha256, SidecarOf(item, version, userTags, existing), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The tags are kept in the database; the sidecar catches up on roots verify --repair.
        }
    }

    /// <summary>The tags the user gave an item (automatic ones are derived again on a rebuild), sorted.</summary>
    private async Task<List<string>> UserTagsAsync(long itemId, CancellationToken cancellationToken) =>
        [.. (await _store.GetTagsAsync(itemId, cancellationToken).ConfigureAwait(false))
            .Where(t => t.Origin == TagOrigin.User).Select(t => t.Tag).Order(StringComparer.Ordinal)];

    /// <summary>The sidecar the database implies for one version; what only the collection knew (file name, header) is kept from <paramref name="existing"/>.</summary>
    private static OriginalSidecar SidecarOf(Item item, ItemVersion version, IReadOnlyList<string> userTags, OriginalSidecar? existing) => new()
    {
        Source = item.Source,
        CollectedAt = existing?.CollectedAt ?? (version.Number == 1 ? item.CreatedAt : version.CollectedAt),
        Kind = item.Kind is "note" or "record" ? item.Kind : existing?.Kind,
        Title = item.Title,
        Language = existing?.Language,
        Tags = userTags,
        MediaType = existing?.MediaType ?? version.MediaType,
        FileName = existing?.FileName,
        Url = item.Url,
        Published = item.Published,
        ExternalId = item.ExternalId,
        Fetched = existing?.Fetched ?? IsFetchedSource(item.Source),
    };

    private static bool IsFetchedSource(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        source.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        source.StartsWith("feed:", StringComparison.Ordinal);

    /// <summary>One archived original as an input to collect again, checked against its address before it is read.</summary>
    private IngestInput RestoreInput(string sha, OriginalSidecar? sidecar) =>
        new(sidecar?.Source ?? $"archive/{sha[..2]}/{sha}", () =>
        {
            byte[] bytes;
            using (var stream = _archive.TryOpen(sha))
            {
                if (stream is null)
                {
                    return Result<CollectedDocument>.Fail("original unreadable (not a regular file in the archive)");
                }

                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                bytes = memory.ToArray();
            }

            string actual = FileArchive.HashOf(bytes);
            if (actual != sha)
            {
                return Result<CollectedDocument>.Fail($"original damaged (hashes to {actual}); not restored");
            }

            var document = new CollectedDocument
            {
                Source = sidecar?.Source ?? $"archive:{sha}",
                Content = bytes,
                FileName = sidecar?.FileName,
                MediaType = sidecar?.MediaType,
                Kind = sidecar?.Kind,
                Title = sidecar?.Title,
                Language = sidecar?.Language,
                Tags = sidecar?.Tags ?? [],
                Url = sidecar?.Url,
                Published = sidecar?.Published,
                ExternalId = sidecar?.ExternalId,
                CollectedAt = sidecar?.CollectedAt,
            };

            // An imported record's original is its JSON line: its text is read from it again.
            if (document.Kind == "record")
            {
                var record = JsonlRecordReader.Parse(System.Text.Encoding.UTF8.GetString(bytes), 1);
                return record.IsSuccess ? document with { Text = record.Value.Text } : Result<CollectedDocument>.Fail(record.Error!);
            }

            return document;
        });
}
