using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Roots.Tokens.Tokenizers;

/// <summary>
/// Counts pre-tokenized pieces through a cache: text repeats its words, so most pieces are
/// looked up (by span, without allocating) instead of merged again. Thread-safe.
/// </summary>
internal sealed class PieceCache(IBytePieceCounter model)
{
    /// <summary>Longer pieces are not cached: they are rare and would crowd out the common ones.</summary>
    private const int MaxCachedLength = 64;

    /// <summary>The cache is emptied when it grows past this many pieces (a bound that needs no LRU bookkeeping).</summary>
    private const int MaxCachedPieces = 200_000;

    private readonly ConcurrentDictionary<string, int> _cache = new(StringComparer.Ordinal);

    /// <summary>The number of tokens of <paramref name="piece"/>.</summary>
    public int Count(ReadOnlySpan<char> piece)
    {
        bool cacheable = piece.Length <= MaxCachedLength;
        var lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (cacheable && lookup.TryGetValue(piece, out int cached))
        {
            return cached;
        }

        int byteCount = Encoding.UTF8.GetByteCount(piece);
        byte[]? rented = byteCount > 512 ? ArrayPool<byte>.Shared.Rent(byteCount) : null;
        Span<byte> bytes = rented ?? stackalloc byte[byteCount];
        try
        {
            Encoding.UTF8.GetBytes(piece, bytes);
            int count = model.Count(bytes[..byteCount]);
            if (cacheable)
            {
                if (_cache.Count >= MaxCachedPieces)
                {
                    _cache.Clear();
                }

                lookup.TryAdd(piece, count);
            }

            return count;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
