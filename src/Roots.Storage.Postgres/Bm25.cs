namespace Roots.Storage.Postgres;

/// <summary>
/// SQLite FTS5's bm25() (fts5_aux.c), operation for operation, so that the PostgreSQL store returns the
/// same scores as the SQLite store on the same library: k1 = 1.2, b = 0.75; N indexed documents; avgdl =
/// all tokens / N; idf = ln((N − n + 0.5) / (n + 0.5)), or 1e-6 when that is not positive; per document
/// f = the column weight added once per occurrence (title weight, then 1 per body occurrence), D = the
/// document's tokens; score = Σ idf · f · (k1 + 1) / (f + k1 · (1 − b + b · D / avgdl)), summed in query order.
/// </summary>
internal sealed class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly double[] _idf;
    private readonly double _avgdl;
    private readonly double _titleWeight;

    public Bm25(long documents, long tokens, IReadOnlyList<long> frequencies, double titleWeight)
    {
        _avgdl = (double)tokens / (double)documents;
        _titleWeight = titleWeight;
        _idf = new double[frequencies.Count];
        for (int i = 0; i < _idf.Length; i++)
        {
            double idf = Math.Log(((double)(documents - frequencies[i]) + 0.5) / ((double)frequencies[i] + 0.5));
            _idf[i] = idf <= 0.0 ? 1e-6 : idf;
        }
    }

    /// <summary>κ = f·A0 / ((1 − b)·A0 + b·D): the posting key of a term with weighted frequency f in a document of D tokens.</summary>
    public static double Key(double f, int length, double referenceLength) =>
        f * referenceLength / (((1 - B) * referenceLength) + (B * length));

    /// <summary>
    /// The most term <paramref name="i"/> can add to a document whose posting key is at most <paramref name="key"/> (κ
    /// computed with <paramref name="referenceLength"/> and title weight 2): the score is (k1 + 1)·r / (r + k1)·idf,
    /// increasing in r = f·A / ((1 − b)·A + b·D) ≤ κ·max(1, A/A0)·max(1, w/2). Slightly generous, never below.
    /// </summary>
    public double BoundAtKey(int i, double key, double referenceLength)
    {
        double r = key * Math.Max(1.0, _avgdl / referenceLength) * Math.Max(1.0, _titleWeight / 2.0) * (1 + 1e-5);
        return _idf[i] * (K1 + 1.0) * r / (r + K1) * (1 + 1e-9);
    }

    /// <summary>
    /// The most term <paramref name="i"/> can add to a document of <paramref name="length"/> tokens whose posting key is at
    /// most <paramref name="key"/>: the key's weighted frequency g = 2·title tf + body tf is an integer with
    /// g·A0 / ((1 − b)·A0 + b·D) ≤ key, so g ≤ ⌊key·((1 − b)·A0 + b·D) / A0⌋ (a relative 1e-6 above, for the key's float
    /// rounding), and f ≤ g·max(1, w/2). 0 when not even one occurrence fits: such a posting would sort before the key.
    /// </summary>
    public double BoundAtKey(int i, double key, double referenceLength, int length)
    {
        double g = Math.Floor(key * (((1 - B) * referenceLength) + (B * length)) / referenceLength * (1 + 1e-6));
        if (g < 1)
        {
            return 0;
        }

        double f = g * Math.Max(1.0, _titleWeight / 2.0);
        return _idf[i] * ((f * (K1 + 1.0)) / (f + (K1 * (1 - B + (B * (double)length / _avgdl))))) * (1 + 1e-9);
    }

    /// <summary>What term <paramref name="i"/> adds to a document's score (the same operations as <see cref="Score"/>).</summary>
    public double Contribution(int i, int titleTf, int bodyTf, int length)
    {
        double f = 0;
        for (int n = 0; n < titleTf; n++)
        {
            f += _titleWeight;
        }

        for (int n = 0; n < bodyTf; n++)
        {
            f += 1.0;
        }

        return _idf[i] * ((f * (K1 + 1.0)) / (f + (K1 * (1 - B + (B * (double)length / _avgdl)))));
    }

    /// <summary>The most term <paramref name="i"/> can add to any document's score (its contribution tends to this as f grows).</summary>
    public double Bound(int i) => _idf[i] * (K1 + 1.0);

    /// <summary>The score of a document with these per-query-term frequencies and <paramref name="length"/> tokens.</summary>
    public double Score(ReadOnlySpan<int> titleTf, ReadOnlySpan<int> bodyTf, int length)
    {
        double d = length;
        double score = 0;
        for (int i = 0; i < _idf.Length; i++)
        {
            // FTS5 adds the column weight once per instance; repeated addition, not multiplication, keeps the same rounding.
            double f = 0;
            for (int n = 0; n < titleTf[i]; n++)
            {
                f += _titleWeight;
            }

            for (int n = 0; n < bodyTf[i]; n++)
            {
                f += 1.0;
            }

            score += _idf[i] * ((f * (K1 + 1.0)) / (f + (K1 * (1 - B + (B * d / _avgdl)))));
        }

        return score;
    }
}
