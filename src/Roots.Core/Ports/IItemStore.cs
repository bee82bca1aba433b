using Roots.Core.Model;

namespace Roots.Core.Ports;

/// <summary>
/// Keeps items, their versions and tags. The store is the source of truth for everything
/// derived; an implementation writes one batch in one transaction, so a crash keeps either
/// the whole batch or none of it.
/// </summary>
/// <remarks>Implementations are safe to use from one thread at a time per instance; open one per worker.</remarks>
public interface IItemStore
{
    /// <summary>Looks up what is known of a source (path, import record), for skipping unchanged inputs.</summary>
    ValueTask<SourceState?> FindSourceAsync(string source, CancellationToken cancellationToken = default);

    /// <summary>Everything known of every source, for skipping unchanged files of a large folder without a query each.</summary>
    ValueTask<IReadOnlyDictionary<string, SourceState>> LoadSourceStatesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a batch in one transaction: new items, new versions of known sources, and refusals of
    /// content that another item already holds. The full-text index is updated in the same transaction.
    /// </summary>
    ValueTask<IReadOnlyList<KeepOutcome>> KeepAsync(IReadOnlyList<PreparedItem> batch, CancellationToken cancellationToken = default);

    /// <summary>The item with <paramref name="id"/>, or null.</summary>
    ValueTask<Item?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Several items in the order of <paramref name="ids"/>; unknown ids are left out.</summary>
    ValueTask<IReadOnlyList<Item>> GetManyAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken = default);

    /// <summary>The item imported with <paramref name="externalId"/>, or null.</summary>
    ValueTask<Item?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken = default);

    /// <summary>The extracted text of a version (the current one when <paramref name="version"/> is null), or null.</summary>
    ValueTask<string?> GetTextAsync(long id, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>Fields the source carried (author, description …) for the current version.</summary>
    ValueTask<IReadOnlyDictionary<string, string>> GetFieldsAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>All versions of an item, oldest first.</summary>
    ValueTask<IReadOnlyList<ItemVersion>> GetVersionsAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Items matching <paramref name="filter"/>, newest first.</summary>
    ValueTask<IReadOnlyList<Item>> ListAsync(ItemFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The number of items.</summary>
    ValueTask<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The number of items matching <paramref name="filter"/>'s conditions; its limit and offset are
    /// ignored, so a listing can say "20 of 36".
    /// </summary>
    ValueTask<long> CountMatchingAsync(ItemFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Every version of every item, for verification against the archive.</summary>
    IAsyncEnumerable<ItemVersion> AllVersionsAsync(CancellationToken cancellationToken = default);
}
