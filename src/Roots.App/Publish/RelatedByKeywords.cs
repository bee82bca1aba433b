namespace Roots.App.Publish;

/// <summary>
/// "Related" for a published site, computed among the published works only (so every related
/// link resolves): works that share characteristic keywords, each shared keyword weighted by how
/// rare it is among the works. All versions' keywords count, so a work is related across languages
/// through its translations.
/// </summary>
/// <remarks>
/// One pass over an inverted index, in memory: keywords on more than <see cref="MaxPostings"/>
/// works say little and are skipped, which bounds the work at 10,000 items to well under a second.
/// Ties break by position, so the result is deterministic.
/// </remarks>
public static class RelatedByKeywords
{
    /// <summary>Keywords shared by more works than this are too common to relate anything.</summary>
    public const int MaxPostings = 200;

    /// <summary>The best <paramref name="limit"/> related works of each work, as indexes into <paramref name="keywords"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Find(IReadOnlyList<IReadOnlySet<string>> keywords, int limit)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int w = 0; w < keywords.Count; w++)
        {
            foreach (string term in keywords[w])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    list = [];
                    postings[term] = list;
                }

                list.Add(w);
            }
        }

        var result = new IReadOnlyList<int>[keywords.Count];
        // One dense score array per worker: the inner loop touches a few thousand works, and a
        // dictionary per work made this the larger part of a republish.
        Parallel.For(0, keywords.Count, () => (Scores: new double[keywords.Count], Touched: new List<int>()), (w, _, local) =>
        {
            var (scores, touched) = local;
            foreach (string term in keywords[w])
            {
                var list = postings[term];
                if (list.Count < 2 || list.Count > MaxPostings)
                {
                    continue;
                }

                double weight = Math.Log((double)keywords.Count / list.Count) + 1;
                foreach (int other in list)
                {
                    if (other != w)
                    {
                        if (scores[other] == 0)
                        {
                            touched.Add(other);
                        }

                        scores[other] += weight;
                    }
                }
            }

            result[w] = Best(scores, touched, limit);
            foreach (int other in touched)
            {
                scores[other] = 0;
            }

            touched.Clear();
            return local;
        }, _ => { });
        return result;
    }

    /// <summary>The <paramref name="limit"/> best of <paramref name="touched"/>: highest score first, then lowest index.</summary>
    private static List<int> Best(double[] scores, List<int> touched, int limit)
    {
        var best = new List<int>(limit + 1);
        foreach (int candidate in touched)
        {
            int at = best.Count;
            while (at > 0 && (scores[candidate] > scores[best[at - 1]] || (scores[candidate] == scores[best[at - 1]] && candidate < best[at - 1])))
            {
                at--;
            }

            if (at < limit)
            {
                best.Insert(at, candidate);
                if (best.Count > limit)
                {
                    best.RemoveAt(limit);
                }
            }
        }

        return best;
    }
}
