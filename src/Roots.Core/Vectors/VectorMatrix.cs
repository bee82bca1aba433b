using System.Numerics.Tensors;

namespace Roots.Core.Vectors;

/// <summary>
/// Every passage vector of a library in one contiguous block, for exact nearest-neighbour search
/// by dot product (vectors are unit length, so the dot product is the cosine).
/// </summary>
/// <remarks>
/// Exact search with SIMD (<see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>)
/// scans 150,000 passages of 384 dimensions in a few milliseconds per core, which is enough up to
/// about a million vectors; past that an approximate index (HNSW) or int8 quantisation is the next
/// step. Passages of one item are adjacent, so an item's score is the best of its run of rows.
/// Immutable once built; safe to search from many threads.
/// </remarks>
public sealed class VectorMatrix
{
    private readonly float[] _data;
    private readonly long[] _rowItems;

    private VectorMatrix(int dimensions, float[] data, long[] rowItems, int rows)
    {
        Dimensions = dimensions;
        _data = data;
        _rowItems = rowItems;
        Rows = rows;
    }

    /// <summary>The length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>The number of passages.</summary>
    public int Rows { get; }

    /// <summary>An empty matrix.</summary>
    public static VectorMatrix Empty(int dimensions) => new(dimensions, [], [], 0);

    /// <summary>Starts a matrix to which items are appended one after another.</summary>
    public static Builder Create(int dimensions, int expectedRows = 1024) => new(dimensions, expectedRows);

    /// <summary>The rows of <paramref name="itemId"/> averaged and normalised, or null when it has none.</summary>
    public float[]? ItemCentroid(long itemId)
    {
        int first = Array.IndexOf(_rowItems, itemId, 0, Rows);
        if (first < 0)
        {
            return null;
        }

        var centroid = new float[Dimensions];
        int row = first;
        for (; row < Rows && _rowItems[row] == itemId; row++)
        {
            TensorPrimitives.Add(centroid, Row(row), centroid);
        }

        float norm = TensorPrimitives.Norm(centroid);
        if (norm > 0)
        {
            TensorPrimitives.Divide(centroid, norm, centroid);
        }

        return centroid;
    }

    /// <summary>
    /// The <paramref name="k"/> items whose best passage is closest to <paramref name="query"/>,
    /// best first; ties go to the lower item id so that results are stable.
    /// </summary>
    /// <param name="query">A unit-length vector of <see cref="Dimensions"/> floats.</param>
    /// <param name="k">How many items to return.</param>
    /// <param name="allow">When given, only items it accepts are considered.</param>
    /// <param name="parallelism">How many threads may share the scan.</param>
    public IReadOnlyList<(long ItemId, float Score)> Nearest(ReadOnlySpan<float> query, int k, Func<long, bool>? allow = null, int parallelism = 1)
    {
        if (k <= 0 || Rows == 0)
        {
            return [];
        }

        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"the query has {query.Length} dimensions, the library's vectors {Dimensions}", nameof(query));
        }

        var q = query.ToArray();
        int slices = Math.Clamp(parallelism, 1, Math.Max(1, Rows / 20_000));
        if (slices == 1)
        {
            return ScanRange(q, 0, Rows, k, allow).Ordered();
        }

        var partial = new TopK[slices];
        Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = slices }, s =>
        {
            var (from, to) = SliceBounds(s, slices);
            partial[s] = ScanRange(q, from, to, k, allow);
        });
        var merged = new TopK(k);
        foreach (var part in partial)
        {
            foreach (var (id, score) in part.Ordered())
            {
                merged.Offer(id, score);
            }
        }

        return merged.Ordered();
    }

    // Slice boundaries move forward to the next item start, so no item is split across slices.
    private (int From, int To) SliceBounds(int slice, int slices)
    {
        int Start(int s)
        {
            if (s == 0)
            {
                return 0;
            }

            if (s == slices)
            {
                return Rows;
            }

            int row = (int)((long)Rows * s / slices);
            while (row < Rows && row > 0 && _rowItems[row] == _rowItems[row - 1])
            {
                row++;
            }

            return row;
        }

        return (Start(slice), Start(slice + 1));
    }

    private TopK ScanRange(float[] query, int from, int to, int k, Func<long, bool>? allow)
    {
        var top = new TopK(k);
        int row = from;
        while (row < to)
        {
            long item = _rowItems[row];
            float best = float.NegativeInfinity;
            bool allowed = allow is null || allow(item);
            for (; row < to && _rowItems[row] == item; row++)
            {
                if (allowed)
                {
                    best = Math.Max(best, TensorPrimitives.Dot(query, Row(row)));
                }
            }

            if (allowed)
            {
                top.Offer(item, best);
            }
        }

        return top;
    }

    private ReadOnlySpan<float> Row(int row) => _data.AsSpan(row * Dimensions, Dimensions);

    /// <summary>Collects passages item by item, then freezes them into a <see cref="VectorMatrix"/>.</summary>
    public sealed class Builder
    {
        private readonly int _dimensions;
        private float[] _data;
        private long[] _rowItems;
        private int _rows;

        internal Builder(int dimensions, int expectedRows)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
            _dimensions = dimensions;
            _data = new float[Math.Max(1, expectedRows) * dimensions];
            _rowItems = new long[Math.Max(1, expectedRows)];
        }

        /// <summary>Appends the passages of one item: <paramref name="vectors"/> holds them one after another.</summary>
        public Builder Add(long itemId, ReadOnlySpan<float> vectors)
        {
            if (vectors.Length == 0 || vectors.Length % _dimensions != 0)
            {
                throw new ArgumentException($"item {itemId}: {vectors.Length} floats is not a whole number of {_dimensions}-dimension vectors", nameof(vectors));
            }

            int rows = vectors.Length / _dimensions;
            if (_rows + rows > _rowItems.Length)
            {
                int capacity = Math.Max(_rows + rows, _rowItems.Length * 2);
                Array.Resize(ref _rowItems, capacity);
                Array.Resize(ref _data, capacity * _dimensions);
            }

            vectors.CopyTo(_data.AsSpan(_rows * _dimensions));
            _rowItems.AsSpan(_rows, rows).Fill(itemId);
            _rows += rows;
            return this;
        }

        /// <summary>The matrix of everything added.</summary>
        public VectorMatrix Build() => new(_dimensions, _data, _rowItems, _rows);
    }
}
