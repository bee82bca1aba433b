using Roots.Core.Vectors;

namespace Roots.Core.Ports;

/// <summary>
/// Passage vectors of items, a projection of their current text like the full-text index:
/// rebuilt from the items by re-embedding, and searched exactly.
/// </summary>
public interface IVectorIndex
{
    /// <summary>Items whose current version has no vectors from <paramref name="model"/> yet, oldest first.</summary>
    ValueTask<IReadOnlyList<long>> PendingEmbeddingAsync(string model, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many items wait for vectors from <paramref name="model"/>.</summary>
    ValueTask<long> CountPendingEmbeddingAsync(string model, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps the vectors of a batch of items in one transaction, replacing older ones; in the same
    /// transaction the items are marked as waiting for their related links (<see cref="PendingRelatedAsync"/>).
    /// </summary>
    ValueTask SaveEmbeddingsAsync(IReadOnlyList<ItemEmbedding> batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Items whose vectors from <paramref name="model"/> were saved and whose related links have not
    /// been stored since (<see cref="MarkRelatedStoredAsync"/>), by id. A run killed between saving
    /// vectors and storing the links they give leaves its items here, so the next run finishes them.
    /// </summary>
    ValueTask<IReadOnlyList<long>> PendingRelatedAsync(string model, CancellationToken cancellationToken = default);

    /// <summary>Records that the related links of <paramref name="itemIds"/> are stored: they leave <see cref="PendingRelatedAsync"/>.</summary>
    ValueTask MarkRelatedStoredAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken = default);

    /// <summary>All vectors of <paramref name="model"/>, loaded once and cached until vectors change.</summary>
    ValueTask<VectorMatrix> LoadVectorsAsync(string model, CancellationToken cancellationToken = default);

    /// <summary>Forgets every vector, and which items wait for related links (before a rebuild with another model, or on <c>roots reindex --vectors</c>).</summary>
    ValueTask ClearEmbeddingsAsync(CancellationToken cancellationToken = default);

    /// <summary>The ids of items matching <paramref name="filter"/>'s conditions (paging ignored), for filtering vector results.</summary>
    ValueTask<IReadOnlySet<long>> MatchingIdsAsync(ItemFilter filter, CancellationToken cancellationToken = default);
}

/// <summary>The passage vectors of one item's version.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Version">The version the text came from.</param>
/// <param name="Model">The embedding model's name.</param>
/// <param name="Dimensions">The length of each vector.</param>
/// <param name="Vectors">Every passage vector, one after another (unit length).</param>
public sealed record ItemEmbedding(long ItemId, int Version, string Model, int Dimensions, float[] Vectors)
{
    /// <summary>The number of passages.</summary>
    public int Chunks => Vectors.Length / Dimensions;
}
