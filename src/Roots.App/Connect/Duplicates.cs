using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;

namespace Roots.App.Connect;

/// <summary><c>roots dupes</c>: the full near-duplicate pass over the library (the step after keeping links only new items).</summary>
public sealed class Duplicates
{
    private readonly IItemStore _items;
    private readonly ISimHashStore _hashes;
    private readonly ILinkStore _links;
    private readonly bool _readOnly;

    internal Duplicates(IItemStore items, ISimHashStore hashes, ILinkStore links, bool readOnly)
    {
        _items = items;
        _hashes = hashes;
        _links = links;
        _readOnly = readOnly;
    }

    /// <summary>
    /// Near-duplicates: SimHash over word shingles (Chinese words from the segmenter) of each text's
    /// body, as <see cref="NearDuplicateRule"/> judges them (distance ≤ 3, or ≤ 12 with most shingles
    /// shared), plus items sharing a canonical URL or their own DOI. Brings every item's hash up to date,
    /// makes a full pass (banded, not all pairs), rewrites the <c>near-duplicate</c> links, and
    /// returns the groups, largest first.
    /// </summary>
    /// <remarks>On a read-only library nothing is stored: missing or stale hashes are computed in memory, links are not rewritten.</remarks>
    public async Task<IReadOnlyList<DuplicateGroup>> FindAsync(CancellationToken stop = default)
    {
        var stale = await _hashes.ItemsWithoutSimHashAsync(stop).ConfigureAwait(false);
        var fresh = await HashItemsAsync(stale, stop, save: !_readOnly).ConfigureAwait(false);
        var hashes = await _hashes.AllSimHashesAsync(stop).ConfigureAwait(false);
        if (_readOnly)
        {
            hashes = WithFresh(hashes, stale, fresh);
        }

        var pairs = await JudgeAsync(NearDuplicateFinder.FindPairs(hashes, NearDuplicateRule.MaxCheckedDistance), stop).ConfigureAwait(false);
        foreach (var (evidence, ids) in await _hashes.SameUrlOrDoiAsync(stop).ConfigureAwait(false))
        {
            pairs.AddRange(ids.Skip(1).Select(id => (ids[0], id, evidence, 1.0)));
        }

        var links = pairs.SelectMany(p => (Link[])[
            new Link(p.A, LinkKinds.NearDuplicate, p.B, p.Weight, p.Evidence),
            new Link(p.B, LinkKinds.NearDuplicate, p.A, p.Weight, p.Evidence)]).ToList();
        var sources = hashes.Select(h => h.ItemId).Concat(pairs.SelectMany(p => (long[])[p.A, p.B])).ToHashSet();
        if (!_readOnly)
        {
            await _links.ReplaceLinksAsync(LinkKinds.NearDuplicate, sources, links, stop).ConfigureAwait(false);
        }

        return await GroupAsync(pairs.Select(p => (p.A, p.B, p.Evidence)).ToList(), stop).ConfigureAwait(false);
    }

    /// <summary>The pairs <see cref="NearDuplicateRule"/> accepts, with their evidence and weight; texts are read only for pairs over 3 bits apart.</summary>
    private async Task<List<(long A, long B, string Evidence, double Weight)>> JudgeAsync(List<(long A, long B, int Distance)> found, CancellationToken stop)
    {
        var texts = new Dictionary<long, string?>();
        async ValueTask<string?> TextAsync(long id)
        {
            if (!texts.TryGetValue(id, out var text))
            {
                texts[id] = text = await _items.GetTextAsync(id, null, stop).ConfigureAwait(false);
            }

            return text;
        }

        var pairs = new List<(long, long, string, double)>();
        foreach (var (a, b, distance) in found.OrderBy(p => p.A).ThenBy(p => p.B))
        {
            var sure = NearDuplicateRule.IsSure(distance);
            var evidence = NearDuplicateRule.Evidence(distance, sure ? null : await TextAsync(a).ConfigureAwait(false), sure ? null : await TextAsync(b).ConfigureAwait(false));
            if (evidence is not null)
            {
                pairs.Add((a, b, evidence, NearDuplicateRule.Weight(distance)));
            }
        }

        return pairs;
    }

    /// <summary>The stored hashes with those of <paramref name="stale"/> items replaced by <paramref name="fresh"/> ones, by item id.</summary>
    private static List<(long ItemId, ulong Hash)> WithFresh(IReadOnlyList<(long ItemId, ulong Hash)> stored, IReadOnlyList<long> stale, List<(long ItemId, ulong Hash)> fresh)
    {
        var byId = stored.ToDictionary(h => h.ItemId, h => h.Hash);
        foreach (long id in stale)
        {
            byId.Remove(id);
        }

        foreach (var (id, hash) in fresh)
        {
            byId[id] = hash;
        }

        return [.. byId.OrderBy(h => h.Key).Select(h => (h.Key, h.Value))];
    }

    /// <summary>Computes the hashes of <paramref name="itemIds"/> and stores them unless told not to; texts without words are left out.</summary>
    private async Task<List<(long ItemId, ulong Hash)>> HashItemsAsync(IReadOnlyList<long> itemIds, CancellationToken stop, bool save = true)
    {
        var hashes = new List<(long, ulong)>(itemIds.Count);
        foreach (long id in itemIds.Distinct())
        {
            string? text = await _items.GetTextAsync(id, null, stop).ConfigureAwait(false);
            hashes.Add((id, text is null ? 0 : BodySimHash.Compute(text)));
        }

        if (save && hashes.Count > 0)
        {
            await _hashes.SaveSimHashesAsync(hashes, stop).ConfigureAwait(false);
        }

        return hashes.Where(h => h.Item2 != 0).ToList();
    }

    private async Task<IReadOnlyList<DuplicateGroup>> GroupAsync(List<(long A, long B, string Evidence)> pairs, CancellationToken stop)
    {
        // Union-find over the pairs: a group is everything connected by some match.
        var parent = new Dictionary<long, long>();
        long Find(long x)
        {
            while (parent.TryGetValue(x, out long p) && p != x)
            {
                parent[x] = parent.GetValueOrDefault(p, p);
                x = p;
            }

            return x;
        }

        foreach (var (a, b, _) in pairs)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            long ra = Find(a), rb = Find(b);
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        var groups = new List<DuplicateGroup>();
        foreach (var members in parent.Keys.GroupBy(Find))
        {
            var ids = members.Order().ToList();
            var set = ids.ToHashSet();
            var items = await _items.GetManyAsync(ids, stop).ConfigureAwait(false);
            var matched = pairs.Where(p => set.Contains(p.A)).Distinct().ToList();
            groups.Add(new DuplicateGroup(items, matched));
        }

        return [.. groups.OrderByDescending(g => g.Items.Count).ThenBy(g => g.Items[0].Id)];
    }
}
