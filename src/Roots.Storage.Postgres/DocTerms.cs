namespace Roots.Storage.Postgres;

/// <summary>
/// One document as the search index stores it: its distinct analysed terms with their frequency in
/// the title and in the body, and its length in tokens (title and body, unweighted) — exactly what
/// SQLite FTS5's bm25() reads for the same space-separated terms.
/// </summary>
internal sealed record DocTerms(string[] Terms, int[] TitleTf, int[] BodyTf, int Length)
{
    /// <summary>
    /// Each term's posting key, negated so that ascending order is best first: −κ with κ = f·A0 / ((1 − b)·A0 + b·D),
    /// f = 2·title tf + body tf (the default title weight), D = <see cref="Length"/>, A0 = the reference average length.
    /// The BM25 term score is increasing in f·A / ((1 − b)·A + b·D) for the true average A, which is at most κ·max(1, A/A0).
    /// </summary>
    public float[] NegativeKeys(double referenceLength)
    {
        var keys = new float[Terms.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = (float)-Bm25.Key((2 * TitleTf[i]) + BodyTf[i], Length, referenceLength);
        }

        return keys;
    }

    /// <summary>Splits the analysed title and body terms (space-separated, as <c>PreparedItem</c> carries them).</summary>
    public static DocTerms Of(string titleTerms, string bodyTerms)
    {
        var counts = new Dictionary<string, (int Title, int Body)>(StringComparer.Ordinal);
        int length = Count(titleTerms, counts, title: true) + Count(bodyTerms, counts, title: false);
        var terms = new string[counts.Count];
        var titleTf = new int[counts.Count];
        var bodyTf = new int[counts.Count];
        int i = 0;
        foreach (var (term, (t, b)) in counts)
        {
            terms[i] = term;
            titleTf[i] = t;
            bodyTf[i] = b;
            i++;
        }

        return new DocTerms(terms, titleTf, bodyTf, length);
    }

    private static int Count(string text, Dictionary<string, (int Title, int Body)> counts, bool title)
    {
        int tokens = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var span = text.AsSpan(range);
            if (span.IsEmpty)
            {
                continue;
            }

            tokens++;
            string term = span.ToString();
            counts.TryGetValue(term, out var c);
            counts[term] = title ? (c.Title + 1, c.Body) : (c.Title, c.Body + 1);
        }

        return tokens;
    }
}
