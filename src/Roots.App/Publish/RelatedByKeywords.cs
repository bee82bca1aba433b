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
        Parallel.For(0, keywords.Count, w =>
        {
            var scores = new Dictionary<int, double>();
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
                        scores[other] = scores.GetValueOrDefault(other) + weight;
                    }
                }
            }

            result[w] = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(limit).Select(s => s.Key).ToList();
        });
        return result;
    }
}
