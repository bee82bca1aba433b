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

    /// <summary>The candidates of one block search, struct of arrays: slot s holds one document.</summary>
    private sealed class BlockCandidates(int terms)
    {
        private readonly Dictionary<long, int> _slots = new(1 << 14);

        public int Count { get; private set; }

        public long[] Ids { get; private set; } = new long[1 << 14];

        public double[] Partial { get; private set; } = new double[1 << 14];

        public ulong[] Seen { get; private set; } = new ulong[1 << 14];

        /// <summary>Each term's contribution, slot-major (slot · terms + term); 0 where not seen.</summary>
        public double[] Contributions { get; private set; } = new double[(1 << 14) * terms];

        public int Slot(long id)
        {
            if (_slots.TryGetValue(id, out int slot))
            {
                return slot;
            }

            if (Count == Ids.Length)
            {
                int size = Count * 2;
                Ids = Grow(Ids, size);
                Partial = Grow(Partial, size);
                Seen = Grow(Seen, size);
                Contributions = Grow(Contributions, size * terms);
            }

            slot = Count++;
            Ids[slot] = id;
            _slots.Add(id, slot);
            return slot;
        }

        /// <summary>The exact score: contributions summed in query order, as <see cref="Bm25.Score"/> sums them.</summary>
        public double Score(int slot)
        {
            double score = 0;
            for (int t = 0; t < terms; t++)
            {
                score += Contributions[(slot * terms) + t];
            }

            return score;
        }

        private static T[] Grow<T>(T[] array, int size)
        {
            var grown = new T[size];
            Array.Copy(array, grown, array.Length);
            return grown;
        }
    }

    /// <summary>
    /// The threshold search of <see cref="ThresholdAsync"/> over packed blocks (<c>search_blocks</c>): each round reads the
    /// next blocks of every term best first (a block is one row of 96 postings, so a round costs a few rows per thousand
    /// postings), decodes them in C# and keeps candidates in arrays. Dirty items (<c>search_dirty</c>) are scored exactly
    /// from search_docs first and skipped in the blocks, whose postings for them may be stale. Returns false, having done
    /// nothing, when more than <see cref="DirtyLimit"/> items are dirty. Exact: what exhaustive scoring returns.
    /// </summary>
    private async ValueTask<bool> BlockSearchAsync(NpgsqlTransaction transaction, string[] terms, int[] lists, Bm25 bm25, double referenceLength,
        TopHits top, int k, CancellationToken cancellationToken)
    {
        const double Margin = 1 - 1e-9;
        var dirty = new HashSet<long>();
        await using (var command = Command("SELECT item_id FROM search_dirty LIMIT @n", transaction, ("n", DirtyLimit + 1)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                dirty.Add(reader.GetInt64(0));
            }
        }

        if (dirty.Count > DirtyLimit)
        {
            return false;
        }

        int count = lists.Length;
        int termCount = terms.Length;
        ulong all = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        var candidates = new BlockCandidates(termCount);
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
                }, cancellationToken).ConfigureAwait(false);
        }

        int[] next = new int[count];
        bool[] exhausted = new bool[count];
        double[] frontier = lists.Select(t => bm25.Bound(t) * (1 + 1e-9)).ToArray();
        int[] received = new int[count];
        int[] wanted = new int[count];
        float[] lastKey = new float[count];
        int batch = 8;
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
                    }

                    // Blocks of one term come in block order; the last one read bounds every posting after it.
                    lastKey[l] = key;
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
            if (theta > double.NegativeInfinity && frontier.Sum() < theta * Margin && OpenAbove(theta * Margin) <= RandomAccessLimit)
            {
                break;
            }

            batch = Math.Min(batch * 2, 512);
        }

        var unknown = new List<long>();
        for (int s = 0; s < candidates.Count; s++)
        {
            if ((candidates.Seen[s] | Closed()) == all)
            {
                top.Offer(candidates.Ids[s], candidates.Score(s));
            }
            else if (Upper(s) >= theta * Margin)
            {
                unknown.Add(candidates.Ids[s]);
            }
        }

        if (unknown.Count > 0)
        {
            await ScoreAsync(transaction, new ItemFilter(), terms, "d.item_id = ANY(@ids)", [("ids", unknown.ToArray())], bm25, top, cancellationToken).ConfigureAwait(false);
        }

        return true;

        // The terms read to the end: a document not seen in one of them lacks it.
        ulong Closed()
        {
            ulong closed = 0;
            for (int l = 0; l < count; l++)
            {
                if (exhausted[l])
                {
                    closed |= 1UL << l;
                }
            }

            return closed;
        }

        int OpenAbove(double threshold)
        {
            ulong closed = Closed();
            int open = 0;
            for (int s = 0; s < candidates.Count; s++)
            {
                if ((candidates.Seen[s] | closed) != all && Upper(s) >= threshold)
                {
                    open++;
                }
            }

            return open;
        }

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
