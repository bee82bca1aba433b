namespace Roots.Bench.Corpus;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014). Our own generator rather than <see cref="System.Random"/>,
/// whose algorithm is not part of its contract: the same seed must give the same bytes on every
/// runtime, so everything here is integer arithmetic plus one exact int-to-double conversion.
/// </summary>
public sealed class Prng
{
    private ulong _state;

    public Prng(ulong seed) => _state = seed;

    /// <summary>An independent stream for item <paramref name="index"/>: document 17 is the same
    /// document whether 100 or 1,000,000 documents are generated.</summary>
    public static Prng ForStream(ulong seed, ulong index) =>
        new(Mix(unchecked(Mix(seed) ^ (index * 0xD1B54A32D192ED03UL) ^ 0x5851F42D4C957F2DUL)));

    public ulong NextUInt64()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            return Mix(_state);
        }
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="n"/>).</summary>
    public int Next(int n) => (int)((NextUInt64() >> 33) * (ulong)n >> 31);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>] inclusive.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double p) => NextDouble() < p;

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
