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
/// Keeps each original's sidecar (<c>archive/ab/&lt;sha&gt;.meta.json</c>) saying what the database says of it
/// (source, title, the user's tags …), so that the archive alone can bring the library back.
/// </summary>
internal sealed class SidecarWriter(IItemStore items, ITagStore tags, FileArchive archive)
{
    private readonly IItemStore _items = items;
    private readonly ITagStore _tags = tags;
    private readonly FileArchive _archive = archive;

    /// <summary>
    /// Writes the sidecar of every version's original from what the database says now (current
    /// title, user tags), where it is missing or says something else; returns how many were written.
    /// Libraries made before sidecars existed get theirs this way.
    /// </summary>
    public async Task<int> WriteSidecarsAsync(CancellationToken cancellationToken = default)
    {
        var versions = new List<ItemVersion>();
        await foreach (var version in _items.AllVersionsAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(version);
        }

        int written = 0;
        foreach (var chunk in versions.GroupBy(v => v.ItemId).Chunk(500))
        {
            var items = (await _items.GetManyAsync([.. chunk.Select(g => g.Key)], cancellationToken).ConfigureAwait(false)).ToDictionary(i => i.Id);
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
    public async Task RefreshSidecarAsync(long itemId, CancellationToken cancellationToken)
    {
        var item = await _items.GetAsync(itemId, cancellationToken).ConfigureAwait(false);
        var version = item is null ? null : (await _items.GetVersionsAsync(itemId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(v => v.Number == item.CurrentVersion);
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
        [.. (await _tags.GetTagsAsync(itemId, cancellationToken).ConfigureAwait(false))
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
        Own = existing?.Own == true,
    };

    private static bool IsFetchedSource(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        source.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        source.StartsWith("feed:", StringComparison.Ordinal);
}
