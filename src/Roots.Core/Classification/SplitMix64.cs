namespace Roots.Core.Classification;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, well-mixed pseudo-random generator.
/// Used instead of <see cref="Random"/>, whose algorithm is not part of its contract, so that the
/// same seed shuffles the same way on every runtime and a cross-validation report is reproducible.
/// </summary>
/// <remarks>Not thread-safe; create one per use. Not for cryptography.</remarks>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            ulong z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Uniform in [0, <paramref name="n"/>), by multiply-shift on 31 random bits (bias below 2⁻³¹·n).</summary>
    public int Next(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        return (int)(((NextUInt64() >> 33) * (ulong)n) >> 31);
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int k = Next(i + 1);
            (items[i], items[k]) = (items[k], items[i]);
        }
    }
}
