namespace Roots.Core.Classification;

/// <summary>A document as feature indices and their weights (parallel arrays, no order implied).</summary>
internal readonly record struct SparseVector(int[] Indices, double[] Values)
{
    /// <summary>The vector of a text with no known feature.</summary>
    public static SparseVector Empty { get; } = new([], []);
}
