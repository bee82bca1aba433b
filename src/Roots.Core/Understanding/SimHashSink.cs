using Roots.Core.Analysis;

namespace Roots.Core.Understanding;

/// <summary>
/// Computes a <see cref="SimHash"/> from tokens as an analysis produces them, without keeping them:
/// only the last few tokens' characters are held, for the shingle that ends at each new token. The
/// fingerprint equals <see cref="SimHash.Compute(IReadOnlyList{string}, int)"/> of the same tokens,
/// so hashes made at ingest compare with hashes made later from stored texts.
/// </summary>
public sealed class SimHashSink : ITokenSink
{
    private readonly int _size;
    private readonly char[][] _tokens;
    private readonly int[] _lengths;
    private readonly int[] _ones = new int[64];
    private int _count;
    private int _shingles;

    /// <summary>A sink for shingles of <paramref name="shingleSize"/> tokens.</summary>
    public SimHashSink(int shingleSize = SimHash.DefaultShingleSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleSize, 1);
        _size = shingleSize;
        _tokens = [.. Enumerable.Range(0, shingleSize).Select(_ => new char[TextAnalyzer.MaxWordLength])];
        _lengths = new int[shingleSize];
    }

    /// <inheritdoc />
    public void Add(ReadOnlySpan<char> token)
    {
        int slot = _count % _size;
        if (_tokens[slot].Length < token.Length)
        {
            _tokens[slot] = new char[token.Length];
        }

        token.CopyTo(_tokens[slot]);
        _lengths[slot] = token.Length;
        _count++;
        if (_count >= _size)
        {
            SimHash.Count(_ones, ShingleOfLast(_size));
            _shingles++;
        }
    }

    /// <summary>The fingerprint of the tokens so far; 0 for none.</summary>
    public ulong Fingerprint()
    {
        if (_count == 0)
        {
            return 0;
        }

        if (_count < _size)
        {
            // Fewer tokens than a shingle: one shingle of them all, as SimHash.Compute does.
            Span<int> ones = stackalloc int[64];
            SimHash.Count(ones, ShingleOfLast(_count));
            return SimHash.Fingerprint(ones, 1);
        }

        return SimHash.Fingerprint(_ones, _shingles);
    }

    /// <summary>The shingle hash of the last <paramref name="length"/> tokens, oldest first.</summary>
    private ulong ShingleOfLast(int length)
    {
        ulong hash = SimHash.ShingleStart;
        for (int back = length; back >= 1; back--)
        {
            int slot = (_count - back) % _size;
            hash = SimHash.ShingleAdd(hash, _tokens[slot].AsSpan(0, _lengths[slot]));
        }

        return SimHash.ShingleEnd(hash);
    }
}
