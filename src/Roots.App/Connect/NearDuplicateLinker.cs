using Roots.App.Ingest;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;

namespace Roots.App.Connect;

/// <summary>
/// The incremental near-duplicate step after keeping: stores the SimHash of each item just kept and
/// links it to the stored items within 3 bits, found through the band index (a few lookups per item,
/// not a scan). The full pass is <c>roots dupes</c>.
/// </summary>
internal sealed class NearDuplicateLinker(ISimHashStore hashes, ILinkStore links) : IAfterKeepStage
{
    /// <summary>Near-duplicate links made for one new item at most.</summary>
    private const int MaxLinksPerItem = 10;

    /// <inheritdoc />
    public string Name => "near-duplicates";

    /// <inheritdoc />
    public async Task RunAsync(KeptRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Items.Count == 0)
        {
            return;
        }

        // Hashes come from the ingest's own analysis; an item kept without one (no analysis ran) is hashed here.
        var hashed = new List<(long ItemId, ulong Hash)>(run.Items.Count);
        foreach (var item in run.Items)
        {
            hashed.Add((item.Id, item.SimHash ?? SimHash.Compute(await run.TextOfAsync(item, cancellationToken).ConfigureAwait(false))));
        }

        await hashes.SaveSimHashesAsync(hashed, cancellationToken).ConfigureAwait(false);
        var found = new List<Link>();
        foreach (var (id, hash) in hashed.Where(h => h.Hash != 0))
        {
            // The closest few are enough to place an item in its cluster; linking it to every member
            // of a cluster of thousands would make the links grow with the square of the cluster.
            var nearest = (await hashes.SimHashCandidatesAsync(id, hash, cancellationToken).ConfigureAwait(false))
                .Where(c => c.Hash != 0)
                .Select(c => (Other: c.ItemId, Distance: SimHash.Distance(hash, c.Hash)))
                .Where(c => c.Distance <= SimHash.DefaultMaxDistance)
                .OrderBy(c => c.Distance).ThenBy(c => c.Other)
                .Take(MaxLinksPerItem);
            foreach (var (other, distance) in nearest)
            {
                string evidence = $"simhash distance {distance}";
                found.Add(new Link(id, LinkKinds.NearDuplicate, other, 1 - (distance / 64.0), evidence));
                found.Add(new Link(other, LinkKinds.NearDuplicate, id, 1 - (distance / 64.0), evidence));
            }
        }

        if (found.Count > 0)
        {
            await links.AddLinksAsync(found, cancellationToken).ConfigureAwait(false);
        }
    }
}
