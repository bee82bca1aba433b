using Roots.Core.Model;
using Roots.Core.Ports;

namespace Roots.App.Items;

/// <summary>
/// Which item a user means: every use case that takes an id from a user resolves it here; the web
/// API asks first, so that an unknown id is a 404 and not a failed edit.
/// </summary>
/// <param name="items">The items.</param>
public sealed class ItemLookup(IItemStore items)
{
    /// <summary>The item with this number, else the one imported with this external id; null when none.</summary>
    public async Task<Item?> FindItemAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number)
            && await items.GetAsync(number, cancellationToken).ConfigureAwait(false) is { } byNumber)
        {
            return byNumber;
        }

        return await items.FindByExternalIdAsync(id, cancellationToken).ConfigureAwait(false);
    }
}
