using Roots.Core.Model;

namespace Roots.Core.Ports;

/// <summary>
/// Translations of items' titles, summaries and keywords, one per item and language (<c>roots translate</c>),
/// read back by <c>roots show</c> and by publishing. Saving the same item and language replaces the earlier one.
/// </summary>
/// <remarks>Same threading as <see cref="IItemStore"/>.</remarks>
public interface ITranslationStore
{
    /// <summary>The item's translation into <paramref name="language"/>, or null.</summary>
    ValueTask<ItemTranslation?> GetTranslationAsync(long itemId, string language, CancellationToken cancellationToken = default);

    /// <summary>Keeps a translation, replacing the item's earlier one in that language.</summary>
    ValueTask SaveTranslationAsync(ItemTranslation translation, CancellationToken cancellationToken = default);

    /// <summary>The languages the item has translations in, in ordinal order.</summary>
    ValueTask<IReadOnlyList<string>> TranslationLanguagesAsync(long itemId, CancellationToken cancellationToken = default);

    /// <summary>Every stored translation, by item then language: what publishing reads.</summary>
    ValueTask<IReadOnlyList<ItemTranslation>> AllTranslationsAsync(CancellationToken cancellationToken = default);
}
