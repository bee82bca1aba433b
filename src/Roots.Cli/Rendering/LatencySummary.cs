using System.Globalization;

namespace Roots.Cli.Rendering;

/// <summary>Percentiles of a list of latencies, for <c>--stats</c>.</summary>
public static class LatencySummary
{
    /// <summary>"queries=N p50=… p95=… p99=… max=… ms" (nearest-rank percentiles).</summary>
    public static string Describe(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return "queries=0";
        }

        var sorted = milliseconds.Order().ToArray();
        double P(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"queries={sorted.Length} mean={sorted.Average():0.00} p50={P(0.50):0.00} p95={P(0.95):0.00} p99={P(0.99):0.00} max={sorted[^1]:0.00} ms");
    }
}
