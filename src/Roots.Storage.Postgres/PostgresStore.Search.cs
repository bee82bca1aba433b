using System.Data;
using Npgsql;
using Roots.Core.Ports;

namespace Roots.Storage.Postgres;

/// <remarks>
/// Each document's distinct terms sit in a <c>text[]</c> with a GIN index (candidate generation) beside its
/// title and body term frequencies; <see cref="Bm25"/> scores in C# with FTS5's exact formula. Each (term,
/// document) pair is also a row of <c>search_postings</c>, indexed best first by its impact key, and those rows are
/// packed per term into blocks of 96 (<c>search_blocks</c>, see <see cref="PackSearchAsync"/>). An unfiltered query
/// runs the threshold search over the blocks (<see cref="BlockSearchAsync"/>), or over the rows
/// (<see cref="ThresholdAsync"/>) while more than <see cref="DirtyLimit"/> items were indexed since the last pack; a
/// filtered one MaxScore pruning over the GIN index (see <see cref="SearchAsync"/>). All return exactly what
/// exhaustive scoring returns.
/// </remarks>
public sealed partial class PostgresStore
{
    /// <summary>At most this many distinct terms are searched; longer queries keep their first terms (as in SQLite).</summary>
    public const int MaxQueryTerms = 64;

    /// <summary>Scores every matching document instead of pruning; for checking MaxScore against brute force. Default false.</summary>
    public bool ExhaustiveSearch { get; set; }

    /// <inheritdoc />
    /// <remarks>
    /// MaxScore: each term can add at most idf · (k1 + 1) to a score. Terms are taken rarest first; the
    /// documents containing a term (and none taken before) are scored on every query term, which raises θ,
    /// the k-th best score so far (k = offset + limit). Once the bounds of the terms not yet taken sum below θ,
    /// a document containing only those cannot enter the top k, so the search stops: exact, and common
    /// terms' long posting lists are usually never read. Runs in one repeatable-read snapshot, so statistics
    /// and documents agree while other workers write.
    /// </remarks>
    public async ValueTask<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string[] terms = QueryTerms(request.Terms);
        int k = request.Filter.Offset + request.Filter.Limit;
        if (terms.Length == 0 || request.Filter.Limit <= 0)
        {
            return [];
        }

        await using var transaction = await _connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        bool unfiltered = !ExhaustiveSearch && !FilterSql.HasConditions(request.Filter) && request.TitleWeight >= 0;
        var start = await StartSearchAsync(transaction, terms, dirty: unfiltered, cancellationToken).ConfigureAwait(false);
        if (start.Documents <= 0)
        {
            return [];
        }

        long[] df = terms.Select(t => start.Frequencies.GetValueOrDefault(t)).ToArray();
        var bm25 = new Bm25(start.Documents, start.Tokens, df, request.TitleWeight);
        var top = new TopHits(k);
        int[] order = Enumerable.Range(0, terms.Length).Where(i => df[i] > 0).OrderBy(i => df[i]).ThenBy(i => i).ToArray();
        if (ExhaustiveSearch)
        {
            await ScoreAsync(transaction, request.Filter, terms, "d.terms && @q", [], bm25, top, cancellationToken).ConfigureAwait(false);
        }
        else if (unfiltered && start.ReferenceLength is { } a0)
        {
            if (!await BlockSearchAsync(transaction, terms, df, order, bm25, a0, top, k, start.Dirty!, cancellationToken).ConfigureAwait(false))
            {
                    await ThresholdAsync(transaction, terms, order, bm25, a0, top, k, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            double[] remaining = new double[order.Length + 1];
            for (int r = order.Length - 1; r >= 0; r--)
            {
                remaining[r] = remaining[r + 1] + bm25.Bound(order[r]);
            }

            for (int r = 0; r < order.Length; r++)
            {
                // A margin far above rounding error keeps the cut exact: it only ever scores more.
                if (top.IsFull && remaining[r] * (1 + 1e-9) < top.Threshold)
                {
                    break;
                }

                string[] taken = order[..r].Select(i => terms[i]).ToArray();
                await ScoreAsync(transaction, request.Filter, terms, "d.terms @> ARRAY[@term]::text[] AND NOT (d.terms && @taken)",
                    [("term", terms[order[r]]), ("taken", taken)], bm25, top, cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return top.Ordered().Skip(request.Filter.Offset).Take(request.Filter.Limit).ToList();
    }

    /// <summary>Candidates whose score is still open after the sorted reads end are scored from search_docs; up to this many.</summary>
    private const int RandomAccessLimit = 2000;

    /// <summary>One document met in the postings: frequencies of the terms seen so far and the sum of their scores.</summary>
    private sealed class Candidate(int terms)
    {
        public int[] TitleTf { get; } = new int[terms];

        public int[] BodyTf { get; } = new int[terms];

        public ulong Seen { get; set; }

        public double Partial { get; set; }

        public int Length { get; set; }
    }

    /// <summary>
    /// The threshold search (NRA, then random access) over impact-ordered postings. Each round reads the next postings of
    /// every term best first (<c>search_postings</c> in (term, nkey, item_id) order, index-only; batches double). A
    /// document's partial score (the terms seen) is a lower bound of its score, so θ, the k-th best partial, is at most
    /// the k-th best score; a term's frontier bound (<see cref="Bm25.BoundAtKey(int, double, double)"/>) bounds what any posting not yet read
    /// adds. Reading stops once the frontier bounds sum below θ (no unread document can enter) and at most
    /// <see cref="RandomAccessLimit"/> documents could still reach θ without being fully known; those are scored from
    /// search_docs, the fully known ones from their postings, with the exact FTS5 formula: exact, like exhaustive scoring.
    /// </summary>
    private async ValueTask ThresholdAsync(NpgsqlTransaction transaction, string[] terms, int[] lists, Bm25 bm25, double referenceLength,
        TopHits top, int k, CancellationToken cancellationToken)
    {
        const double Margin = 1 - 1e-9;
        int count = lists.Length;
        float[] lastKey = Enumerable.Repeat(float.NegativeInfinity, count).ToArray();
        long[] lastId = Enumerable.Repeat(long.MinValue, count).ToArray();
        bool[] exhausted = new bool[count];
        double[] frontier = lists.Select(t => bm25.Bound(t) * (1 + 1e-9)).ToArray();
        int[] read = new int[count];
        int[] limit = new int[count];
        var candidates = new Dictionary<long, Candidate>();
        int batch = 512;
        double theta = double.NegativeInfinity;
        while (true)
        {
            var open = Enumerable.Range(0, count).Where(l => !exhausted[l]).ToArray();
            if (open.Length == 0)
            {
                break;
            }

            // A term whose frontier bound is low gains little from reading on: it reads in proportion (at least 256).
            double highest = open.Max(l => frontier[l]);
            foreach (int l in open)
            {
                limit[l] = Math.Max(256, (int)(batch * frontier[l] / highest));
            }

            // One row per term: the batch as arrays (fewer protocol rows to decode than one row per posting).
            await using (var command = Command(
                """
                SELECT q.l, p.ids, p.keys, p.titles, p.bodies, p.lens
                FROM unnest(@lists::integer[], @terms::text[], @keys::real[], @ids::bigint[], @limits::integer[]) AS q(l, t, k, id, n)
                CROSS JOIN LATERAL (
                    SELECT array_agg(s.item_id) AS ids, array_agg(s.nkey) AS keys, array_agg(s.title_tf) AS titles,
                           array_agg(s.body_tf) AS bodies, array_agg(s.len) AS lens
                    FROM (SELECT item_id, nkey, title_tf, body_tf, len FROM search_postings
                          WHERE term = q.t AND (nkey, item_id) > (q.k, q.id) ORDER BY nkey, item_id LIMIT q.n) s) p
                """, transaction,
                ("lists", open), ("terms", open.Select(l => terms[lists[l]]).ToArray()), ("keys", open.Select(l => lastKey[l]).ToArray()),
                ("ids", open.Select(l => lastId[l]).ToArray()), ("limits", open.Select(l => limit[l]).ToArray())))
            {
                Array.Clear(read);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (reader.IsDBNull(1))
                    {
                        continue;
                    }

                    int l = reader.GetInt32(0);
                    int t = lists[l];
                    long[] ids = reader.GetFieldValue<long[]>(1);
                    float[] keys = reader.GetFieldValue<float[]>(2);
                    int[] titles = reader.GetFieldValue<int[]>(3), bodies = reader.GetFieldValue<int[]>(4), lengths = reader.GetFieldValue<int[]>(5);
                    for (int j = 0; j < ids.Length; j++)
                    {
                        long id = ids[j];
                        if (!candidates.TryGetValue(id, out var candidate))
                        {
                            candidate = new Candidate(terms.Length) { Length = lengths[j] };
                            candidates.Add(id, candidate);
                        }

                        candidate.TitleTf[t] = titles[j];
                        candidate.BodyTf[t] = bodies[j];
                        candidate.Seen |= 1UL << l;
                        candidate.Partial += bm25.Contribution(t, titles[j], bodies[j], lengths[j]);
                        // The batch's last posting in (nkey, item_id) order, whatever order the arrays came in: reading resumes after it.
                        if (keys[j] > lastKey[l] || (keys[j] == lastKey[l] && id > lastId[l]))
                        {
                            lastKey[l] = keys[j];
                            lastId[l] = id;
                        }
                    }

                    read[l] = ids.Length;
                }
            }

            foreach (int l in open)
            {
                exhausted[l] = read[l] < limit[l];
                frontier[l] = exhausted[l] ? 0 : bm25.BoundAtKey(lists[l], -(double)lastKey[l], referenceLength);
            }

            theta = KthBest(candidates.Values, k);
            if (theta > double.NegativeInfinity && frontier.Sum() < theta * Margin
                && candidates.Values.Count(c => !Known(c) && Upper(c) >= theta * Margin) <= RandomAccessLimit)
            {
                break;
            }

            batch = Math.Min(batch + (batch / 2), 32768);
        }


        var unknown = new List<long>();
        foreach (var (id, candidate) in candidates)
        {
            if (Known(candidate))
            {
                top.Offer(id, bm25.Score(candidate.TitleTf, candidate.BodyTf, candidate.Length));
            }
            else if (Upper(candidate) >= theta * Margin)
            {
                unknown.Add(id);
            }
        }

        if (unknown.Count > 0)
        {
            await ScoreAsync(transaction, new ItemFilter(), terms, "d.item_id = ANY(@ids)", [("ids", unknown.ToArray())], bm25, top, cancellationToken).ConfigureAwait(false);
        }



        // Every term seen, or its postings read to the end (so the document lacks it).
        bool Known(Candidate c)
        {
            for (int l = 0; l < count; l++)
            {
                if (!exhausted[l] && (c.Seen & (1UL << l)) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        double Upper(Candidate c)
        {
            double upper = c.Partial;
            for (int l = 0; l < count; l++)
            {
                if ((c.Seen & (1UL << l)) == 0)
                {
                    upper += frontier[l];
                }
            }

            return upper * (1 + 1e-9);
        }
    }

    /// <summary>The k-th largest partial score, or −∞ when fewer than k candidates.</summary>
    private static double KthBest(IEnumerable<Candidate> candidates, int k)
    {
        var heap = new PriorityQueue<double, double>(k + 1);
        foreach (var candidate in candidates)
        {
            if (heap.Count < k)
            {
                heap.Enqueue(candidate.Partial, candidate.Partial);
            }
            else if (candidate.Partial > heap.Peek())
            {
                heap.EnqueueDequeue(candidate.Partial, candidate.Partial);
            }
        }

        return heap.Count >= k && k > 0 ? heap.Peek() : double.NegativeInfinity;
    }

    /// <summary>Scores every document matching <paramref name="match"/> (and the filter) on all query terms, offering each to <paramref name="top"/>.</summary>
    private ValueTask ScoreAsync(NpgsqlTransaction transaction, ItemFilter filter, string[] terms, string match,
        (string Name, object Value)[] values, Bm25 bm25, TopHits top, CancellationToken cancellationToken) =>
        ReadMatchesAsync(transaction, filter, terms, match, values, (id, titleTf, bodyTf, length) => top.Offer(id, bm25.Score(titleTf, bodyTf, length)), cancellationToken);

    /// <summary>Reads every document matching <paramref name="match"/> (and the filter): its id, each query term's title and body frequency, its length.</summary>
    private async ValueTask ReadMatchesAsync(NpgsqlTransaction transaction, ItemFilter filter, string[] terms, string match,
        (string Name, object Value)[] values, Action<long, int[], int[], int> visit, CancellationToken cancellationToken)
    {
        await using var command = Command("", transaction);
        command.Parameters.AddWithValue("q", terms);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var conditions = FilterSql.Conditions(filter, command, "i");
        string join = conditions.Count == 0 ? "" : "JOIN items i ON i.id = d.item_id";
        string where = string.Join(" AND ", conditions.Prepend(match));
        // One plain column pair per query term (no per-row subplans): a term's position in the document's terms,
        // then its title and body frequency; a term the document lacks reads as 0.
        var positions = Enumerable.Range(0, terms.Length).Select(t => $"array_position(d.terms, @q{t}) AS p{t}");
        var frequencies = Enumerable.Range(0, terms.Length).Select(t => $"coalesce(d.title_tf[p.p{t}], 0), coalesce(d.body_tf[p.p{t}], 0)");
        for (int t = 0; t < terms.Length; t++)
        {
            command.Parameters.AddWithValue($"q{t}", terms[t]);
        }

        command.CommandText =
            $"""
            SELECT d.item_id, d.len, {string.Join(", ", frequencies)}
            FROM search_docs d {join}
            CROSS JOIN LATERAL (SELECT {string.Join(", ", positions)} OFFSET 0) p
            WHERE {where}
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        int[] titleTf = new int[terms.Length];
        int[] bodyTf = new int[terms.Length];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (int t = 0; t < terms.Length; t++)
            {
                titleTf[t] = reader.GetInt32(2 + (2 * t));
                bodyTf[t] = reader.GetInt32(3 + (2 * t));
            }

            visit(reader.GetInt64(0), titleTf, bodyTf, reader.GetInt32(1));
        }
    }

    /// <summary>The distinct non-empty terms, first <see cref="MaxQueryTerms"/> kept, in query order (FTS5 sums phrases in this order).</summary>
    private static string[] QueryTerms(IReadOnlyList<string> terms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (string term in terms)
        {
            if (term.Length > 0 && seen.Add(term) && seen.Count <= MaxQueryTerms)
            {
                kept.Add(term);
            }
        }

        return kept.ToArray();
    }

    /// <inheritdoc />
    ValueTask<long> ISearchIndex.CountAsync(CancellationToken cancellationToken) => DocumentCountAsync(cancellationToken);
}
