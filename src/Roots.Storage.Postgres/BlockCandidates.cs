namespace Roots.Storage.Postgres;

/// <summary>
/// The candidates of a block search, struct of arrays: slot s holds one document's id, partial score, the query
/// terms seen (a bit per posting list), its length and each term's contribution. Ids find their slot through a dense
/// map indexed by item id (ids are a PostgreSQL identity, so dense): no hashing per posting. Ids beyond
/// <see cref="DenseLimit"/> go through a dictionary. The store keeps one and <see cref="Reset"/>s it per search, so the
/// arrays (megabytes at a million items) are not allocated, faulted in and collected again on every search; arrays
/// above <see cref="RetainLimit"/> elements are dropped instead. Not thread-safe (the store's connection is not either).
/// </summary>
internal sealed class BlockCandidates
{
    /// <summary>Ids below this are mapped densely (4 bytes each, so at most 64 MB); above, through a dictionary.</summary>
    public const long DenseLimit = 1 << 24;

    /// <summary>Arrays longer than this are not kept from one search to the next.</summary>
    public const int RetainLimit = 1 << 22;

    private const int Initial = 1 << 14;

    private readonly Dictionary<long, int> _sparse = [];
    private int[] _map = [];
    private int _terms = 1;

    public int Count { get; private set; }

    public long[] Ids { get; private set; } = new long[Initial];

    public double[] Partial { get; private set; } = new double[Initial];

    public ulong[] Seen { get; private set; } = new ulong[Initial];

    /// <summary>The document's length in tokens (every posting of it carries it).</summary>
    public int[] Length { get; private set; } = new int[Initial];

    /// <summary>Each term's contribution, slot-major (slot · terms + term); 0 where not seen.</summary>
    public double[] Contributions { get; private set; } = new double[Initial];

    /// <summary>The slot of <paramref name="id"/>, added (all zero) when new.</summary>
    public int Slot(long id)
    {
        if (id >= 0 && id < DenseLimit)
        {
            if (id >= _map.Length)
            {
                Array.Resize(ref _map, (int)Math.Min(DenseLimit, Math.Max(id + 1, 2L * _map.Length)));
            }

            int mapped = _map[id];
            if (mapped != 0)
            {
                return mapped - 1;
            }

            int slot = Add(id);
            _map[id] = slot + 1;
            return slot;
        }

        if (_sparse.TryGetValue(id, out int known))
        {
            return known;
        }

        int added = Add(id);
        _sparse.Add(id, added);
        return added;
    }

    /// <summary>The exact score: contributions summed in query order, as <see cref="Bm25.Score"/> sums them.</summary>
    public double Score(int slot)
    {
        double score = 0;
        for (int t = 0; t < _terms; t++)
        {
            score += Contributions[(slot * _terms) + t];
        }

        return score;
    }

    /// <summary>Empties the set for a search of <paramref name="queryTerms"/> terms: what the last search set is cleared.</summary>
    public void Reset(int queryTerms)
    {
        for (int s = 0; s < Count; s++)
        {
            long id = Ids[s];
            if (id >= 0 && id < _map.Length)
            {
                _map[id] = 0;
            }
        }

        _sparse.Clear();
        if (Contributions.Length > RetainLimit || Ids.Length > RetainLimit)
        {
            Ids = new long[Initial];
            Partial = new double[Initial];
            Seen = new ulong[Initial];
            Length = new int[Initial];
            Contributions = new double[Initial * queryTerms];
        }
        else
        {
            Array.Clear(Partial, 0, Count);
            Array.Clear(Seen, 0, Count);
            Array.Clear(Contributions, 0, Math.Min(Contributions.Length, Count * _terms));
            if (Contributions.Length < Ids.Length * queryTerms)
            {
                Contributions = new double[Ids.Length * queryTerms];
            }
        }

        Count = 0;
        _terms = queryTerms;
    }

    private int Add(long id)
    {
        if (Count == Ids.Length)
        {
            int size = Count * 2;
            Ids = Grow(Ids, size);
            Partial = Grow(Partial, size);
            Seen = Grow(Seen, size);
            Length = Grow(Length, size);
            if (Contributions.Length < size * _terms)
            {
                Contributions = Grow(Contributions, size * _terms);
            }
        }

        int slot = Count++;
        Ids[slot] = id;
        return slot;
    }

    private static T[] Grow<T>(T[] array, int size)
    {
        var grown = new T[size];
        Array.Copy(array, grown, array.Length);
        return grown;
    }
}
