using Roots.App.UseCases;
using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App;

public sealed partial class Library
{
    /// <summary>Items matching <paramref name="filter"/>, most recently collected first.</summary>
    public ValueTask<IReadOnlyList<Item>> ListAsync(ItemFilter filter, CancellationToken cancellationToken = default) =>
        _store.ListAsync(filter, cancellationToken);

    /// <summary>
    /// One item with its versions, text and archive location. <paramref name="id"/> is the item number,
    /// or an external id (an import's <c>_id</c>) when no item has that number.
    /// </summary>
    public async Task<ItemDetails?> ShowAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Item? item = null;
        if (long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number))
        {
            item = await _store.GetAsync(number, cancellationToken).ConfigureAwait(false);
        }

        item ??= await _store.FindByExternalIdAsync(id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        var versions = await _store.GetVersionsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        string text = await _store.GetTextAsync(item.Id, null, cancellationToken).ConfigureAwait(false) ?? "";
        var fields = await _store.GetFieldsAsync(item.Id, cancellationToken).ConfigureAwait(false);
        var current = versions.First(v => v.Number == item.CurrentVersion);
        return new ItemDetails(item, versions, text, fields, _archive.PathOf(current.Sha256));
    }

    /// <summary>The number of items in the library.</summary>
    public ValueTask<long> CountAsync(CancellationToken cancellationToken = default) => Store.CountAsync(cancellationToken);
}
