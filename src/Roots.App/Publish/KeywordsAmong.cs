using Roots.Core.Understanding;

namespace Roots.App.Publish;

/// <summary>Keywords ranked among the selected items rather than against the whole library.</summary>
internal static class KeywordsAmong
{
    /// <summary>Each entry's best keywords, ranked as <see cref="KeywordExtractor.Rank"/> does, document frequencies counted among the entries.</summary>
    public static IReadOnlyList<Keyword>[] Rank(IReadOnlyList<CachedFacts> entries, IReadOnlyList<string> strings)
    {
        var frequency = new int[strings.Count];
        foreach (var entry in entries)
        {
            foreach (int term in entry.Terms)
            {
                frequency[term]++;
            }
        }

        var ranked = new IReadOnlyList<Keyword>[entries.Count];
        Parallel.For(0, entries.Count, i =>
        {
            var entry = entries[i];
            var best = new List<Keyword>(KeywordExtractor.DefaultCount + 1);
            for (int t = 0; t < entry.Terms.Length; t++)
            {
                double score = KeywordExtractor.Score(entry.Counts[t], entries.Count, frequency[entry.Terms[t]]);
                string term = strings[entry.Terms[t]];
                int at = best.Count;
                while (at > 0 && (score > best[at - 1].Score || (score == best[at - 1].Score && string.CompareOrdinal(term, best[at - 1].Term) < 0)))
                {
                    at--;
                }

                if (at < KeywordExtractor.DefaultCount)
                {
                    best.Insert(at, new Keyword(term, strings[entry.Displays[t]], score));
                    if (best.Count > KeywordExtractor.DefaultCount)
                    {
                        best.RemoveAt(best.Count - 1);
                    }
                }
            }

            ranked[i] = best;
        });
        return ranked;
    }
}
