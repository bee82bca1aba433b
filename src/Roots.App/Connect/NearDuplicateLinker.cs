using Roots.App.Ingest;
using Roots.Core.Model;
using Roots.Core.Ports;
using Roots.Core.Understanding;

namespace Roots.App.Connect;

/// <summary>
/// The incremental near-duplicate step after keeping: stores the SimHash of each item just kept and
/// links it to the stored items that <see cref="NearDuplicateRule"/> calls near-duplicates, found
/// through the band index (<see cref="SimHashProbes"/>: 17 indexed lookups per item, not a scan);
/// texts are read only for the rare candidates 4 to 12 bits away. The full pass is <c>roots dupes</c>.
/// </summary>
internal sealed class NearDuplicateLinker(ISimHashStore hashes, ILinkStore links, IItemStore items) : IAfterKeepStage
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
        var hashed = new List<(KeptItem Item, ulong Hash)>(run.Items.Count);
        foreach (var item in run.Items)
        {
            hashed.Add((item, item.SimHash ?? BodySimHash.Compute(await run.TextOfAsync(item, cancellationToken).ConfigureAwait(false))));
        }

        await hashes.SaveSimHashesAsync([.. hashed.Select(h => (h.Item.Id, h.Hash))], cancellationToken).ConfigureAwait(false);
        var found = new List<Link>();
        foreach (var (item, hash) in hashed.Where(h => h.Hash != 0))
        {
            foreach (var (other, distance, evidence) in await NearestAsync(run, item, hash, cancellationToken).ConfigureAwait(false))
            {
                found.Add(new Link(item.Id, LinkKinds.NearDuplicate, other, NearDuplicateRule.Weight(distance), evidence));
                found.Add(new Link(other, LinkKinds.NearDuplicate, item.Id, NearDuplicateRule.Weight(distance), evidence));
            }
        }

        if (found.Count > 0)
        {
            await links.AddLinksAsync(found, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The closest near-duplicates of one new item, at most <see cref="MaxLinksPerItem"/>.</summary>
    private async Task<List<(long Other, int Distance, string Evidence)>> NearestAsync(KeptRun run, KeptItem item, ulong hash, CancellationToken cancellationToken)
    {
        var candidates = new Dictionary<long, int>();
        foreach (var probe in SimHashProbes.Of(hash))
        {
            foreach (var (other, otherHash) in await hashes.SimHashCandidatesAsync(item.Id, probe, cancellationToken).ConfigureAwait(false))
            {
                var distance = SimHash.Distance(hash, otherHash);
                if (otherHash != 0 && distance <= NearDuplicateRule.MaxCheckedDistance)
                {
                    candidates[other] = distance;
                }
            }
        }

        // The closest few are enough to place an item in its cluster; linking it to every member
        // of a cluster of thousands would make the links grow with the square of the cluster.
        var nearest = new List<(long, int, string)>();
        string? text = null;
        foreach (var (other, distance) in candidates.OrderBy(c => c.Value).ThenBy(c => c.Key))
        {
            if (nearest.Count == MaxLinksPerItem)
            {
                break;
            }

            string? otherText = null;
            if (!NearDuplicateRule.IsSure(distance))
            {
                text ??= await run.TextOfAsync(item, cancellationToken).ConfigureAwait(false);
                // An item of this same run is read from memory: nothing re-reads what the pipeline just wrote.
                otherText = run.Items.FirstOrDefault(i => i.Id == other) is { } kept
                    ? await run.TextOfAsync(kept, cancellationToken).ConfigureAwait(false)
                    : await items.GetTextAsync(other, null, cancellationToken).ConfigureAwait(false);
            }

            if (NearDuplicateRule.Evidence(distance, text, otherText) is { } evidence)
            {
                nearest.Add((other, distance, evidence));
            }
        }

        return nearest;
    }
}
