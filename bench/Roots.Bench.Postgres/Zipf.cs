namespace Roots.Bench.Postgres;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s, by binary search over the cumulative distribution.</summary>
internal sealed class Zipf
{
    private readonly double[] _cdf;
    private readonly Random _random;

    public Zipf(int n, double s, Random random)
    {
        _random = random;
        _cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, s);
            _cdf[i] = sum;
        }

        for (int i = 0; i < n; i++)
        {
            _cdf[i] /= sum;
        }
    }

    public int Next()
    {
        int index = Array.BinarySearch(_cdf, _random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cdf.Length - 1);
    }
}
