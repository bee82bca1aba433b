using Npgsql;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>
    /// The block search runs while at most this many items are dirty (indexed since the last pack, see
    /// <see cref="PackSearchAsync"/>); beyond it, searches read the postings rows (<see cref="ThresholdAsync"/>). Default 2,000.
    /// </summary>
    public int DirtyLimit { get; set; } = 2000;

    /// <summary>Fetching one open candidate's score from search_docs costs about as much as decoding this many packed postings.</summary>
    private const int PostingsPerRandomAccess = 60;

    /// <summary>How many blocks the first round reads of the commonest-bound term (rounds multiply it by 4, up to 512); tests lower it.</summary>
    internal int FirstBlockBatch { get; set; } = 16;

    /// <summary>So few open candidates are always fetched one by one rather than read on for.</summary>
    private const int MinimumRandomAccess = 32;

    /// <summary>The candidates' arrays, kept from one block search to the next (see <see cref="BlockCandidates"/>).</summary>
    private readonly BlockCandidates _candidates = new();

    /// <summary>
    /// The threshold search of <see cref="ThresholdAsync"/> over packed blocks (<c>search_blocks</c>): each round reads the
    /// next blocks of every term best first (a block is one row of 96 postings, so a round costs a few rows per thousand
    /// postings), decodes them in C# and keeps candidates in arrays. Dirty items (<c>search_dirty</c>) are scored exactly
    /// from search_docs first and skipped in the blocks, whose postings for them may be stale. Returns false, having done
    /// nothing, when more than <see cref="DirtyLimit"/> items are dirty (<paramref name="dirty"/>, read by
    /// <see cref="StartSearchAsync"/>). Exact: what exhaustive scoring returns.
    /// </summary>
    private async ValueTask<bool> BlockSearchAsync(NpgsqlTransaction transaction, string[] terms, long[] df, int[] lists, Bm25 bm25, double referenceLength,
        TopHits top, int k, HashSet<long> dirty, CancellationToken cancellationToken)
    {
        if (dirty.Count > DirtyLimit)
        {
            return false;
        }

        _candidates.Reset(terms.Length);
        await ReadBlocksAsync(transaction, terms, df, lists, bm25, referenceLength, top, k, dirty, _candidates, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The block search proper, with the dirty items read and the candidates' arrays lent.</summary>
    private async ValueTask ReadBlocksAsync(NpgsqlTransaction transaction, string[] terms, long[] df, int[] lists, Bm25 bm25, double referenceLength,
        TopHits top, int k, HashSet<long> dirty, BlockCandidates candidates, CancellationToken cancellationToken)
    {
        const double Margin = 1 - 1e-9;
        int count = lists.Length;
        int termCount = terms.Length;
        ulong all = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        if (dirty.Count > 0)
        {
            // Dirty documents are known at once: every term's contribution from their current index row.
            await ReadMatchesAsync(transaction, new ItemFilter(), terms, "d.item_id = ANY(@ids) AND d.terms && @q", [("ids", dirty.ToArray())],
                (id, titleTf, bodyTf, length) =>
                {
                    int slot = candidates.Slot(id);
                    for (int t = 0; t < termCount; t++)
                    {
                        double contribution = bm25.Contribution(t, titleTf[t], bodyTf[t], length);
                        candidates.Contributions[(slot * termCount) + t] = contribution;
                        candidates.Partial[slot] += contribution;
                    }

                    candidates.Seen[slot] = all;
                    candidates.Length[slot] = length;
                }, cancellationToken).ConfigureAwait(false);
        }

        int[] next = new int[count];
        bool[] exhausted = new bool[count];
        double[] frontier = lists.Select(t => bm25.Bound(t) * (1 + 1e-9)).ToArray();
        int[] received = new int[count];
        long[] decodedOf = new long[count];
        int[] wanted = new int[count];
        float[] lastKey = new float[count];
        bool[] started = new bool[count];
        int batch = FirstBlockBatch;
        // Each round is a round trip: batches grow fourfold, so a search of common terms needs few of them.
        double theta = double.NegativeInfinity;
        while (true)
        {
            var open = Enumerable.Range(0, count).Where(l => !exhausted[l]).ToArray();
            if (open.Length == 0)
            {
                break;
            }

            // A term whose frontier bound is low gains little from reading on: it reads in proportion (at least 2 blocks).
            double highest = open.Max(l => frontier[l]);
            foreach (int l in open)
            {
                wanted[l] = Math.Max(2, (int)(batch * frontier[l] / highest));
            }

            Array.Clear(received);
            await using (var command = Command(
                """
                SELECT q.l, b.last_nkey, b.postings
                FROM unnest(@lists::integer[], @terms::text[], @from::integer[], @n::integer[]) AS q(l, t, f, n)
                CROSS JOIN LATERAL (SELECT last_nkey, postings FROM search_blocks WHERE term = q.t AND block >= q.f ORDER BY block LIMIT q.n) b
                """, transaction,
                ("lists", open), ("terms", open.Select(l => terms[lists[l]]).ToArray()), ("from", open.Select(l => next[l]).ToArray()),
                ("n", open.Select(l => wanted[l]).ToArray())))
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    int l = reader.GetInt32(0);
                    int t = lists[l];
                    float key = reader.GetFloat(1);
                    byte[] block = reader.GetFieldValue<byte[]>(2);
                    ulong bit = 1UL << l;
                    int postings = PackedPostings.Count(block);
                    decodedOf[l] += postings;
                    for (int j = 0; j < postings; j++)
                    {
                        var (id, titleTf, bodyTf, length) = PackedPostings.Read(block, j);
                        if (dirty.Count > 0 && dirty.Contains(id))
                        {
                            continue;
                        }

                        int slot = candidates.Slot(id);
                        double contribution = bm25.Contribution(t, titleTf, bodyTf, length);
                        candidates.Contributions[(slot * termCount) + t] = contribution;
                        candidates.Partial[slot] += contribution;
                        candidates.Seen[slot] |= bit;
                        candidates.Length[slot] = length;
                    }

                    // Blocks of one term come in block order; the last one read bounds every posting after it.
                    lastKey[l] = key;
                    started[l] = true;
                    received[l]++;
                }
            }

            foreach (int l in open)
            {
                next[l] += received[l];
                exhausted[l] = received[l] < wanted[l];
                frontier[l] = exhausted[l] ? 0 : bm25.BoundAtKey(lists[l], -(double)lastKey[l], referenceLength);
            }

            theta = KthBest(candidates, k);
            // Reading on resolves open candidates too (it lowers the frontiers): their scores are fetched one by one once
            // that costs less than the next round or reading the open lists to their ends would (a fetch costs about
            // PostingsPerRandomAccess postings).
            if (theta > double.NegativeInfinity && frontier.Sum() < theta * Margin
                && OpenAbove(theta * Margin) is int unresolved
                && (unresolved <= MinimumRandomAccess
                    || (unresolved <= RandomAccessLimit
                        && (long)unresolved * PostingsPerRandomAccess <= Math.Min(Unread(), (long)open.Length * Math.Min(batch * 4, 512) * PackedPostings.BlockSize))))
            {
                break;
            }

            batch = Math.Min(batch * 4, 512);
        }

        var unknown = new List<long>();
        for (int s = 0; s < candidates.Count; s++)
        {
            var (upper, known) = Bound(s);
            if (known)
            {
                top.Offer(candidates.Ids[s], candidates.Score(s));
            }
            else if (upper >= theta * Margin)
            {
                unknown.Add(candidates.Ids[s]);
            }
        }

        if (unknown.Count > 0)
        {
            await ScoreAsync(transaction, new ItemFilter(), terms, "d.item_id = ANY(@ids)", [("ids", unknown.ToArray())], bm25, top, cancellationToken).ConfigureAwait(false);
        }

        return;

        // The postings not read yet, from the document frequencies (which count dirty items too: an estimate).
        long Unread()
        {
            long unread = 0;
            for (int l = 0; l < count; l++)
            {
                unread += exhausted[l] ? 0 : Math.Max(0, df[lists[l]] - decodedOf[l]);
            }

            return unread;
        }

        int OpenAbove(double threshold)
        {
            int open = 0;
            for (int s = 0; s < candidates.Count; s++)
            {
                // The frontier bounds first (cheap); a candidate above them gets its own bounds (see Bound).
                if (Upper(s) >= threshold && Bound(s) is { Known: false } bound && bound.Upper >= threshold)
                {
                    open++;
                }
            }

            return open;
        }

        // The partial score plus the frontier bounds of the terms not seen: what any candidate could still reach.
        double Upper(int s)
        {
            double upper = candidates.Partial[s];
            ulong seen = candidates.Seen[s];
            for (int l = 0; l < count; l++)
            {
                if ((seen & (1UL << l)) == 0)
                {
                    upper += frontier[l];
                }
            }

            return upper * (1 + 1e-9);
        }

        // A candidate's own bound: its length is known, so a term not seen can add at most what the largest frequency whose
        // key is below the frontier gives at that length, and nothing once even one occurrence would have been read
        // (Bm25.BoundAtKey with the length). Known: no term can add anything, so the contributions seen are the score.
        (double Upper, bool Known) Bound(int s)
        {
            double upper = candidates.Partial[s];
            ulong seen = candidates.Seen[s];
            int length = candidates.Length[s];
            bool known = true;
            for (int l = 0; l < count; l++)
            {
                if ((seen & (1UL << l)) != 0 || exhausted[l])
                {
                    continue;
                }

                double gain = started[l] ? Math.Min(frontier[l], bm25.BoundAtKey(lists[l], -(double)lastKey[l], referenceLength, length)) : frontier[l];
                if (gain > 0)
                {
                    known = false;
                    upper += gain;
                }
            }

            return (upper * (1 + 1e-9), known);
        }
    }

    /// <summary>The k-th largest partial score among the candidates, or −∞ when fewer than k.</summary>
    private static double KthBest(BlockCandidates candidates, int k)
    {
        if (k <= 0 || candidates.Count < k)
        {
            return double.NegativeInfinity;
        }

        var heap = new PriorityQueue<double, double>(k + 1);
        var partial = candidates.Partial;
        for (int s = 0; s < candidates.Count; s++)
        {
            double p = partial[s];
            if (heap.Count < k)
            {
                heap.Enqueue(p, p);
            }
            else if (p > heap.Peek())
            {
                heap.EnqueueDequeue(p, p);
            }
        }

        return heap.Peek();
    }
}
