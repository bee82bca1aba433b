using Roots.App.Collect;
using Roots.App.Ingest;
using Roots.App.UseCases;
using Roots.Core;
using Roots.Core.Classification;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Ingest.Archive;
using Roots.Ingest.Sources;

namespace Roots.App.Keep;

/// <summary>
/// Brings items back from the archive alone (<c>roots rebuild</c>, <c>roots verify --repair</c>): every
/// original no version refers to is collected again with what its sidecar says.
/// </summary>
public sealed class ArchiveRestorer
{
    private readonly CollectKit _kit;
    private readonly IItemStore _items;

    internal ArchiveRestorer(CollectKit kit, IItemStore items)
    {
        _kit = kit;
        _items = items;
    }

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
        await foreach (var version in _items.AllVersionsAsync(stop).ConfigureAwait(false))
        {
            referenced.Add(version.Sha256);
        }

        var lost = _kit.Archive.EnumerateAddresses()
            .Where(sha => !referenced.Contains(sha))
            .Select(sha => (Sha: sha, Sidecar: _kit.Archive.ReadSidecar(sha)))
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
            IngestReports.Merge(report, await _kit.FileRunner().RunAsync(files, lost.Count, progress, stop).ConfigureAwait(false));
        }

        if (fetched.Count > 0)
        {
            IngestReports.Merge(report, await _kit.WebRunner().RunAsync(fetched, lost.Count, progress, stop).ConfigureAwait(false));
        }

        await _kit.AfterKeepAsync(report).ConfigureAwait(false);
        return report;
    }

    /// <summary>One archived original as an input to collect again, checked against its address before it is read.</summary>
    private IngestInput RestoreInput(string sha, OriginalSidecar? sidecar) =>
        new(sidecar?.Source ?? $"archive/{sha[..2]}/{sha}", () =>
        {
            byte[] bytes;
            using (var stream = _kit.Archive.TryOpen(sha))
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
                Own = sidecar?.Own == true,
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
