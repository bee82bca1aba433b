namespace Roots.Bench.Corpus;

/// <summary>
/// Draws ranks from a (truncated) Zipf distribution: P(rank k) ∝ 1 / k^s for k in
/// [<c>first</c>, <c>last</c>] (1-based ranks), by binary search over a precomputed CDF.
/// </summary>
public sealed class ZipfSampler
{
    private readonly double[] _cdf;
    private readonly int _first;

    /// <param name="n">Vocabulary size.</param>
    /// <param name="s">Exponent; 1.0 is the classic Zipf law of natural text.</param>
    /// <param name="first">Lowest 1-based rank that may be drawn.</param>
    /// <param name="last">Highest 1-based rank that may be drawn (clamped to <paramref name="n"/>).</param>
    public ZipfSampler(int n, double s = 1.0, int first = 1, int last = int.MaxValue)
    {
        last = Math.Min(last, n);
        if (first < 1 || first > last)
        {
            throw new ArgumentOutOfRangeException(nameof(first), $"rank range [{first}, {last}] is empty");
        }

        _first = first;
        _cdf = new double[last - first + 1];
        var total = 0.0;
        for (var k = first; k <= last; k++)
        {
            total += Weight(k, s);
            _cdf[k - first] = total;
        }

        for (var i = 0; i < _cdf.Length; i++)
        {
            _cdf[i] /= total;
        }

        _cdf[^1] = 1.0;
    }

    /// <summary>1/k^s. s = 1 and s = 0.5 use correctly rounded IEEE operations (division, square
    /// root), so their tables are bit-identical everywhere; other exponents go through Math.Pow.</summary>
    private static double Weight(int k, double s) => s switch
    {
        1.0 => 1.0 / k,
        0.5 => 1.0 / Math.Sqrt(k),
        _ => 1.0 / Math.Pow(k, s),
    };

    /// <summary>A 0-based index into the vocabulary.</summary>
    public int Sample(Prng rng)
    {
        var u = rng.NextDouble();
        var i = Array.BinarySearch(_cdf, u);
        if (i < 0)
        {
            i = ~i;
        }
        else
        {
            i++; // u equals a boundary exactly: it belongs to the next bucket, [cdf[i], cdf[i+1]).
        }

        return Math.Min(i, _cdf.Length - 1) + _first - 1;
    }
}
